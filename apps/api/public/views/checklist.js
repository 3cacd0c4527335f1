import { badge, html } from '../dom.js';

const GRADES = 'A: risk 0–2, B: 3–6, C: 7–12, D: 13 or more (a fail counts 2, a warning 1)';

/** SPEC §8's twelve items with status, the facts that decided it and what to do. */
export function checklistTable(checklist, id) {
  return html` <p class="sub">
      Governance risk score <strong>${checklist.riskScore}</strong> · governance grade ${checklist.grade} (${GRADES}):
      how well this is set up and run, not how the vendor performs (see its SLA compliance and QA for that).
    </p>
    <div class="scroll">
      <table id="${id}" class="checklist cards">
        <caption class="visually-hidden">
          The 12 outsourcing mistakes
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Mistake</th>
            <th scope="col">Status</th>
            <th scope="col">Evidence</th>
            <th scope="col">What to do</th>
          </tr>
        </thead>
        <tbody>
          ${checklist.items.map(
            (item, i) =>
              html` <tr data-item="${item.key}" class="row-${item.status}">
                <td data-label="#">${i + 1}</td>
                <th scope="row">${item.title}</th>
                <td data-label="Status" class="item-status">${badge(item.status)}</td>
                <td data-label="Evidence">
                  <ul class="evidence">
                    ${item.evidence.map((e) => html`<li>${e}</li>`)}
                  </ul>
                </td>
                <td data-label="What to do">
                  ${item.recommendation || html`<span class="muted">Nothing to do.</span>`}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
