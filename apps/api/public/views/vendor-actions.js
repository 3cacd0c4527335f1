import { hasRole, send } from '../api.js';
import { html } from '../dom.js';
import { bindForm, field, form, num, text } from '../forms.js';
import {
  CHANNELS,
  CRITERIA,
  DD_OUTCOMES,
  DUE_DILIGENCE,
  options,
  PRICING_MODELS,
  REFERENCE_OUTCOMES,
} from '../labels.js';
import { checkboxes } from './vendors.js';

const SCORES = [['', 'Not scored'], ...[1, 2, 3, 4, 5].map((s) => [s, String(s)])];

const evaluationForm = () =>
  form(
    'evaluate-vendor',
    'Evaluate',
    [
      html`<p class="hint">Score each criterion 1 (poor) to 5 (excellent); the weights say how much each counts.</p>`,
      ...options(CRITERIA).flatMap(([key, l], i) => [
        html`<div class="pair">
          ${field(`score-${key}`, `${l}: score`, { options: SCORES, field: `criteria.${i}.score` })}
          ${field(`weight-${key}`, `${l}: weight`, { type: 'number', value: key === 'price' ? 2 : 1, field: `criteria.${i}.weight`, attrs: 'min="0" step="any"' })}
        </div>`,
      ]),
      field('pricingModel', 'Pricing model', {
        options: options(PRICING_MODELS),
        required: true,
        field: 'pricing.model',
      }),
      html`<div class="pair">
        ${field('rate', 'Rate', { type: 'number', required: true, field: 'pricing.rate.amount', attrs: 'step="any" min="0"' })}
        ${field('currency', 'Currency', { required: true, value: 'USD', field: 'pricing.rate.currency' })}
      </div>`,
    ],
    'Save evaluation',
  );

function evaluationBody(v) {
  const criteria = Object.keys(CRITERIA)
    .filter((key) => v[`score-${key}`])
    .map((key) => ({ key, score: Number(v[`score-${key}`]), weight: num(v[`weight-${key}`]) }));
  return { criteria, pricing: { model: v.pricingModel, rate: { amount: num(v.rate), currency: text(v.currency) } } };
}

const draftForm = () =>
  form(
    'draft-contract',
    'Draft a contract',
    [
      field('title', 'Title', { required: true }),
      html`<div class="pair">
        ${field('startDate', 'Start date', { type: 'date', required: true })}
        ${field('endDate', 'End date', { type: 'date', required: true })}
      </div>`,
      checkboxes('channels', 'Channels', CHANNELS),
      html`<div class="pair">
        ${field('fee', 'Monthly fee', { type: 'number', required: true, field: 'monthlyFee.amount', attrs: 'min="0" step="any"' })}
        ${field('feeCurrency', 'Currency', { required: true, value: 'USD', field: 'monthlyFee.currency' })}
      </div>`,
      field('serviceCreditCapPercent', 'Service credit cap (% of the fee per month)', {
        type: 'number',
        attrs: 'min="0" max="100" step="any"',
      }),
    ],
    'Draft contract',
  );

/** Procurement's vetting and decisions on a vendor, each a form; staff-only data never reaches a vendor user. */
export function vendorActions(vendor) {
  const forms = [];
  if (hasRole('procurement')) {
    forms.push(
      evaluationForm(),
      form(
        'reference-check',
        'Log a reference check',
        [
          field('company', 'Company', { required: true }),
          field('contactRole', 'Contact’s role', { required: true }),
          field('outcome', 'Outcome', { options: options(REFERENCE_OUTCOMES), required: true }),
          field('notes', 'Notes', { rows: 2 }),
        ],
        'Save reference check',
      ),
      form(
        'due-diligence',
        'Record due diligence',
        [
          field('item', 'Item', { options: options(DUE_DILIGENCE), required: true }),
          field('outcome', 'Outcome', { options: options(DD_OUTCOMES), required: true }),
          field('notes', 'Notes', { rows: 2 }),
        ],
        'Save due diligence',
      ),
    );
    if (vendor.status === 'prospect')
      forms.push(
        form(
          'approve-vendor',
          'Approve',
          [field('rationale', 'Rationale', { rows: 2, required: true })],
          'Approve vendor',
        ),
        form('reject-vendor', 'Reject', [field('reason', 'Reason', { rows: 2, required: true })], 'Reject vendor'),
      );
    if (vendor.status !== 'offboarded') forms.push(draftForm());
  }
  if (hasRole('procurement', 'ops_manager', 'vendor'))
    forms.push(
      form(
        'roster-report',
        'Report the roster',
        [
          field('month', 'Month', { type: 'month', required: true }),
          html`<div class="pair">
            ${field('headcountStart', 'Headcount at start', { type: 'number', required: true, attrs: 'min="0"' })}
            ${field('headcountEnd', 'Headcount at end', { type: 'number', required: true, attrs: 'min="0"' })}
          </div>`,
          html`<div class="pair">
            ${field('leavers', 'Leavers', { type: 'number', required: true, attrs: 'min="0"' })}
            ${field('hires', 'Hires', { type: 'number', required: true, attrs: 'min="0"' })}
          </div>`,
        ],
        'Save roster report',
      ),
    );
  return forms.length
    ? html`<h2>Actions</h2>
        <div class="actions">${forms}</div>`
    : '';
}

export function bindVendorActions(main, vendor) {
  const on = (id, path, body, said) =>
    bindForm(main.querySelector(`#${id}`), (v, f) => send(`/vendors/${vendor.id}${path}`, body(v, f)), said);
  on('evaluate-vendor', '/evaluations', evaluationBody, () => 'Evaluation saved: the weighted score is updated.');
  on(
    'reference-check',
    '/reference-checks',
    (v) => ({ ...v, notes: text(v.notes) }),
    (_r, v) => `Reference check with ${v.company} saved.`,
  );
  on(
    'due-diligence',
    '/due-diligence',
    (v) => ({ ...v, notes: text(v.notes) }),
    (_r, v) => `${DUE_DILIGENCE[v.item]}: ${DD_OUTCOMES[v.outcome].toLowerCase()}.`,
  );
  on(
    'approve-vendor',
    '/approve',
    (v) => ({ rationale: text(v.rationale) }),
    () => `${vendor.name} is approved.`,
  );
  on(
    'reject-vendor',
    '/reject',
    (v) => ({ reason: text(v.reason) }),
    () => `${vendor.name} is rejected.`,
  );
  on(
    'roster-report',
    '/roster-reports',
    (v) => ({
      month: v.month,
      ...Object.fromEntries(['headcountStart', 'headcountEnd', 'leavers', 'hires'].map((k) => [k, num(v[k])])),
    }),
    (_r, v) => `Roster for ${v.month} saved.`,
  );
  bindForm(
    main.querySelector('#draft-contract'),
    (v, f) =>
      send('/contracts', {
        vendorId: vendor.id,
        title: text(v.title),
        startDate: v.startDate,
        endDate: v.endDate,
        channels: f.getAll('channels'),
        monthlyFee: { amount: num(v.fee), currency: text(v.feeCurrency) },
        serviceCreditCapPercent: num(v.serviceCreditCapPercent),
      }),
    (r, v) => ({ message: `Contract “${v.title}” drafted.`, href: `#/contracts/${r.id}` }),
  );
}
