import { api, items, optional } from '../api.js';
import { monthlyChart, SERIES_COLORS } from '../charts.js';
import { badge, dateOnly, empty, grade, html, number, percent } from '../dom.js';
import { CRITERIA, DD_OUTCOMES, DUE_DILIGENCE, label, PRICING_MODELS, REFERENCE_OUTCOMES } from '../labels.js';
import { bindRange, rangeForm, rangeOf, rangeQuery } from '../range.js';
import { mountTable } from '../table.js';
import { checklistTable } from './checklist.js';
import { contractColumns } from './contracts.js';
import { bindVendorActions, vendorActions } from './vendor-actions.js';
import { attrition } from './vendors.js';

const insufficient = (value, show) => (value === null || value === undefined ? 'insufficient data' : show(value));

function figures(vendor, performance) {
  const figure = (title, value) =>
    html`<div class="figure">
      <dt>${title}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<dl class="grid" aria-describedby="figures-note">
      ${figure('Weighted evaluation score', vendor.evaluation ? html`${number(vendor.evaluation.weightedScore, 2)} <small>of 5</small>` : 'not evaluated')}
      ${vendor.evaluation ? figure('Share of the decision given to price', percent(vendor.evaluation.priceWeightShare, 0)) : ''}
      ${figure('Annualized attrition', attrition(vendor))}
      ${figure('SLA attainment', insufficient(performance?.slaAttainmentRate, percent))}
      ${figure('QA average score', insufficient(performance?.qaAverageScore, number))}
      ${figure('Open escalations', performance?.openEscalations ?? '—')}
    </dl>
    <p class="legend-note" id="figures-note">SLA attainment and QA average over the date range chosen above.</p>`;
}

/** What procurement found: the evaluation's criteria, reference checks and due diligence, in words. */
function vetting(vendor) {
  if (!('evaluation' in vendor)) return '';
  const e = vendor.evaluation;
  return html`<h2>Vetting</h2>
    ${
      e
        ? html`<table id="evaluation" class="cards compact">
            <caption>
              Latest evaluation (${dateOnly(e.evaluatedAt)}), ${label(PRICING_MODELS, e.pricing?.model)} pricing
            </caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col" class="num">Score (1–5)</th>
                <th scope="col" class="num">Weight</th>
              </tr>
            </thead>
            <tbody>
              ${e.criteria.map(
                (c) =>
                  html`<tr>
                    <td data-label="Criterion">${label(CRITERIA, c.key)}</td>
                    <td data-label="Score" class="num">${c.score}</td>
                    <td data-label="Weight" class="num">${c.weight}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : empty('Not evaluated yet: a vendor cannot be approved without an evaluation.')
    }
    <ul class="facts">
      ${(vendor.referenceChecks ?? []).map((r) => html`<li>Reference: ${r.company} (${r.contactRole}) — ${label(REFERENCE_OUTCOMES, r.outcome)}</li>`)}
      ${Object.entries(vendor.dueDiligence ?? {}).map(([item, outcome]) => html`<li>${label(DUE_DILIGENCE, item)}: ${label(DD_OUTCOMES, outcome)}</li>`)}
    </ul>`;
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

export async function vendorView(main, vendorId, params) {
  const range = rangeOf(params);
  const [vendor, checklist, performance] = await Promise.all([
    api(`/vendors/${vendorId}`),
    optional(`/vendors/${vendorId}/checklist`),
    optional(`/vendors/${vendorId}/performance?${rangeQuery(range)}`),
  ]);
  const gradeOf = (contractId) => checklist?.contracts?.find((c) => c.contractId === contractId)?.grade;
  const measured = performance?.trend?.filter((t) => t.slaAttainmentRate !== null || t.qaAverageScore !== null) ?? [];
  main.innerHTML = html`<p class="crumbs"><a href="#/vendors">Vendors</a></p>
    <h1>${vendor.name} <span id="vendor-grade">${grade(checklist?.grade)}</span></h1>
    <p class="sub" id="vendor-status">
      ${badge(vendor.status)} ${vendor.country} · ${vendor.channels.join(', ')} · ${vendor.languages?.join(', ')}
    </p>
    ${rangeForm(`/vendors/${vendorId}`, range)} ${figures(vendor, performance)}
    <h2>Contracts</h2>
    <div id="vendor-contracts"></div>
    <h2>SLA and QA trend by month</h2>
    ${measured.length ? html`<div class="card chart"><canvas id="trend-chart" role="img"></canvas></div>` : empty('No SLA period or QA review in this date range.')}
    ${vetting(vendor)}
    <h2>Checklist across the vendor's contracts</h2>
    ${checklist ? checklistTable(checklist, 'vendor-checklist') : empty('The checklist is not available yet.')}
    ${vendorActions(vendor)}`;
  await mountTable(main.querySelector('#vendor-contracts'), {
    id: 'contracts',
    caption: `Contracts of ${vendor.name}`,
    path: `/contracts?vendorId=${vendorId}`,
    exportName: `contracts-${vendor.name}`,
    emptyText: 'No contract with this vendor yet.',
    columns: contractColumns({ gradeOf }),
  });
  bindRange(main);
  bindVendorActions(main, vendor);
  if (measured.length) drawTrend(main, performance.trend);
}
