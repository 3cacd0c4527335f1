import { items } from '../api.js';
import { dateTime, html } from '../dom.js';

export function escalationRows(escalations) {
  if (escalations.length === 0) return html`<p>No open escalation.</p>`;
  return html`
    <table class="escalations">
      <caption>Open escalations, most urgent deadline first</caption>
      <thead><tr><th scope="col">Severity</th><th scope="col">Cause</th><th scope="col">Level</th><th scope="col">Deadline</th><th scope="col">Status</th><th scope="col">Contract</th></tr></thead>
      <tbody>${[...escalations]
        .sort((a, b) => String(a.dueAt).localeCompare(String(b.dueAt)))
        .map((e) => html`<tr><td>${e.severity}</td><td>${e.cause}</td><td>${e.level}</td><td>${e.overdue ? 'overdue' : dateTime(e.dueAt)}</td><td>${e.status}</td>
          <td><a href="#/contracts/${e.contractId}">open contract</a></td></tr>`)}</tbody>
    </table>`;
}

export async function escalationsView(main) {
  const open = await items('/escalations?status=open&limit=200');
  main.innerHTML = html`<h1>Open escalations</h1>${escalationRows(open)}`;
}
