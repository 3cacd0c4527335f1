import {
  CHANNELS,
  Channel,
  Interaction,
  INTERACTION_FIELDS,
  MAX_PAUSED_MINUTES,
  MAX_TEXT_LENGTH,
  Priority,
  PRIORITIES,
} from './interaction';
import { isStorableText, STORABLE_TEXT_RULE } from '@vendorwatch/event-store';
import { LocalZone, parseTimestamp, SKIPPED_LOCAL_TIME } from './timestamp';

export type RawRecord = Record<string, unknown>;

/** `zoneless`: a timestamp of the row had no zone offset and was read in the assumed zone. */
export type ValidatedRow =
  { ok: true; interaction: Interaction; zoneless: boolean } | { ok: false; externalId?: string; reason: string };

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

const KNOWN_FIELDS = new Set<string>(INTERACTION_FIELDS);
const DAY_MS = 86_400_000;

/**
 * The `createdAt` an ingest accepts: helpdesk records of this century up to a year ahead of the server's clock. Each
 * period an ingest touches is re-measured in one transaction, so one file spanning centuries would otherwise
 * append thousands of measurements and hold back every projection meanwhile.
 */
export interface CreatedAtWindow {
  earliest: Date;
  latest: Date;
}

export function createdAtWindow(now: Date): CreatedAtWindow {
  return { earliest: new Date('2000-01-01T00:00:00.000Z'), latest: new Date(now.getTime() + 366 * DAY_MS) };
}

/**
 * Checks one record of an ingest (a JSON object or a CSV row: strings, empty cells meaning absent) and either
 * returns the interaction or every reason it is refused, so the sender can fix a row in one go. Times without a
 * zone offset are read in `zone` (UTC when none).
 */
export function validateInteraction(
  record: RawRecord,
  { zone, window }: { zone?: LocalZone; window?: CreatedAtWindow } = {},
): ValidatedRow {
  const problems: string[] = [];
  const field = (name: string) => present(record[name]);
  const zoneless = { seen: false };
  const time = (name: string, required: boolean) => timestamp(field(name), name, problems, required, zone, zoneless);

  for (const name of Object.keys(record))
    if (!KNOWN_FIELDS.has(name)) problems.push(`${name} is not an interaction field`);

  const externalId = text(field('externalId'), 'externalId', problems, true);
  const channel = oneOf(field('channel'), 'channel', CHANNELS, problems, true) as Channel | undefined;
  const priority = oneOf(field('priority'), 'priority', PRIORITIES, problems, false) as Priority | undefined;
  const customerRef = text(field('customerRef'), 'customerRef', problems, false);
  const agentRef = text(field('agentRef'), 'agentRef', problems, false);
  const createdAt = time('createdAt', true);
  const firstResponseAt = time('firstResponseAt', false);
  const resolvedAt = time('resolvedAt', false);
  const reopened = flag(field('reopened'), 'reopened', problems);
  const abandoned = flag(field('abandoned'), 'abandoned', problems);
  const csat = score(field('csat'), problems);
  const pausedMinutes = minutes(field('pausedMinutes'), problems);

  if (createdAt && window && (createdAt < window.earliest || createdAt > window.latest)) {
    problems.push(
      `createdAt ${createdAt.toISOString()} is outside ${window.earliest.toISOString()} … ${window.latest.toISOString()}`,
    );
  }
  if (createdAt && firstResponseAt && firstResponseAt < createdAt) problems.push('firstResponseAt is before createdAt');
  if (createdAt && resolvedAt && resolvedAt < createdAt) problems.push('resolvedAt is before createdAt');

  if (problems.length > 0 || !externalId || !channel || !createdAt) {
    return { ok: false, ...(externalId ? { externalId } : {}), reason: problems.join('; ') };
  }
  return {
    ok: true,
    interaction: {
      externalId,
      channel,
      priority,
      customerRef,
      agentRef,
      createdAt,
      firstResponseAt,
      resolvedAt,
      reopened,
      csat,
      abandoned,
      pausedMinutes,
    },
    zoneless: zoneless.seen,
  };
}

function present(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

function text(value: unknown, name: string, problems: string[], required: boolean): string | undefined {
  if (value === undefined) {
    if (required) problems.push(`${name} is missing`);
    return undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    problems.push(`${name} must be a string`);
    return undefined;
  }
  const result = String(value).trim();
  if (!isStorableText(result)) {
    problems.push(`${name}: ${STORABLE_TEXT_RULE}`);
    return undefined;
  }
  if (result.length > MAX_TEXT_LENGTH) {
    problems.push(`${name} is longer than ${MAX_TEXT_LENGTH} characters`);
    return undefined;
  }
  return result;
}

function oneOf(
  value: unknown,
  name: string,
  allowed: readonly string[],
  problems: string[],
  required: boolean,
): string | undefined {
  const given = text(value, name, problems, required);
  if (given === undefined || allowed.includes(given)) return given;
  problems.push(`${name} "${given.slice(0, 40)}" is not one of ${allowed.join(', ')}`);
  return undefined;
}

function timestamp(
  value: unknown,
  name: string,
  problems: string[],
  required: boolean,
  zone: LocalZone | undefined,
  zoneless: { seen: boolean },
): Date | undefined {
  if (value === undefined) {
    if (required) problems.push(`${name} is missing`);
    return undefined;
  }
  const parsed = typeof value === 'string' ? parseTimestamp(value.trim(), zone) : undefined;
  if (parsed === SKIPPED_LOCAL_TIME) {
    problems.push(
      `${name} "${shown(value, 40)}" does not exist in ${zone?.zoneName ?? 'UTC'}: the clocks skip it (daylight saving)`,
    );
    return undefined;
  }
  if (parsed === undefined) {
    problems.push(`${name} "${shown(value, 40)}" is not an ISO-8601 date-time`);
    return undefined;
  }
  if (parsed.zoneless) zoneless.seen = true;
  return new Date(parsed.ms);
}

/** true/false/yes/no/1/0 in any case (helpdesk exports differ), or a JSON boolean. */
function flag(value: unknown, name: string, problems: string[]): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : '';
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  problems.push(`${name} must be true or false (or yes/no, 1/0)`);
  return undefined;
}

function minutes(value: unknown, problems: string[]): number | undefined {
  if (value === undefined) return undefined;
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)
        ? Number(value)
        : NaN;
  if (Number.isFinite(number) && number >= 0 && number <= MAX_PAUSED_MINUTES) return number;
  problems.push(`pausedMinutes ${shown(value, 20)} is not a number of minutes from 0 to ${MAX_PAUSED_MINUTES}`);
  return undefined;
}

function score(value: unknown, problems: string[]): number | undefined {
  if (value === undefined) return undefined;
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(number) && number >= 1 && number <= 5) return number;
  problems.push(`csat ${shown(value, 20)} is not a whole number from 1 to 5`);
  return undefined;
}

/** A value as a rejection reason quotes it, cut short. */
function shown(value: unknown, length: number): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return text.slice(0, length);
}
