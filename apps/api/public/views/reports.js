import { api, optional } from '../api.js';
import { grade, html, number, percent } from '../dom.js';
import { mountTable } from '../table.js';

const COMPONENTS = {
  slaAttainment: ['SLA attainment', (v) => percent(v)],
  qaAverage: ['QA average', (v) => number(v)],
  checklistRisk: ['Checklist risk score', (v) => String(v)],
  attrition: ['Attrition (annualized)', (v) => `${v} %`],
};

function componentCell(c, show) {
  if (!c || c.status === 'insufficient_data') return html`<span class="muted">insufficient data</span>`;
  return html`${show(c.value)}<br /><span class="muted">scores ${number(c.score)} (weight ${c.weight})</span>`;
}

export async function rankingView(main) {
  const ranking = await api('/reports/vendor-ranking');
  main.innerHTML = html`<h1>Vendor ranking</h1>
    <p class="sub">
      ${ranking.method ?? 'Vendors ranked by a composite of SLA attainment, QA average, checklist risk and attrition.'}
    </p>
    <div id="ranking-list"></div>`;
  await mountTable(main.querySelector('#ranking-list'), {
    id: 'ranking',
    caption: 'Vendors, best first',
    rows: ranking.items,
    exportPath: '/reports/vendor-ranking',
    exportName: 'vendor-ranking',
    emptyText: 'No vendor to rank yet.',
    columns: [
      { key: 'rank', label: 'Rank', num: true, cell: (v) => v.rank, sort: (v) => v.rank },
      {
        key: 'vendor',
        label: 'Vendor',
        cell: (v) => html`<a href="#/vendors/${v.vendorId}">${v.name}</a>`,
        sort: (v) => v.name,
      },
      {
        key: 'composite',
        label: 'Composite (0–100)',
        num: true,
        cell: (v) =>
          html`${number(v.composite)}<br /><span class="muted">from ${v.componentsWithData} of 4 components</span>`,
        sort: (v) => v.composite,
      },
      ...Object.entries(COMPONENTS).map(([key, [title, show]]) => ({
        key,
        label: title,
        cell: (v) =>
          html`${key === 'checklistRisk' ? grade(v.components[key]?.grade) : ''}
          ${componentCell(v.components[key], show)}`,
        sort: (v) => v.components[key]?.score ?? -1,
      })),
    ],
  });
}

const SIGNS = [
  [
    'slasConstantlyMissed',
    'SLAs constantly missed',
    (s) =>
      s.slas.map((x) => `${x.name}: ${x.breachedOfLast4} of the last 4 periods breached`).join('; ') ||
      'No active SLA.',
  ],
  [
    'escalationsIncreasing',
    'Escalations increasing',
    (s) => `${s.last30Days} in the last 30 days, ${s.previous30Days} in the 30 before`,
  ],
  [
    'firefighting',
    'Firefighting',
    (s) =>
      `${percent(s.highOrUrgentShare)} of ${s.interactions} interactions high or urgent; open backlog ${s.backlogGrowing ? 'growing 3 weeks in a row' : 'not growing'}`,
  ],
  [
    'customersRepeating',
    'Customers repeating themselves',
    (s) => `${percent(s.share)} of ${s.customers} customers came back on another channel within 7 days`,
  ],
];

const trendOf = (key, s) => {
  const figure = {
    escalationsIncreasing: (w) => w.opened,
    firefighting: (w) => percent(w.highOrUrgentShare),
    customersRepeating: (w) => percent(w.share),
  }[key];
  return figure && s.trend ? s.trend.map(figure).join(' → ') : '—';
};

/** SPEC §10's four warning signs of support debt for one contract, with their figures and three-window trend. */
export async function supportDebtView(main, contractId) {
  const [report, contract] = await Promise.all([
    api(`/reports/support-debt?contractId=${contractId}`),
    optional(`/contracts/${contractId}`),
  ]);
  main.innerHTML = html`<p class="crumbs"><a href="#/contracts/${contractId}">${contract?.title ?? 'Contract'}</a></p>
    <h1>Support debt: ${contract?.title ?? 'contract'}</h1>
    <p class="sub">
      The four warning signs, each over the last 30 days; the trend shows three 30-day windows, oldest first.
    </p>
    <div id="debt-list"></div>`;
  await mountTable(main.querySelector('#debt-list'), {
    id: 'support-debt',
    caption: 'Warning signs',
    rows: SIGNS.map(([key, title, figures]) => ({ key, title, sign: report[key], figures: figures(report[key]) })),
    exportPath: `/reports/support-debt?contractId=${contractId}`,
    exportName: `support-debt-${contract?.title ?? contractId}`,
    columns: [
      { key: 'title', label: 'Sign', cell: (r) => r.title },
      {
        key: 'signal',
        label: 'Showing?',
        cell: (r) => (r.sign.signal ? html`<strong class="overdue">Yes</strong>` : 'No'),
        sort: (r) => Number(r.sign.signal),
      },
      { key: 'figures', label: 'Figures', cell: (r) => r.figures },
      { key: 'trend', label: 'Trend', cell: (r) => trendOf(r.key, r.sign) },
    ],
  });
}
