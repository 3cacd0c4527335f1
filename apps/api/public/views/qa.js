import { items } from '../api.js';
import { monthlyChart, SERIES_COLORS } from '../charts.js';
import { empty, html, number, percent } from '../dom.js';

/** Average current score and auto-fail share per month of the reviewed interactions. */
function monthlyQa(reviews) {
  const byMonth = new Map();
  for (const review of reviews) {
    const month = (review.interaction?.occurredAt ?? review.submittedAt).slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), review]);
  }
  const months = [...byMonth.keys()].sort();
  const average = (list) => Math.round((list.reduce((sum, r) => sum + r.score, 0) / list.length) * 10) / 10;
  return {
    months,
    scores: months.map((m) => average(byMonth.get(m))),
    autoFails: months.map(
      (m) => Math.round((byMonth.get(m).filter((r) => r.autoFailed).length / byMonth.get(m).length) * 1000) / 10,
    ),
  };
}

export const loadQaReviews = (contractId) => items(`/qa-reviews?contractId=${contractId}`, 2000);

export function qaSection(qa) {
  if (!qa) return empty('The QA summary is not available.');
  if (qa.reviews === 0) return empty('No QA review yet for this contract.');
  return html` <dl class="grid">
      <div class="figure">
        <dt>Reviews</dt>
        <dd>${qa.reviews}</dd>
      </div>
      <div class="figure">
        <dt>Average score</dt>
        <dd>${number(qa.averageScore)}</dd>
      </div>
      <div class="figure">
        <dt>Auto-fail rate</dt>
        <dd>${percent(qa.autoFailRate)}</dd>
      </div>
      <div class="figure">
        <dt>Dispute rate</dt>
        <dd>${percent(qa.disputeRate)}</dd>
      </div>
      <div class="figure">
        <dt>Overturned disputes</dt>
        <dd>${percent(qa.overturnRate)}</dd>
      </div>
      <div class="figure">
        <dt>Acknowledged by vendor</dt>
        <dd>${percent(qa.acknowledgedRate)}</dd>
      </div>
      <div class="figure">
        <dt>Calibration spread (mean / max)</dt>
        <dd>${number(qa.calibration?.meanSpread)} / ${number(qa.calibration?.maxSpread)}</dd>
      </div>
    </dl>
    <div class="card chart"><canvas id="qa-trend-chart" role="img"></canvas></div>
    <table id="qa-agents">
      <caption>
        QA by agent
      </caption>
      <thead>
        <tr>
          <th scope="col">Agent</th>
          <th scope="col" class="num">Reviews</th>
          <th scope="col" class="num">Average score</th>
          <th scope="col" class="num">Auto-fails</th>
        </tr>
      </thead>
      <tbody>
        ${qa.byAgent.map(
          (a) =>
            html`<tr>
              <td>${a.agentRef}</td>
              <td class="num">${a.reviews}</td>
              <td class="num">${number(a.averageScore)}</td>
              <td class="num">${a.autoFails}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

export function drawQaTrend(main, reviews) {
  const canvas = main.querySelector('#qa-trend-chart');
  if (!canvas || reviews.length === 0) return;
  const { months, scores, autoFails } = monthlyQa(reviews);
  monthlyChart(
    canvas,
    months,
    [
      { label: 'Average QA score', color: SERIES_COLORS.qa, values: scores },
      { label: 'Auto-failed reviews %', color: SERIES_COLORS.autoFail, values: autoFails },
    ],
    `QA trend over ${months.length} months: average score from ${scores[0]} to ${scores[scores.length - 1]}`,
  );
}
