const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The one reading of ISO-8601 the API accepts, exactly what it can store and convert back: the extended calendar
 * form `YYYY-MM-DD`, optionally with `THH:MM[:SS[.fraction]]` and `Z` or `±HH:MM` (none means UTC), years
 * 0001–9999 kept as written. Week (`2026-W05-1`), ordinal (`2026-032`) and basic (`20260201T1000Z`) forms, and
 * dates that do not exist, answer undefined.
 */
export function parseIsoInstant(text: string): Date | undefined {
  const match = FORM.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const millis = match[7] ? Number(match[7].slice(0, 3).padEnd(3, '0')) : 0;
  const zone = match[8] ?? 'Z';
  const offsetHours = zone === 'Z' ? 0 : Number(zone.slice(1, 3));
  const offsetMinutes = zone === 'Z' ? 0 : Number(zone.slice(4, 6));
  if (year < 1 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (offsetHours > 18 || offsetMinutes > 59) return undefined;
  const at = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are instead of reading them as 1900–1999.
  at.setUTCFullYear(year, month - 1, day);
  if (at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return undefined;
  const sign = zone.startsWith('-') ? -1 : 1;
  at.setUTCHours(hour, minute, second, millis);
  return new Date(at.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000);
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseIsoInstant(text) !== undefined;
}
