const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const FOUR_CENTURIES_MS = 146_097 * 86_400_000;
const ZONE = /^(?:Z|[+-]\d{2}:?\d{2})?$/;

/** How a time written without a zone offset is read: the wall clock of the zone the ingest assumes. */
export interface LocalZone {
  readonly zoneName: string;
  read(wallMs: number): { instant: number; kind: 'exact' | 'ambiguous' | 'skipped' };
}

export interface ParsedTimestamp {
  ms: number;
  /** Written without an offset, so read in the assumed zone (UTC when none is given). */
  zoneless: boolean;
}

/** A zone-less local time that the assumed zone skips (a daylight-saving gap): it names no instant. */
export const SKIPPED_LOCAL_TIME = 'skipped';

/**
 * Parses an ISO-8601 date-time (`T` or a space between date and time) into epoch milliseconds; a time without a
 * zone offset is read on the wall clock of `zone` (UTC when none): the earlier instant when it occurs twice,
 * `SKIPPED_LOCAL_TIME` when it never occurs. Unlike `Date.parse` it refuses dates that do not exist (2026-02-30),
 * and it is hand-rolled because it runs several times per row of million-row imports.
 */
export function parseTimestamp(
  text: string,
  zone?: LocalZone,
): ParsedTimestamp | typeof SKIPPED_LOCAL_TIME | undefined {
  if (
    text.length < 16 ||
    text[4] !== '-' ||
    text[7] !== '-' ||
    (text[10] !== 'T' && text[10] !== ' ') ||
    text[13] !== ':'
  )
    return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  let i = 16;
  let second = 0;
  let millis = 0;
  if (text[i] === ':') {
    second = digits(text, i + 1, 2);
    i += 3;
    if (text[i] === '.') {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      if (end === i + 1 || end - i - 1 > 9) return undefined;
      millis = digits(text.slice(i + 1, Math.min(end, i + 4)).padEnd(3, '0'), 0, 3);
      i = end;
    }
  }
  const offset = text.slice(i);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59 ||
    millis < 0 ||
    !ZONE.test(offset)
  )
    return undefined;
  // Date.UTC reads years 0–99 as 1900–1999; 400 Gregorian years later the calendar is the same, so shift and back.
  const wallMs = Date.UTC(year + 400, month - 1, day, hour, minute, second, millis) - FOUR_CENTURIES_MS;
  if (offset !== '') return { ms: wallMs - zoneOffsetMs(offset), zoneless: false };
  if (!zone) return { ms: wallMs, zoneless: true };
  const local = zone.read(wallMs);
  return local.kind === 'skipped' ? SKIPPED_LOCAL_TIME : { ms: local.instant, zoneless: true };
}

/** The number written in `length` ASCII digits at `start`; -1 when any of them is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

function zoneOffsetMs(offset: string): number {
  if (offset === 'Z') return 0;
  const hours = digits(offset, 1, 2);
  const minutes = digits(offset, offset[3] === ':' ? 4 : 3, 2);
  return (offset[0] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}
