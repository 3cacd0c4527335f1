import { api, items } from '../api.js';
import { grade, html, number, percent } from '../dom.js';
import { trendChart } from '../charts.js';

const PAGE = 25;

async function gradeOf(vendorId) {
  try {
    return (await api(`/vendors/${vendorId}/checklist`)).grade;
  } catch {
    return undefined;
  }
}

export async function vendorsView(main, params) {
  const offset = Number(params.get('offset') ?? 0);
  const page = await api(`/vendors?limit=${PAGE}&offset=${offset}`);
  const grades = await Promise.all(page.items.map((v) => gradeOf(v.id)));
  main.innerHTML = html`
    <h1>Vendors</h1>
    <p class="sub">${page.total} vendors. The grade summarises the 12 outsourcing-mistakes checklist (A best, D worst).</p>
    <table>
      <caption>Vendors with their checklist grade</caption>
      <thead><tr><th scope="col">Vendor</th><th scope="col">Status</th><th scope="col">Country</th><th scope="col">Weighted score</th><th scope="col">Attrition (annualized)</th><th scope="col">Checklist grade</th></tr></thead>
      <tbody>${page.items.map((v, i) => html`
        <tr data-vendor-id="${v.id}">
          <td><a href="#/vendors/${v.id}">${v.name}</a></td><td>${v.status}</td><td>${v.country}</td>
          <td>${number(v.evaluation?.weightedScore, 2)}</td>
          <td>${v.annualizedAttritionPercent === null || v.annualizedAttritionPercent === undefined ? '—' : `${v.annualizedAttritionPercent} %`}</td>
          <td>${grade(grades[i])}</td>
        </tr>`)}</tbody>
    </table>
    <div class="pager">
      ${offset > 0 ? html`<a href="#/vendors?offset=${Math.max(0, offset - PAGE)}">Previous</a>` : ''}
      ${offset + PAGE < page.total ? html`<a href="#/vendors?offset=${offset + PAGE}">Next</a>` : ''}
    </div>`;
}

export async function vendorView(main, vendorId) {
  const [vendor, contracts, checklist, performance] = await Promise.all([
    api(`/vendors/${vendorId}`),
    items(`/contracts?vendorId=${vendorId}&limit=200`),
    api(`/vendors/${vendorId}/checklist`).catch(() => null),
    api(`/vendors/${vendorId}/performance`).catch(() => null),
  ]);
  main.innerHTML = html`
    <h1>${vendor.name} <span id="vendor-grade">${grade(checklist?.grade)}</span></h1>
    <p class="sub">${vendor.status} · ${vendor.country} · ${vendor.channels.join(', ')}</p>
    <dl class="grid">
      <div class="figure"><dt>Weighted evaluation score</dt><dd>${number(vendor.evaluation?.weightedScore, 2)}</dd></div>
      <div class="figure"><dt>Price weight share</dt><dd>${number(vendor.evaluation?.priceWeightShare, 2)}</dd></div>
      <div class="figure"><dt>Annualized attrition</dt><dd>${vendor.annualizedAttritionPercent ?? '—'} %</dd></div>
      <div class="figure"><dt>SLA attainment</dt><dd>${percent(performance?.slaAttainmentRate)}</dd></div>
      <div class="figure"><dt>QA average</dt><dd>${number(performance?.qaAverageScore)}</dd></div>
      <div class="figure"><dt>Open escalations</dt><dd>${performance?.openEscalations ?? '—'}</dd></div>
    </dl>
    <h2>Contracts</h2>
    <table>
      <caption>Contracts of ${vendor.name}</caption>
      <thead><tr><th scope="col">Contract</th><th scope="col">Status</th><th scope="col">Period</th><th scope="col">Checklist grade</th></tr></thead>
      <tbody>${contracts.map((c) => html`
        <tr><td><a href="#/contracts/${c.id}">${c.title}</a></td><td>${c.status}</td><td>${c.startDate} – ${c.endDate}</td>
        <td>${grade(checklist?.contracts?.find((x) => x.contractId === c.id)?.grade)}</td></tr>`)}</tbody>
    </table>
    <h2>QA and SLA trend</h2>
    <div class="card chart"><canvas id="trend-chart" role="img"></canvas></div>`;
  if (performance?.trend?.length) trendChart(main.querySelector('#trend-chart'), performance.trend);
}
