import { items } from '../api.js';
import { monthlyChart, monthsBetween, SERIES_COLORS } from '../charts.js';
import { empty, html, number, percent, sample } from '../dom.js';

/** Average current score and auto-fail share per month of the reviewed interactions. */
function monthlyQa(reviews) {
  const byMonth = new Map();
  for (const review of reviews) {
    const month = (review.interaction?.occurredAt ?? review.submittedAt).slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), review]);
  }
  const seen = [...byMonth.keys()].sort();
  const months = monthsBetween(seen[0], seen[seen.length - 1]);
  const average = (list) => Math.round((list.reduce((sum, r) => sum + r.score, 0) / list.length) * 10) / 10;
  const share = (list) => Math.round((list.filter((r) => r.autoFailed).length / list.length) * 1000) / 10;
  return {
    months,
    scores: months.map((m) => (byMonth.has(m) ? average(byMonth.get(m)) : null)),
    autoFails: months.map((m) => (byMonth.has(m) ? share(byMonth.get(m)) : null)),
  };
}

export const loadQaReviews = (contractId, { from, to }) =>
  items(`/qa-reviews?contractId=${contractId}&from=${from}${to ? `&to=${to}` : ''}`, 2000);

export function qaSection(qa) {
  if (!qa) return empty('The QA summary is not available.');
  if (qa.reviews === 0) return empty('No QA review for this contract in this range.');
  return html` <dl class="grid">
      <div class="figure">
        <dt>Reviews</dt>
        <dd>${sample(qa.reviews, 'review')}</dd>
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
        <dd>
          ${qa.calibration?.groups ? html`${number(qa.calibration.meanSpread)} / ${number(qa.calibration.maxSpread)}` : 'insufficient data'}
        </dd>
      </div>
    </dl>
    <div class="card chart"><canvas id="qa-trend-chart" role="img"></canvas></div>
    <table id="qa-agents" class="cards">
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
              <td data-label="Agent">${a.agentRef}</td>
              <td data-label="Reviews" class="num">${sample(a.reviews, 'review')}</td>
              <td data-label="Average score" class="num">${number(a.averageScore)}</td>
              <td data-label="Auto-fails" class="num">${a.autoFails}</td>
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
