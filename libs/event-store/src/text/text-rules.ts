/**
 * The one rule for text the product stores (bodies, path and query parameters, ingest rows): no C0 control
 * character but tab, line feed and carriage return, no DEL, and no unpaired UTF-16 surrogate. PostgreSQL cannot
 * store NUL in `text` or `\u0000` and half surrogates in `jsonb`; the other controls are never meant.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !CONTROL.test(text) && !LONE_SURROGATE.test(text);
}

export const STORABLE_TEXT_RULE =
  'text may not hold control characters (such as NUL) other than tab and line breaks, nor unpaired surrogates';
