/** Tiny helpers: escaped HTML templates and formatting. */
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Safe HTML: a string that is inserted as markup, not escaped. */
export const raw = (text) => ({ raw: text, toString: () => text });

const piece = (v) => (Array.isArray(v) ? v.map(piece).join('') : (v?.raw ?? esc(v)));

/** Tagged template: interpolated values are escaped unless they are raw() or nested html``. */
export function html(strings, ...values) {
  return raw(strings.reduce((out, s, i) => out + piece(values[i - 1]) + s));
}

export function percent(fraction, digits = 1) {
  return fraction === null || fraction === undefined ? '—' : `${(fraction * 100).toFixed(digits)} %`;
}

export function number(value, digits = 1) {
  return value === null || value === undefined ? '—' : Number(value).toFixed(digits);
}

export function money(m) {
  return m
    ? `${Number(m.amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${m.currency}`
    : '—';
}

export function dateTime(iso) {
  return iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—';
}

/** `first_response_time` → `first response time`: API keys as words. */
export function words(key) {
  return String(key ?? '').replaceAll('_', ' ');
}

export function badge(status) {
  return raw(`<span class="badge status-${esc(status)}">${esc(words(status))}</span>`);
}

export function grade(letter) {
  if (!letter) return raw('<span class="grade grade-none" title="No checklist available">—</span>');
  return raw(
    `<span class="grade grade-${esc(letter)}" title="Governance grade ${esc(letter)}: governance risk on the outsourcing-mistakes checklist, not performance">${esc(letter)}</span>`,
  );
}

/** What a section shows when it has nothing to show, so an empty area never looks broken. */
export function empty(text) {
  return html`<p class="empty">${text}</p>`;
}

/** A sentence shown once, above the next page rendered: what a write changed. */
export const flash = { message: '' };

/** Re-renders the current page (after a write), without a circular import of the router. */
export const reload = () => window.dispatchEvent(new Event('vendorwatch:reload'));

/** "n reviews", with a warning when a figure rests on too few to judge. */
export function sample(count, noun, tooFew = 5) {
  const text = `${count} ${noun}${count === 1 ? '' : 's'}`;
  return count < tooFew ? html`${text} — <strong class="warn-text">too few to judge</strong>` : text;
}

export const dateOnly = (iso) => (iso ? String(iso).slice(0, 10) : '—');
