import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FILE = 'helpdesk-event-log.csv';
const ACTIVITY_TAKEN_IN_CHARGE = '8';
const ACTIVITY_CLOSED = '6';

/** One ticket of the public "Helpdesk" process-mining log (data/README.md), reduced to what an interaction needs. */
export interface HelpdeskCase {
  caseId: string;
  createdAt: number;
  /** Milliseconds after createdAt. */
  firstResponseAfter?: number;
  resolvedAfter?: number;
  reopened: boolean;
}

/** The log beside this file in the source tree, whether the seed runs from src (tests) or dist (npm run seed). */
export function helpdeskLogPath(): string {
  const candidates = [join(__dirname, 'data', FILE), resolve(process.cwd(), 'apps/cli/src/seed/data', FILE)];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`The helpdesk event log is missing; looked for ${candidates.join(' and ')}.`);
  return found;
}

/**
 * Cases from the event log: created at the first event, first response at the first "taken in charge" (8),
 * resolved at the last "closed" (6), reopened when an 8 follows a 6. Timestamps have no zone and are read as UTC.
 */
export function readHelpdeskCases(path = helpdeskLogPath()): HelpdeskCase[] {
  const events = new Map<string, { activity: string; at: number }[]>();
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const [caseId, activity, timestamp] = line.split(',');
    const at = Date.parse(`${timestamp.trim().replace(' ', 'T')}Z`);
    if (Number.isNaN(at)) throw new Error(`The helpdesk log has an unreadable timestamp: "${line}".`);
    const list = events.get(caseId) ?? [];
    list.push({ activity: activity.trim(), at });
    events.set(caseId, list);
  }
  return [...events].map(([caseId, list]) => toCase(caseId, list)).sort((a, b) => a.createdAt - b.createdAt);
}

function toCase(caseId: string, events: { activity: string; at: number }[]): HelpdeskCase {
  const ordered = [...events].sort((a, b) => a.at - b.at);
  const createdAt = ordered[0].at;
  const firstResponse = ordered.find((e) => e.activity === ACTIVITY_TAKEN_IN_CHARGE);
  const closings = ordered.filter((e) => e.activity === ACTIVITY_CLOSED);
  const firstClosing = ordered.findIndex((e) => e.activity === ACTIVITY_CLOSED);
  const reopened =
    firstClosing >= 0 && ordered.slice(firstClosing + 1).some((e) => e.activity === ACTIVITY_TAKEN_IN_CHARGE);
  return {
    caseId,
    createdAt,
    firstResponseAfter: firstResponse ? firstResponse.at - createdAt : undefined,
    resolvedAfter: closings.length ? closings[closings.length - 1].at - createdAt : undefined,
    reopened,
  };
}
