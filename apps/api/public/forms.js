import { ApiError } from './api.js';
import { esc, flash, html, raw, reload } from './dom.js';

let counter = 0;

/**
 * One labelled input with room for its error. `field` is the API's dotted path (`criteria.0.score`) the error
 * details name; `options` makes a select (`[[value, label]]`), `rows` a textarea.
 */
export function field(name, label, opts = {}) {
  const id = `f-${++counter}`;
  const { type = 'text', required, options, rows, hint, value = '', attrs = '' } = opts;
  const data = raw(
    `data-field="${esc(opts.field ?? name)}" aria-describedby="${id}-error${hint ? ` ${id}-hint` : ''}"`,
  );
  const common = raw(`id="${id}" name="${esc(name)}" ${required ? 'required' : ''} ${attrs}`);
  const control = options
    ? html`<select ${common} ${data}>
        ${options.map(([v, l]) => html`<option value="${v}" ${String(v) === String(value) ? raw('selected') : ''}>${l}</option>`)}
      </select>`
    : rows
      ? html`<textarea ${common} ${data} rows="${rows}">${value}</textarea>`
      : html`<input ${common} ${data} type="${type}" value="${value}" />`;
  return html`<div class="field">
    <label for="${id}">${label}${required || options ? '' : html` <span class="muted">(optional)</span>`}</label>
    ${control} ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ''}
    <p class="field-error" id="${id}-error"></p>
  </div>`;
}

/** A form with a heading, its fields, a submit button and a place for the API's refusal. */
export function form(id, title, fields, submitLabel) {
  return html`<form id="${id}" class="card action" novalidate aria-labelledby="${id}-title">
    <h3 id="${id}-title">${title}</h3>
    ${fields}
    <p class="form-error" role="alert"></p>
    <button type="submit">${submitLabel}</button>
  </form>`;
}

function showErrors(formEl, error) {
  const unplaced = [];
  for (const detail of error.details) {
    const target =
      formEl.querySelector(`[data-field="${CSS.escape(detail.field)}"]`) ??
      formEl.querySelector(`[data-field="${CSS.escape(String(detail.field).split('.')[0])}"]`);
    const message = (detail.errors ?? []).join('; ');
    if (!target) {
      unplaced.push(message);
      continue;
    }
    target.setAttribute('aria-invalid', 'true');
    const slot = formEl.querySelector(`#${target.id}-error`);
    slot.textContent = [slot.textContent, message].filter(Boolean).join('; ');
  }
  const summary = error.details.length ? 'Please correct the fields marked below.' : error.message;
  formEl.querySelector('.form-error').textContent = [summary, ...unplaced].join(' ');
  (formEl.querySelector('[aria-invalid="true"]') ?? formEl.querySelector('.form-error')).focus?.();
}

function clearErrors(formEl) {
  formEl.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  formEl.querySelectorAll('.field-error, .form-error').forEach((el) => (el.textContent = ''));
}

/**
 * Submits through `submit(values, formData)` (formData for multi-valued fields); the form is disabled meanwhile, the API's messages land next to the
 * fields, and on success `confirm(result, values)` says what changed above the re-rendered page (a string, or
 * `{ message, href }` to go to the page of what was created).
 */
export function bindForm(formEl, submit, confirm) {
  if (!formEl) return;
  formEl.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(formEl);
    document.getElementById('notice').textContent = '';
    // Read before disabling: disabled controls are left out of a FormData.
    const data = new FormData(formEl);
    const values = Object.fromEntries(data);
    const controls = [...formEl.elements].filter((el) => !el.disabled);
    controls.forEach((el) => (el.disabled = true));
    formEl.setAttribute('aria-busy', 'true');
    try {
      const result = await submit(values, data);
      const said = confirm(result, values);
      flash.message = said?.message ?? said;
      if (said?.href && location.hash !== said.href) location.hash = said.href;
      else reload();
    } catch (error) {
      controls.forEach((el) => (el.disabled = false));
      if (!(error instanceof ApiError)) throw error;
      showErrors(formEl, error);
    } finally {
      formEl.removeAttribute('aria-busy');
    }
  });
}

/** Trimmed text, or undefined when empty (optional fields are left out of the body). */
export const text = (value) => (String(value ?? '').trim() === '' ? undefined : String(value).trim());
export const num = (value) => (String(value ?? '').trim() === '' ? undefined : Number(value));
export const list = (value) =>
  String(value ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
