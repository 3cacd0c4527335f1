import { chronological, slaChart, targetOf } from '../charts.js';
import { badge, empty, html, number, percent, words } from '../dom.js';

function periodsTable(sla) {
  return html` <details>
    <summary>Figures per period</summary>
    <table class="compact">
      <thead>
        <tr>
          <th scope="col">Period start</th>
          <th scope="col">Value</th>
          <th scope="col">Sample</th>
          <th scope="col">Source</th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        ${chronological(sla.periods)
          .reverse()
          .map(
            (p) =>
              html` <tr>
                <td>
                  <a href="#/slas/${sla.id}/periods/${p.periodStart.slice(0, 10)}">${p.periodStart.slice(0, 10)}</a>
                </td>
                <td>${number(p.value, 2)}</td>
                <td>${p.sampleSize}</td>
                <td>${words(p.source)}</td>
                <td>${badge(p.provisional ? 'provisional' : p.outcome)}</td>
              </tr>`,
          )}
      </tbody>
    </table>
  </details>`;
}

function slaCard(sla, summary) {
  const measured = (sla.periods ?? []).length > 0;
  return html` <section class="card" aria-labelledby="sla-${sla.id}">
    <h3 id="sla-${sla.id}"><a href="#/slas/${sla.id}">${sla.name}</a></h3>
    <p class="sub">
      ${words(sla.metric)} · per ${sla.period} · target ${targetOf(sla) ?? '—'} · attainment
      ${percent(summary?.attainmentRate)} · ${summary?.periodsBreached ?? 0} breached of
      ${summary?.periodsEvaluated ?? 0} evaluated
    </p>
    ${
      measured
        ? html`<div class="chart"><canvas id="sla-chart-${sla.id}" class="sla-chart" role="img"></canvas></div>
            <p class="legend-note">
              Red crosses mark breached periods; grey points had too small a sample; hollow diamonds are provisional
              (the period is still running) and are not joined to the line.
            </p>
            ${periodsTable(sla)}`
        : empty(
            'No period measured yet: measurements appear here once interactions are ingested or figures are recorded.',
          )
    }
  </section>`;
}

/** One card per SLA with its chart; SLAs without a measured period say so instead of drawing empty axes. */
export function slaSections(slas, compliance) {
  if (slas.length === 0) return empty('No SLA is defined for this contract.');
  return slas.map((sla) =>
    slaCard(
      sla,
      compliance?.slas?.find((s) => s.slaId === sla.id),
    ),
  );
}

export function drawSlaCharts(main, slas) {
  slas
    .filter((sla) => (sla.periods ?? []).length > 0)
    .forEach((sla) => slaChart(main.querySelector(`#sla-chart-${sla.id}`), sla));
}
