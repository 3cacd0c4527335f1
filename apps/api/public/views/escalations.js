import { items, optional } from '../api.js';
import { badge, dateTime, empty, html } from '../dom.js';
import { options } from '../labels.js';
import { mountTable } from '../table.js';

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 };

/** Overdue first, then the nearest deadline; severity breaks ties. */
function byUrgency(a, b) {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    String(a.dueAt).localeCompare(String(b.dueAt)) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
  );
}

export function levelOf(e) {
  const current = e.levels?.[e.level - 1];
  return html`${e.level} of
  ${e.levels?.length ?? '?'}${current ? html`<br /><span class="muted">${current.authority ?? current.notify}</span>` : ''}`;
}

export function deadlineOf(e) {
  if (e.overdue)
    return html`<strong class="overdue">Overdue</strong><br /><span class="muted">was due ${dateTime(e.dueAt)}</span>`;
  if (e.status === 'acknowledged') return html`<span class="muted">acknowledged ${dateTime(e.acknowledgedAt)}</span>`;
  if (new Date(e.dueAt).getTime() < Date.now())
    return html`<strong class="overdue">${dateTime(e.dueAt)}</strong><br /><span class="muted">deadline passed</span>`;
  return dateTime(e.dueAt);
}

/** The trigger's own sentence names SLAs by id; with the SLA's name the cause reads as a person would say it. */
export function causeOf(e, slaNames) {
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
    <table class="escalations cards">
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
              <td data-label="Severity">${badge(e.severity)}</td>
              <td data-label="Rule and cause">
                <a href="#/escalations/${e.id}"><strong>${e.ruleName ?? 'Escalation'}</strong></a
                ><br /><span class="muted"
                  >${causeOf(e, slaNames)}${e.retriggerCount ? ` (fired ${e.retriggerCount + 1} times)` : ''}</span
                >
              </td>
              <td data-label="Level">${levelOf(e)}</td>
              <td data-label="Deadline" class="when">${deadlineOf(e)}</td>
              <td data-label="Status">${badge(e.status)}</td>
              <td data-label="Opened" class="when">${dateTime(e.openedAt)}</td>
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

const STATUSES = { open: 'Open', acknowledged: 'Acknowledged', resolved: 'Resolved' };
const SEVERITIES = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

export async function escalationsView(main) {
  const [contracts, unresolved] = await Promise.all([items('/contracts', 1000), unresolvedEscalations()]);
  const contractTitles = new Map(contracts.map((c) => [c.id, c.title]));
  let slaNames = await slaNamesOf(unresolved);
  main.innerHTML = html` <h1>Escalations</h1>
    <p class="sub">
      ${unresolved.length} unresolved: open ones wait for acknowledgement before their deadline, then rise a level. Open
      one to acknowledge or resolve it.
    </p>
    <div id="escalation-list"></div>`;
  await mountTable(main.querySelector('#escalation-list'), {
    id: 'escalations',
    caption: 'Escalations',
    path: '/escalations',
    filters: [
      { name: 'status', label: 'Status', options: options(STATUSES) },
      { name: 'severity', label: 'Severity', options: options(SEVERITIES) },
    ],
    exportName: 'escalations',
    emptyText: 'No escalation matches.',
    enrich: async (list) =>
      (slaNames = await slaNamesOf(
        list,
        [...slaNames].map(([id, name]) => ({ id, name })),
      )),
    columns: [
      { key: 'severity', label: 'Severity', cell: (e) => badge(e.severity), sort: (e) => SEVERITY_ORDER[e.severity] },
      {
        key: 'rule',
        label: 'Rule and cause',
        cell: (e) =>
          html`<a href="#/escalations/${e.id}">${e.ruleName ?? 'Escalation'}</a><br /><span class="muted"
              >${causeOf(e, slaNames)}</span
            >`,
        sort: (e) => e.ruleName,
      },
      { key: 'deadline', label: 'Deadline', cell: deadlineOf, sort: (e) => e.dueAt ?? '' },
      { key: 'status', label: 'Status', cell: (e) => badge(e.status), sort: (e) => e.status },
      {
        key: 'contract',
        label: 'Contract',
        cell: (e) =>
          html`<a href="#/contracts/${e.contractId}">${contractTitles.get(e.contractId) ?? 'Open contract'}</a>`,
        sort: (e) => contractTitles.get(e.contractId) ?? '',
      },
      { key: 'opened', label: 'Opened', cell: (e) => dateTime(e.openedAt), sort: (e) => e.openedAt },
    ],
  });
}
