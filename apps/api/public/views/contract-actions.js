import { downloadFile, hasRole, send } from '../api.js';
import { html } from '../dom.js';
import { bindForm, field, form, list, num, text } from '../forms.js';
import { METRICS, options } from '../labels.js';
import { bindUpload, uploadForm } from './upload.js';

const KIND_OF = { csat: 'min', qa_score: 'min', reopen_rate: 'max', abandonment_rate: 'max', custom: 'min' };

const slaForm = () =>
  form(
    'define-sla',
    'Define an SLA',
    [
      field('name', 'Name', { required: true }),
      field('metric', 'Measure', { options: options(METRICS), required: true }),
      html`<div class="pair">
        ${field('thresholdMinutes', 'Within (minutes; time-based measures)', { type: 'number', field: 'objective.thresholdMinutes', attrs: 'min="1"' })}
        ${field('target', 'Target (% for time-based measures)', { type: 'number', required: true, field: 'objective', attrs: 'step="any"' })}
      </div>`,
      field('period', 'Measured per', {
        options: [
          ['week', 'Week'],
          ['month', 'Month'],
        ],
        required: true,
      }),
      html`<div class="pair">
        ${field('minimumSample', 'Minimum sample', { type: 'number', value: 30, attrs: 'min="0"' })}
        ${field('serviceCreditPercent', 'Service credit (% of the fee)', { type: 'number', value: 5, attrs: 'min="0" step="any"' })}
      </div>`,
    ],
    'Define SLA',
  );

function slaBody(v) {
  const kind = KIND_OF[v.metric] ?? 'attainment';
  const objective =
    kind === 'attainment'
      ? { kind, thresholdMinutes: num(v.thresholdMinutes), targetPercent: num(v.target) }
      : { kind, target: num(v.target) };
  return {
    name: text(v.name),
    metric: v.metric,
    objective,
    period: v.period,
    minimumSample: num(v.minimumSample),
    serviceCreditPercent: num(v.serviceCreditPercent),
  };
}

const reviewForm = () =>
  form(
    'governance-review',
    'Record a governance review',
    [
      field('heldAt', 'Held on', { type: 'date', required: true }),
      field('attendees', 'Attendees (comma separated)', { required: true }),
      field('summary', 'Summary', { rows: 3, required: true }),
      field('actionItems', 'Action items (one per line)', { rows: 3 }),
    ],
    'Save governance review',
  );

/** What each role does on a contract: sign, define SLAs, upload interactions, record governance reviews. */
export function contractActions(contract) {
  const live = ['signed', 'live'].includes(contract.status);
  const forms = [
    hasRole('procurement') && contract.status === 'draft'
      ? form(
          'sign-contract',
          'Sign',
          [html`<p class="hint">The vendor must be approved or active.</p>`],
          'Sign contract',
        )
      : '',
    hasRole('ops_manager', 'vendor') && contract.status !== 'terminated' ? uploadForm() : '',
    hasRole('procurement', 'ops_manager') && contract.status !== 'terminated' ? slaForm() : '',
    hasRole('ops_manager') && live ? reviewForm() : '',
  ].filter(Boolean);
  return html`<p class="tools">
      <button type="button" id="review-pack">Download review pack (PDF)</button>
      <a href="#/contracts/${contract.id}/support-debt">Support-debt warning signs</a>
      <button type="button" id="print-page">Print this page</button>
    </p>
    ${
      forms.length
        ? html`<h2>Actions</h2>
            <div class="actions">${forms}</div>`
        : ''
    }`;
}

export function bindContractActions(main, contract, range) {
  const base = `/contracts/${contract.id}`;
  main.querySelector('#review-pack').addEventListener('click', async (event) => {
    const status = document.getElementById('status');
    try {
      await downloadFile(
        `${base}/review-pack?from=${range.from}${range.to ? `&to=${range.to}` : ''}`,
        `review-pack-${contract.title}.pdf`,
      );
    } catch (error) {
      status.textContent =
        error.status === 404 ? 'The review pack is not available on this server yet.' : error.message;
    }
    event.target.focus();
  });
  bindForm(
    main.querySelector('#sign-contract'),
    () => send(`${base}/sign`, {}),
    () => `“${contract.title}” is signed.`,
  );
  bindForm(
    main.querySelector('#define-sla'),
    (v) => send(`${base}/slas`, slaBody(v)),
    (_r, v) => `SLA “${v.name}” defined.`,
  );
  bindForm(
    main.querySelector('#governance-review'),
    (v) =>
      send(`${base}/governance-reviews`, {
        heldAt: new Date(`${v.heldAt}T12:00:00Z`).toISOString(),
        attendees: list(v.attendees),
        summary: text(v.summary),
        actionItems: String(v.actionItems ?? '')
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      }),
    (_r, v) => `Governance review of ${v.heldAt} recorded.`,
  );
  bindUpload(main, base);
}
