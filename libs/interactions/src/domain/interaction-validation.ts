import {
  CHANNELS,
  Channel,
  Interaction,
  INTERACTION_FIELDS,
  MAX_TEXT_LENGTH,
  Priority,
  PRIORITIES,
} from './interaction';
import { isStorableText, STORABLE_TEXT_RULE } from '@vendorwatch/event-store';
import { parseTimestamp } from './timestamp';

export type RawRecord = Record<string, unknown>;

export type ValidatedRow = { ok: true; interaction: Interaction } | { ok: false; externalId?: string; reason: string };

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
 * returns the interaction or every reason it is refused, so the sender can fix a row in one go.
 */
export function validateInteraction(record: RawRecord, window?: CreatedAtWindow): ValidatedRow {
  const problems: string[] = [];
  const field = (name: string) => present(record[name]);

  for (const name of Object.keys(record))
    if (!KNOWN_FIELDS.has(name)) problems.push(`${name} is not an interaction field`);

  const externalId = text(field('externalId'), 'externalId', problems, true);
  const channel = oneOf(field('channel'), 'channel', CHANNELS, problems, true) as Channel | undefined;
  const priority = oneOf(field('priority'), 'priority', PRIORITIES, problems, false) as Priority | undefined;
  const customerRef = text(field('customerRef'), 'customerRef', problems, false);
  const agentRef = text(field('agentRef'), 'agentRef', problems, false);
  const createdAt = time(field('createdAt'), 'createdAt', problems, true);
  const firstResponseAt = time(field('firstResponseAt'), 'firstResponseAt', problems, false);
  const resolvedAt = time(field('resolvedAt'), 'resolvedAt', problems, false);
  const reopened = flag(field('reopened'), 'reopened', problems);
  const abandoned = flag(field('abandoned'), 'abandoned', problems);
  const csat = score(field('csat'), problems);

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
    },
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

function time(value: unknown, name: string, problems: string[], required: boolean): Date | undefined {
  if (value === undefined) {
    if (required) problems.push(`${name} is missing`);
    return undefined;
  }
  const parsed = typeof value === 'string' ? parseTimestamp(value.trim()) : undefined;
  if (parsed === undefined) problems.push(`${name} "${String(value).slice(0, 40)}" is not an ISO-8601 date-time`);
  return parsed === undefined ? undefined : new Date(parsed);
}

function flag(value: unknown, name: string, problems: string[]): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value as boolean | undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  problems.push(`${name} must be true or false`);
  return undefined;
}

function score(value: unknown, problems: string[]): number | undefined {
  if (value === undefined) return undefined;
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(number) && number >= 1 && number <= 5) return number;
  problems.push(`csat ${String(value).slice(0, 20)} is not a whole number from 1 to 5`);
  return undefined;
}
