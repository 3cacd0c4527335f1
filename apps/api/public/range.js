import { html } from './dom.js';

/** The 1st of the month eleven months ago: by default a page covers the last twelve calendar months. */
export function yearAgo() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
}

/** `from`/`to` of the page's address (`#/vendors/x?from=…&to=…`), defaulting to the last twelve months. */
export function rangeOf(params) {
  return { from: params.get('from') || yearAgo(), to: params.get('to') || '' };
}

export const rangeQuery = ({ from, to }) => `from=${from}${to ? `&to=${to}` : ''}`;

/** A GET form that puts the range in the page's address, so the range is shareable and survives a reload. */
export function rangeForm(base, { from, to }) {
  return html`<form class="range" data-base="${base}" aria-label="Date range">
    <label>From <input type="date" name="from" value="${from}" /></label>
    <label>To <input type="date" name="to" value="${to}" /></label>
    <button type="submit">Show range</button>
  </form>`;
}

export function bindRange(main) {
  const form = main.querySelector('form.range');
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (form.from.value) params.set('from', form.from.value);
    if (form.to.value) params.set('to', form.to.value);
    location.hash = `#${form.dataset.base}?${params}`;
  });
}
