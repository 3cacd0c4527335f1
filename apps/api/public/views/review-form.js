import { api, send } from '../api.js';
import { html, number } from '../dom.js';
import { bindForm, field, form, text } from '../forms.js';
import { CHANNELS, options } from '../labels.js';
import { liveScore } from '../score.js';

function answerFields(scorecard) {
  return scorecard.criteria.map((c, i) =>
    field(`answer-${c.key}`, `${c.label} (weight ${c.weight}${c.critical ? ', critical: 0 fails the review' : ''})`, {
      field: `answers.${i}.score`,
      options: [
        ['', 'Not applicable'],
        ...Array.from({ length: c.maxScore + 1 }, (_, s) => [s, `${s} of ${c.maxScore}`]),
      ],
      value: c.maxScore,
    }),
  );
}

function answersOf(formEl, scorecard) {
  return Object.fromEntries(
    scorecard.criteria.map((c) => {
      const value = formEl.elements[`answer-${c.key}`].value;
      return [c.key, value === '' ? null : Number(value)];
    }),
  );
}

function showScore(formEl, scorecard) {
  const result = liveScore(scorecard.criteria, answersOf(formEl, scorecard));
  formEl.querySelector('#live-score').textContent =
    result === null
      ? 'No criterion scored yet'
      : result.autoFailed
        ? '0 — auto-failed (a critical criterion scored 0)'
        : number(result.score);
}

/** The QA reviewer's audit form: the score updates as answers change, computed as the server will (SPEC §7). */
export async function reviewFormSection(main, contracts, scorecards) {
  const host = main.querySelector('#log-review');
  if (!host) return;
  if (scorecards.length === 0 || contracts.length === 0) {
    host.innerHTML = html`<p class="empty">A review needs a scorecard and a contract; there is none yet.</p>`;
    return;
  }
  const draw = async (scorecardId) => {
    const scorecard = await api(`/scorecards/${scorecardId}`);
    host.innerHTML = form(
      'review-form',
      'Log a review',
      [
        field('scorecardId', 'Scorecard', { options: scorecards.map((s) => [s.id, s.name]), value: scorecardId }),
        field('contractId', 'Contract', { options: contracts.map((c) => [c.id, c.title]), required: true }),
        html`<div class="pair">
          ${field('externalId', 'Interaction id (from the helpdesk)', { required: true, field: 'interaction.externalId' })}
          ${field('channel', 'Channel', { options: options(CHANNELS), field: 'interaction.channel', value: contracts[0].channels?.[0] })}
        </div>`,
        html`<div class="pair">
          ${field('occurredAt', 'Occurred at (UTC)', { type: 'datetime-local', required: true, field: 'interaction.occurredAt' })}
          ${field('agentRef', 'Agent', { required: true })}
        </div>`,
        html`<fieldset class="answers">
          <legend>Answers</legend>
          ${answerFields(scorecard)}
        </fieldset>`,
        html`<p class="live">Score: <output id="live-score" for="review-form" aria-live="polite"></output></p>`,
        field('comments', 'Comments', { rows: 2 }),
        field('calibrationGroup', 'Calibration group'),
      ],
      'Submit review',
    );
    const formEl = host.querySelector('form');
    showScore(formEl, scorecard);
    formEl.addEventListener('change', (event) => {
      if (event.target.name === 'scorecardId') draw(event.target.value);
      else showScore(formEl, scorecard);
    });
    bindForm(
      formEl,
      (v) =>
        send('/qa-reviews', {
          contractId: v.contractId,
          scorecardId: scorecard.id,
          interaction: {
            externalId: text(v.externalId),
            channel: v.channel,
            occurredAt: v.occurredAt ? new Date(`${v.occurredAt}Z`).toISOString() : undefined,
          },
          agentRef: text(v.agentRef),
          answers: scorecard.criteria.map((c) => ({ criterionKey: c.key, score: answersOf(formEl, scorecard)[c.key] })),
          comments: text(v.comments),
          calibrationGroup: text(v.calibrationGroup),
        }),
      (r) => ({ message: 'Review submitted.', href: `#/qa/${r.id}` }),
    );
  };
  await draw(scorecards[0].id);
}
