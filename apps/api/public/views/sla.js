import { api, hasRole, optional, send, session } from '../api.js';
import { slaChart, targetOf } from '../charts.js';
import { badge, dateOnly, dateTime, html, number, sample } from '../dom.js';
import { bindForm, field, form, num, text } from '../forms.js';
import { EVIDENCE_OUTCOMES, EXCLUSION_REASONS, label, METRICS, SOURCES } from '../labels.js';
import { mountTable } from '../table.js';

const outcomeOf = (p) => badge(p.provisional ? 'provisional' : p.outcome);
const disputeOf = (p) => (p.dispute ? html`${badge(`dispute_${p.dispute.status}`)}` : '');

/** One SLA: its chart and every measured period, each linking to the records behind it. */
export async function slaView(main, slaId) {
  const sla = await api(`/slas/${slaId}`);
  const contract = await optional(`/contracts/${sla.contractId}`);
  main.innerHTML = html`<p class="crumbs">
      <a href="#/contracts/${sla.contractId}">${contract?.title ?? 'Contract'}</a>
    </p>
    <h1>${sla.name}</h1>
    <p class="sub">
      ${label(METRICS, sla.metric)} · per ${sla.period} · target ${targetOf(sla) ?? '—'} · ${badge(sla.status)}
    </p>
    ${sla.periods.length ? html`<div class="card chart"><canvas id="sla-chart-${sla.id}" role="img"></canvas></div>` : ''}
    <div id="period-list"></div>`;
  if (sla.periods.length) slaChart(main.querySelector(`#sla-chart-${sla.id}`), sla);
  await mountTable(main.querySelector('#period-list'), {
    id: 'sla-periods',
    caption: 'Measured periods, newest first',
    rows: sla.periods,
    exportPath: `/slas/${slaId}/periods`,
    exportName: `sla-periods-${sla.name}`,
    emptyText: 'No period measured yet.',
    columns: [
      {
        key: 'period',
        label: 'Period',
        cell: (p) =>
          html`<a href="#/slas/${slaId}/periods/${dateOnly(p.periodStart)}"
            >${dateOnly(p.periodStart)} – ${dateOnly(p.periodEnd)}</a
          >`,
        sort: (p) => p.periodStart,
      },
      { key: 'value', label: 'Value', num: true, cell: (p) => number(p.value, 2), sort: (p) => p.value },
      {
        key: 'sample',
        label: 'Sample',
        cell: (p) => sample(p.sampleSize, 'record', sla.minimumSample ?? 1),
        sort: (p) => p.sampleSize,
      },
      { key: 'source', label: 'Source', cell: (p) => label(SOURCES, p.source) },
      { key: 'outcome', label: 'Outcome', cell: (p) => html`${outcomeOf(p)} ${disputeOf(p)}`, sort: (p) => p.outcome },
    ],
  });
}

function disputeForms(sla, period) {
  const open = period?.dispute?.status === 'open';
  return [
    session.user?.vendorId && !open
      ? form(
          'dispute-period',
          'Dispute this period',
          [
            field('reason', 'Why the figure is wrong', { rows: 3, required: true }),
            html`<div class="pair">
              ${field('proposedValue', 'Your figure', { type: 'number', attrs: 'step="any"' })}
              ${field('proposedSampleSize', 'Your sample size', { type: 'number', attrs: 'min="0"' })}
            </div>`,
          ],
          'Dispute period',
        )
      : '',
    hasRole('ops_manager', 'procurement') && open
      ? form(
          'resolve-period-dispute',
          'Resolve the dispute',
          [
            field('outcome', 'Outcome', {
              options: [
                ['upheld', 'Upheld: the figure stands'],
                ['adjusted', 'Adjusted: use the figure below'],
              ],
            }),
            html`<div class="pair">
              ${field('value', 'Adjusted value', { type: 'number', attrs: 'step="any"' })}
              ${field('sampleSize', 'Adjusted sample size', { type: 'number', attrs: 'min="0"' })}
            </div>`,
            field('note', 'Note', { rows: 2, required: true }),
          ],
          'Resolve dispute',
        )
      : '',
  ];
}

/** The records behind one period's figure (SPEC §13), in words, with the vendor's dispute and its resolution. */
export async function evidenceView(main, slaId, periodStart) {
  const base = `/slas/${slaId}/periods/${periodStart}`;
  const [sla, evidence] = await Promise.all([api(`/slas/${slaId}`), optional(`${base}/evidence?limit=1`)]);
  const period = sla.periods.find((p) => dateOnly(p.periodStart) === periodStart);
  main.innerHTML = html`<p class="crumbs"><a href="#/slas/${slaId}">${sla.name}</a></p>
    <h1>${sla.name}: ${periodStart}</h1>
    <p class="sub" id="period-summary">
      ${period ? html`Value ${number(period.value, 2)} from ${sample(period.sampleSize, 'record', sla.minimumSample ?? 1)} · ${outcomeOf(period)} · ${label(SOURCES, period.source)}` : 'Not measured.'}
      ${evidence?.counting ? html` · counting: ${number(evidence.counting.value, 2)} (${label(SOURCES, evidence.counting.source)})` : ''}
    </p>
    ${period?.dispute ? html`<p id="period-dispute">Dispute ${period.dispute.status}: ${period.dispute.reason}${period.dispute.note ? ` — ${period.dispute.note}` : ''}</p>` : ''}
    <div class="actions">${disputeForms(sla, period)}</div>
    <h2>Records behind the figure</h2>
    <div id="evidence-list"></div>`;
  if (evidence)
    await mountTable(main.querySelector('#evidence-list'), {
      id: 'evidence',
      caption: `Interactions measured for ${periodStart}`,
      path: `${base}/evidence`,
      filters: [{ name: 'outcome', label: 'How it counted', options: Object.entries(EVIDENCE_OUTCOMES) }],
      exportName: `evidence-${sla.name}-${periodStart}`,
      emptyText: 'No record matches.',
      columns: [
        { key: 'record', label: 'Record', cell: (i) => i.externalId },
        { key: 'channel', label: 'Channel', cell: (i) => i.channel },
        { key: 'created', label: 'Created', cell: (i) => dateTime(i.createdAt), sort: (i) => i.createdAt },
        {
          key: 'elapsed',
          label: 'Minutes taken',
          num: true,
          cell: (i) => number(i.elapsedMinutes, 0),
          sort: (i) => i.elapsedMinutes ?? -1,
        },
        {
          key: 'outcome',
          label: 'How it counted',
          cell: (i) =>
            html`${label(EVIDENCE_OUTCOMES, i.outcome)}${i.reason ? html`<br /><span class="muted">${label(EXCLUSION_REASONS, i.reason)}</span>` : ''}`,
          sort: (i) => i.outcome,
        },
        {
          key: 'sender',
          label: 'Sent by',
          cell: (i) => (i.submittedBy?.role === 'vendor' ? 'the vendor' : 'client staff'),
        },
      ],
    });
  else
    main.querySelector('#evidence-list').innerHTML = html`<p class="empty">
      This figure was not computed from interactions: it has no record-level evidence.
    </p>`;
  bindForm(
    main.querySelector('#dispute-period'),
    (v) =>
      send(`${base}/disputes`, {
        reason: text(v.reason),
        proposedValue: num(v.proposedValue),
        proposedSampleSize: num(v.proposedSampleSize),
      }),
    () => 'Period disputed: operations will review it.',
  );
  bindForm(
    main.querySelector('#resolve-period-dispute'),
    (v) =>
      send(`${base}/dispute-resolution`, {
        outcome: v.outcome,
        value: num(v.value),
        sampleSize: num(v.sampleSize),
        note: text(v.note),
      }),
    (_r, v) => `Dispute ${v.outcome}.`,
  );
}
