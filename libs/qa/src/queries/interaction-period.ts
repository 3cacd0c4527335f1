const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `from`/`to` of QA reads filter on when the reviewed interaction occurred. A date `to` includes that whole day;
 * a timestamp `to` is inclusive. Answers the half-open range [from, before).
 */
export function interactionPeriod(from?: string, to?: string): { from?: Date; before?: Date } {
  const before = to === undefined ? undefined : new Date(new Date(to).getTime() + (DATE_ONLY.test(to) ? DAY_MS : 1));
  return { from: from === undefined ? undefined : new Date(from), before };
}
