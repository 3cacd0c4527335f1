import { api, optional } from '../api.js';
import { creditsChart } from '../charts.js';
import { badge, dateTime, empty, grade, html, money } from '../dom.js';
import { bindRange, rangeForm, rangeOf, rangeQuery } from '../range.js';
import { checklistTable } from './checklist.js';
import { bindContractActions, contractActions } from './contract-actions.js';
import { escalationRows, slaNamesOf, unresolvedEscalations } from './escalations.js';
import { drawQaTrend, loadQaReviews, qaSection } from './qa.js';
import { drawSlaCharts, slaSections } from './slas.js';

function creditsSection(compliance) {
  if (!compliance) return empty('The compliance report is not available.');
  if (compliance.creditsByMonth.length === 0)
    return empty('No service credit is owed in this range: no breached period carries a credit.');
  return html`<p class="sub">Total ${money(compliance.totalCredits)}.</p>
    <div class="card chart"><canvas id="credits-chart" role="img"></canvas></div>`;
}

export async function contractView(main, contractId, params) {
  const range = rangeOf(params);
  const contract = await api(`/contracts/${contractId}`);
  const [vendor, checklist, compliance, qa, reviews, escalations, slas] = await Promise.all([
    optional(`/vendors/${contract.vendorId}`),
    optional(`/contracts/${contractId}/checklist`),
    optional(`/contracts/${contractId}/compliance?${rangeQuery(range)}`),
    optional(`/contracts/${contractId}/qa-summary?${rangeQuery(range)}`),
    loadQaReviews(contractId, range),
    unresolvedEscalations(`&contractId=${contractId}`),
    Promise.all((contract.slaIds ?? []).map((id) => api(`/slas/${id}`))),
  ]);
  const slaNames = await slaNamesOf(escalations, slas);
  main.innerHTML = html`<p class="crumbs">
      <a href="#/vendors">Vendors</a> › <a href="#/vendors/${contract.vendorId}">${vendor?.name ?? 'Vendor'}</a>
    </p>
    <h1>${contract.title} <span id="contract-grade">${grade(checklist?.grade)}</span></h1>
    <p class="sub" id="contract-status">
      ${badge(contract.status)} ${contract.startDate} – ${contract.endDate} · fee ${money(contract.monthlyFee)} / month
      ·
      ${(contract.channels ?? []).join(', ')}${contract.signedAt ? ` · signed ${dateTime(contract.signedAt)}` : ''}${contract.liveAt ? ` · live since ${dateTime(contract.liveAt)}` : ''}
    </p>
    ${contractActions(contract)} ${rangeForm(`/contracts/${contractId}`, range)}
    <h2>Outsourcing-mistakes checklist</h2>
    ${checklist ? checklistTable(checklist, 'checklist') : empty('The checklist is not available yet.')}
    <h2>SLA compliance over time</h2>
    ${slaSections(slas, compliance)}
    <h2>Service credits by month</h2>
    ${creditsSection(compliance)}
    <h2>Unresolved escalations</h2>
    ${escalationRows(escalations, { slaNames })}
    <h2>Quality assurance</h2>
    ${qaSection(qa)}
    <p class="sub">Checklist evaluated ${dateTime(checklist?.evaluatedAt)}</p>`;
  drawSlaCharts(main, slas);
  if (compliance?.creditsByMonth.length)
    creditsChart(
      main.querySelector('#credits-chart'),
      compliance.creditsByMonth,
      compliance.totalCredits?.currency ?? '',
      range,
    );
  drawQaTrend(main, reviews);
  bindRange(main);
  bindContractActions(main, contract, range);
}
