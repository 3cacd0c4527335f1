import { api, hasRole, items, optional, send, session } from '../api.js';
import { badge, dateTime, html, number } from '../dom.js';
import { bindForm, field, form, text } from '../forms.js';
import { mountTable } from '../table.js';
import { reviewFormSection } from './review-form.js';

const STATUSES = { submitted: 'Submitted', disputed: 'Disputed', resolved: 'Resolved', acknowledged: 'Acknowledged' };
const scoreText = (r) => (r.autoFailed ? '0 (auto-failed)' : number(r.score));

export async function reviewsView(main) {
  const [contracts, scorecards] = await Promise.all([items('/contracts', 1000), items('/scorecards', 200)]);
  const titles = new Map(contracts.map((c) => [c.id, c.title]));
  main.innerHTML = html`<h1>QA reviews</h1>
    <p class="sub">
      Call and ticket audits scored on a scorecard. Open a review to dispute, acknowledge or resolve it.
    </p>
    <div id="review-list"></div>
    ${hasRole('qa_reviewer') ? html`<div id="log-review"></div>` : ''}
    <h2>Calibration</h2>
    <div id="calibration"></div>`;
  await mountTable(main.querySelector('#review-list'), {
    id: 'qa-reviews',
    caption: 'QA reviews',
    path: '/qa-reviews',
    filters: [
      { name: 'status', label: 'Status', options: Object.entries(STATUSES) },
      ...(contracts.length > 1
        ? [{ name: 'contractId', label: 'Contract', options: contracts.map((c) => [c.id, c.title]) }]
        : []),
    ],
    exportName: 'qa-reviews',
    emptyText: 'No review matches.',
    columns: [
      {
        key: 'interaction',
        label: 'Interaction',
        cell: (r) => html`<a href="#/qa/${r.id}">${r.interaction.externalId}</a>`,
        sort: (r) => r.interaction.externalId,
      },
      { key: 'agent', label: 'Agent', cell: (r) => r.agentRef },
      { key: 'contract', label: 'Contract', cell: (r) => titles.get(r.contractId) ?? 'Contract' },
      { key: 'score', label: 'Score', num: true, cell: scoreText, sort: (r) => r.score },
      { key: 'status', label: 'Status', cell: (r) => badge(r.status), sort: (r) => r.status },
      { key: 'submitted', label: 'Submitted', cell: (r) => dateTime(r.submittedAt), sort: (r) => r.submittedAt },
    ],
  });
  await reviewFormSection(
    main,
    contracts.filter((c) => c.status !== 'terminated'),
    scorecards,
  );
  await calibrationSection(main.querySelector('#calibration'), contracts);
}

async function calibrationSection(host, contracts) {
  const summaries = await Promise.all(contracts.slice(0, 50).map((c) => optional(`/contracts/${c.id}/qa-summary`)));
  const rows = contracts
    .map((c, i) => ({ contract: c, calibration: summaries[i]?.calibration }))
    .filter((r) => r.calibration);
  await mountTable(host, {
    id: 'calibration-table',
    caption: 'How far apart reviewers scored the same interaction (spread = highest − lowest score)',
    rows,
    exportPath: null,
    emptyText: 'No contract to show.',
    columns: [
      { key: 'contract', label: 'Contract', cell: (r) => r.contract.title },
      { key: 'groups', label: 'Calibration groups', num: true, cell: (r) => r.calibration.groups },
      {
        key: 'mean',
        label: 'Mean spread',
        num: true,
        cell: (r) => (r.calibration.groups ? number(r.calibration.meanSpread) : 'insufficient data'),
      },
      {
        key: 'max',
        label: 'Largest spread',
        num: true,
        cell: (r) => (r.calibration.groups ? number(r.calibration.maxSpread) : 'insufficient data'),
      },
    ],
  });
}

function reviewActions(review) {
  const mine = review.reviewerId === session.user?.id;
  const vendor = Boolean(session.user?.vendorId);
  return [
    vendor && review.status === 'submitted'
      ? form(
          'dispute-review',
          'Dispute this review',
          [field('reason', 'Why the score is wrong', { rows: 3, required: true })],
          'Dispute review',
        )
      : '',
    vendor && !review.acknowledgement && review.status !== 'disputed'
      ? form(
          'acknowledge-review',
          'Acknowledge the feedback',
          [field('note', 'Coaching given', { rows: 2 })],
          'Acknowledge review',
        )
      : '',
    hasRole('qa_reviewer') && review.status === 'disputed' && !mine
      ? form(
          'resolve-dispute',
          'Resolve the dispute',
          [
            field('outcome', 'Outcome', {
              options: [
                ['upheld', 'Upheld: the score stands'],
                ['amended', 'Amended: rescore below'],
              ],
            }),
            field('note', 'Note to the vendor', { rows: 3, required: true }),
          ],
          'Resolve dispute',
        )
      : '',
    hasRole('qa_reviewer') && review.status === 'disputed' && mine
      ? html`<p class="hint">You wrote this review: another reviewer resolves its dispute.</p>`
      : '',
  ];
}

export async function reviewView(main, id) {
  const review = await api(`/qa-reviews/${id}`);
  const [contract, scorecard] = await Promise.all([
    optional(`/contracts/${review.contractId}`),
    optional(`/scorecards/${review.scorecardId}`),
  ]);
  const labels = new Map((scorecard?.criteria ?? []).map((c) => [c.key, `${c.label} (of ${c.maxScore})`]));
  main.innerHTML = html`<p class="crumbs"><a href="#/qa">QA reviews</a></p>
    <h1>Review of ${review.interaction.externalId}</h1>
    <p class="sub" id="review-status">
      ${badge(review.status)} · agent ${review.agentRef} · ${contract?.title ?? 'contract'} · submitted
      ${dateTime(review.submittedAt)}
    </p>
    <dl class="grid">
      <div class="figure">
        <dt>Score</dt>
        <dd id="review-score">${scoreText(review)}</dd>
      </div>
      ${
        review.resolution
          ? html`<div class="figure">
              <dt>Before the dispute</dt>
              <dd>${number(review.resolution.previousScore)}</dd>
            </div>`
          : ''
      }
    </dl>
    <ul class="facts">
      ${review.answers.map((a) => html`<li>${labels.get(a.criterionKey) ?? a.criterionKey}: ${a.score ?? 'not applicable'}</li>`)}
    </ul>
    ${review.comments ? html`<p>Comments: ${review.comments}</p>` : ''}
    ${review.dispute ? html`<p id="dispute-reason">Disputed ${dateTime(review.dispute.disputedAt)}: ${review.dispute.reason}</p>` : ''}
    ${review.resolution ? html`<p id="dispute-resolution">Dispute ${review.resolution.outcome}: ${review.resolution.note}</p>` : ''}
    ${review.acknowledgement ? html`<p>Acknowledged by the vendor ${dateTime(review.acknowledgement.acknowledgedAt)}${review.acknowledgement.note ? `: ${review.acknowledgement.note}` : ''}</p>` : ''}
    <div class="actions">${reviewActions(review)}</div>`;
  const base = `/qa-reviews/${id}`;
  bindForm(
    main.querySelector('#dispute-review'),
    (v) => send(`${base}/disputes`, { reason: text(v.reason) }),
    () => 'Review disputed: a QA reviewer will look at it.',
  );
  bindForm(
    main.querySelector('#acknowledge-review'),
    (v) => send(`${base}/acknowledgement`, { note: text(v.note) }),
    () => 'Feedback acknowledged.',
  );
  bindForm(
    main.querySelector('#resolve-dispute'),
    (v) => send(`${base}/dispute-resolution`, { outcome: v.outcome, note: text(v.note) }),
    (_r, v) => `Dispute resolved: ${v.outcome}.`,
  );
}
