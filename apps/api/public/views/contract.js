import { api, items } from '../api.js';
import { badge, dateTime, grade, html, money, number, percent } from '../dom.js';
import { creditsChart, slaChart } from '../charts.js';
import { escalationRows } from './escalations.js';

function checklistTable(checklist) {
  return html`
    <table id="checklist">
      <caption>The 12 outsourcing mistakes — risk score ${checklist.riskScore}</caption>
      <thead><tr><th scope="col">#</th><th scope="col">Mistake</th><th scope="col">Status</th><th scope="col">Evidence</th><th scope="col">What to do</th></tr></thead>
      <tbody>${checklist.items.map((item, i) => html`
        <tr data-item="${item.key}"><td>${i + 1}</td><td>${item.title}</td><td class="item-status">${badge(item.status)}</td>
        <td><ul class="evidence">${item.evidence.map((e) => html`<li>${e}</li>`)}</ul></td><td>${item.recommendation}</td></tr>`)}</tbody>
    </table>`;
}

function qaSection(qa) {
  if (!qa) return '';
  return html`
    <dl class="grid">
      <div class="figure"><dt>Reviews</dt><dd>${qa.reviews}</dd></div>
      <div class="figure"><dt>Average score</dt><dd>${number(qa.averageScore)}</dd></div>
      <div class="figure"><dt>Auto-fail rate</dt><dd>${percent(qa.autoFailRate)}</dd></div>
      <div class="figure"><dt>Dispute rate</dt><dd>${percent(qa.disputeRate)}</dd></div>
      <div class="figure"><dt>Calibration spread (mean / max)</dt><dd>${number(qa.calibration?.meanSpread)} / ${number(qa.calibration?.maxSpread)}</dd></div>
    </dl>
    <table id="qa-agents">
      <caption>QA by agent</caption>
      <thead><tr><th scope="col">Agent</th><th scope="col">Reviews</th><th scope="col">Average score</th><th scope="col">Auto-fails</th></tr></thead>
      <tbody>${qa.byAgent.map((a) => html`<tr><td>${a.agentRef}</td><td>${a.reviews}</td><td>${number(a.averageScore)}</td><td>${a.autoFails}</td></tr>`)}</tbody>
    </table>`;
}

export async function contractView(main, contractId) {
  const contract = await api(`/contracts/${contractId}`);
  const [checklist, compliance, qa, escalations, slas] = await Promise.all([
    api(`/contracts/${contractId}/checklist`).catch(() => null),
    api(`/contracts/${contractId}/compliance`).catch(() => null),
    api(`/contracts/${contractId}/qa-summary`).catch(() => null),
    items(`/escalations?contractId=${contractId}&status=open&limit=200`),
    Promise.all((contract.slaIds ?? []).map((id) => api(`/slas/${id}`))),
  ]);
  main.innerHTML = html`
    <h1>${contract.title} <span id="contract-grade">${grade(checklist?.grade)}</span></h1>
    <p class="sub">${contract.status} · ${contract.startDate} – ${contract.endDate} · fee ${money(contract.monthlyFee)} / month ·
      <a href="#/vendors/${contract.vendorId}">vendor</a></p>
    <h2>Outsourcing-mistakes checklist</h2>
    ${checklist ? checklistTable(checklist) : html`<p>The checklist is not available.</p>`}
    <h2>SLA compliance over time</h2>
    ${slas.length === 0 ? html`<p>No SLA is defined for this contract.</p>` : ''}
    ${slas.map((sla) => {
      const summary = compliance?.slas?.find((s) => s.slaId === sla.id);
      return html`
      <section class="card" aria-labelledby="sla-${sla.id}">
        <h3 id="sla-${sla.id}">${sla.name}</h3>
        <p class="sub">${sla.metric} · ${sla.period} · attainment ${percent(summary?.attainmentRate)} · ${summary?.periodsBreached ?? 0} breached of ${summary?.periodsEvaluated ?? 0} evaluated</p>
        <div class="chart"><canvas id="sla-chart-${sla.id}" class="sla-chart" role="img"></canvas></div>
      </section>`;
    })}
    <h2>Service credits by month</h2>
    <p class="sub">Total ${money(compliance?.totalCredits)}; red bars hit the monthly cap.</p>
    <div class="card chart"><canvas id="credits-chart" role="img"></canvas></div>
    <h2>Open escalations</h2>
    ${escalationRows(escalations)}
    <h2>Quality assurance</h2>
    ${qaSection(qa)}
    <p class="sub">Updated ${dateTime(checklist?.evaluatedAt)}</p>`;
  slas.forEach((sla) => slaChart(main.querySelector(`#sla-chart-${sla.id}`), sla));
  if (compliance) creditsChart(main.querySelector('#credits-chart'), compliance.creditsByMonth);
}
