import { api, items, optional } from '../api.js';
import { monthlyChart, SERIES_COLORS } from '../charts.js';
import { badge, empty, grade, html, number, percent } from '../dom.js';
import { checklistTable } from './checklist.js';

const PAGE = 25;

/** The 1st of the month eleven months ago: performance figures cover the last twelve calendar months. */
function yearAgo() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
}

const attrition = (v) =>
  v.annualizedAttritionPercent === null || v.annualizedAttritionPercent === undefined
    ? '—'
    : `${v.annualizedAttritionPercent} %`;

export async function vendorsView(main, params) {
  const offset = Number(params.get('offset') ?? 0);
  const page = await api(`/vendors?limit=${PAGE}&offset=${offset}`);
  const checklists = await Promise.all(page.items.map((v) => optional(`/vendors/${v.id}/checklist`)));
  main.innerHTML = html` <h1>Vendors</h1>
    <p class="sub">
      ${page.total} vendors. The governance grade measures governance risk on the 12 outsourcing-mistakes checklist (how
      well the vendor was vetted and its contracts are set up and run), not the vendor's performance: A is the lowest
      risk, D the highest.
    </p>
    ${
      page.total === 0
        ? empty('No vendor is registered yet. Run `npm run seed` for demo data, or register one through the API.')
        : html` <div class="scroll">
            <table id="vendors">
              <caption class="visually-hidden">
                Vendors with their governance grade
              </caption>
              <thead>
                <tr>
                  <th scope="col">Vendor</th>
                  <th scope="col">Status</th>
                  <th scope="col">Country</th>
                  <th scope="col" class="num">Weighted score</th>
                  <th scope="col" class="num">Attrition (annualized)</th>
                  <th scope="col">Governance grade</th>
                </tr>
              </thead>
              <tbody>
                ${page.items.map(
                  (v, i) =>
                    html` <tr data-vendor-id="${v.id}">
                      <th scope="row"><a href="#/vendors/${v.id}">${v.name}</a></th>
                      <td>${badge(v.status)}</td>
                      <td>${v.country}</td>
                      <td class="num">${number(v.evaluation?.weightedScore, 2)}</td>
                      <td class="num">${attrition(v)}</td>
                      <td>
                        ${grade(checklists[i]?.grade)}
                        ${checklists[i] ? html`<span class="muted">risk ${checklists[i].riskScore}</span>` : ''}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    <nav class="pager" aria-label="Vendor pages">
      ${offset > 0 ? html`<a href="#/vendors?offset=${Math.max(0, offset - PAGE)}">Previous page</a>` : ''}
      ${offset + PAGE < page.total ? html`<a href="#/vendors?offset=${offset + PAGE}">Next page</a>` : ''}
    </nav>`;
}

function trendSection(performance) {
  const measured = performance?.trend?.filter((t) => t.slaAttainmentRate !== null || t.qaAverageScore !== null) ?? [];
  if (measured.length === 0) return empty('No SLA period or QA review in the reporting window yet.');
  return html`<div class="card chart"><canvas id="trend-chart" role="img"></canvas></div>`;
}

function drawTrend(main, trend) {
  const canvas = main.querySelector('#trend-chart');
  if (!canvas) return;
  monthlyChart(
    canvas,
    trend.map((t) => t.month),
    [
      {
        label: 'SLA attainment %',
        color: SERIES_COLORS.sla,
        values: trend.map((t) => (t.slaAttainmentRate === null ? null : Math.round(t.slaAttainmentRate * 1000) / 10)),
      },
      { label: 'QA average score', color: SERIES_COLORS.qa, values: trend.map((t) => t.qaAverageScore) },
    ],
    `Monthly SLA attainment and QA average over ${trend.length} months`,
  );
}

export async function vendorView(main, vendorId) {
  const [vendor, contracts, checklist, performance] = await Promise.all([
    api(`/vendors/${vendorId}`),
    items(`/contracts?vendorId=${vendorId}`),
    optional(`/vendors/${vendorId}/checklist`),
    optional(`/vendors/${vendorId}/performance?from=${yearAgo()}`),
  ]);
  const gradeOf = (contractId) => checklist?.contracts?.find((c) => c.contractId === contractId)?.grade;
  main.innerHTML = html` <p class="crumbs"><a href="#/vendors">Vendors</a></p>
    <h1>${vendor.name} <span id="vendor-grade">${grade(checklist?.grade)}</span></h1>
    <p class="sub">
      ${badge(vendor.status)} ${vendor.country} · ${vendor.channels.join(', ')} · ${vendor.languages?.join(', ')}
    </p>
    <dl class="grid" aria-describedby="figures-note">
      <div class="figure">
        <dt>Weighted evaluation score</dt>
        <dd>${number(vendor.evaluation?.weightedScore, 2)} <small>of 5</small></dd>
      </div>
      <div class="figure">
        <dt>Price weight share</dt>
        <dd>${percent(vendor.evaluation?.priceWeightShare, 0)}</dd>
      </div>
      <div class="figure">
        <dt>Annualized attrition</dt>
        <dd>${attrition(vendor)}</dd>
      </div>
      <div class="figure">
        <dt>SLA attainment</dt>
        <dd>${percent(performance?.slaAttainmentRate)}</dd>
      </div>
      <div class="figure">
        <dt>QA average</dt>
        <dd>${number(performance?.qaAverageScore)}</dd>
      </div>
      <div class="figure">
        <dt>Open escalations</dt>
        <dd>${performance?.openEscalations ?? '—'}</dd>
      </div>
    </dl>
    <p class="legend-note" id="figures-note">SLA attainment, QA average and escalations over the last 12 months.</p>
    <h2>Contracts</h2>
    ${
      contracts.length === 0
        ? empty('No contract with this vendor yet.')
        : html` <table id="contracts">
            <caption class="visually-hidden">
              Contracts of ${vendor.name}
            </caption>
            <thead>
              <tr>
                <th scope="col">Contract</th>
                <th scope="col">Status</th>
                <th scope="col">Period</th>
                <th scope="col">Governance grade</th>
              </tr>
            </thead>
            <tbody>
              ${contracts.map(
                (c) =>
                  html` <tr>
                    <th scope="row"><a href="#/contracts/${c.id}">${c.title}</a></th>
                    <td>${badge(c.status)}</td>
                    <td>${c.startDate} – ${c.endDate}</td>
                    <td>${grade(gradeOf(c.id))}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <h2>SLA and QA trend by month</h2>
    ${trendSection(performance)}
    <h2>Checklist across the vendor's contracts</h2>
    ${checklist ? checklistTable(checklist, 'vendor-checklist') : empty('The checklist is not available yet.')}`;
  if (performance?.trend?.length) drawTrend(main, performance.trend);
}
