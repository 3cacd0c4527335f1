import { items, optional } from '../api.js';
import { badge, dateTime, empty, html } from '../dom.js';

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 };

/** Overdue first, then the nearest deadline; severity breaks ties. */
function byUrgency(a, b) {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    String(a.dueAt).localeCompare(String(b.dueAt)) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
  );
}

function levelOf(e) {
  const current = e.levels?.[e.level - 1];
  return html`${e.level} of
  ${e.levels?.length ?? '?'}${current ? html`<br /><span class="muted">${current.authority ?? current.notify}</span>` : ''}`;
}

function deadlineOf(e) {
  if (e.overdue)
    return html`<strong class="overdue">Overdue</strong><br /><span class="muted">was due ${dateTime(e.dueAt)}</span>`;
  if (e.status === 'acknowledged') return html`<span class="muted">acknowledged ${dateTime(e.acknowledgedAt)}</span>`;
  if (new Date(e.dueAt).getTime() < Date.now())
    return html`<strong class="overdue">${dateTime(e.dueAt)}</strong><br /><span class="muted">deadline passed</span>`;
  return dateTime(e.dueAt);
}

/** The trigger's own sentence names SLAs by id; with the SLA's name the cause reads as a person would say it. */
function causeOf(e, slaNames) {
  const figures = e.cause?.figures ?? {};
  const name = slaNames?.get(figures.slaId);
  if (e.cause?.trigger !== 'sla_breach' || !name || !Array.isArray(figures.breachedPeriods))
    return e.cause?.description ?? '';
  const periods = figures.breachedPeriods.map((p) => String(p).slice(0, 10));
  return `${name}: ${periods.length} measured periods in a row breached (${periods.join(', ')}).`;
}

/** Names of the SLAs that the escalations' causes refer to, for `causeOf`. */
export async function slaNamesOf(escalations, known = []) {
  const names = new Map(known.map((sla) => [sla.id, sla.name]));
  const missing = [...new Set(escalations.map((e) => e.cause?.figures?.slaId).filter((id) => id && !names.has(id)))];
  const slas = await Promise.all(missing.map((id) => optional(`/slas/${id}`)));
  slas.filter(Boolean).forEach((sla) => names.set(sla.id, sla.name));
  return names;
}

/** Unresolved escalations (open or acknowledged) with level, deadline and what caused them. */
export function escalationRows(escalations, { contractTitles, slaNames } = {}) {
  if (escalations.length === 0) return empty('No unresolved escalation.');
  return html` <div class="scroll">
    <table class="escalations">
      <caption class="visually-hidden">
        Unresolved escalations, most urgent first
      </caption>
      <thead>
        <tr>
          <th scope="col">Severity</th>
          <th scope="col">Rule and cause</th>
          <th scope="col">Level</th>
          <th scope="col">Deadline</th>
          <th scope="col">Status</th>
          <th scope="col">Opened</th>
          ${contractTitles ? html`<th scope="col">Contract</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${[...escalations].sort(byUrgency).map(
          (e) =>
            html` <tr>
              <td>${badge(e.severity)}</td>
              <td>
                <strong>${e.ruleName ?? 'Escalation'}</strong><br /><span class="muted"
                  >${causeOf(e, slaNames)}${e.retriggerCount ? ` (fired ${e.retriggerCount + 1} times)` : ''}</span
                >
              </td>
              <td>${levelOf(e)}</td>
              <td class="when">${deadlineOf(e)}</td>
              <td>${badge(e.status)}</td>
              <td class="when">${dateTime(e.openedAt)}</td>
              ${contractTitles ? html`<td><a href="#/contracts/${e.contractId}">${contractTitles.get(e.contractId) ?? 'Open contract'}</a></td>` : ''}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export async function unresolvedEscalations(filter = '') {
  const [open, acknowledged] = await Promise.all([
    items(`/escalations?status=open${filter}`, 1000),
    items(`/escalations?status=acknowledged${filter}`, 1000),
  ]);
  return [...open, ...acknowledged];
}

export async function escalationsView(main) {
  const [escalations, contracts] = await Promise.all([unresolvedEscalations(), items('/contracts', 1000)]);
  const contractTitles = new Map(contracts.map((c) => [c.id, c.title]));
  const slaNames = await slaNamesOf(escalations);
  main.innerHTML = html` <h1>Open escalations</h1>
    <p class="sub">
      ${escalations.length} unresolved: open ones wait for acknowledgement before their deadline, then rise a level.
    </p>
    ${escalationRows(escalations, { contractTitles, slaNames })}`;
}
