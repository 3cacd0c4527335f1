import { HelpdeskCase } from './helpdesk-log';
import { SeedClient } from './seed-client';

const WEEK_MS = 7 * 24 * 3600 * 1000;
const BATCH = 5000;
const FIELDS = [
  'externalId',
  'channel',
  'priority',
  'customerRef',
  'agentRef',
  'createdAt',
  'firstResponseAt',
  'resolvedAt',
  'reopened',
  'csat',
] as const;

type Channel = 'voice' | 'chat' | 'email' | 'social';

/** How one vendor's helpdesk differs from the log: its channels, its speed and how satisfied its customers are. */
export interface InteractionProfile {
  prefix: string;
  channels: Channel[];
  /** Multiplies the time to first response and to resolution (0.5 = twice as fast as the log). */
  speed: number;
  /** Added to every CSAT answer before it is clamped to 1..5. */
  satisfaction: number;
  agents: number;
}

export type InteractionRow = Record<(typeof FIELDS)[number], string | number | boolean | undefined>;

export interface IngestReport {
  accepted: number;
  rejectedCount: number;
  measurementsRecorded: number;
  position?: string;
}

/** The `weeks` whole ISO weeks that ended at the last Monday 00:00 UTC: every period the seed fills has ended. */
export function seededWeeks(now: Date, weeks: number): { start: number; end: number } {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const end = midnight - ((new Date(midnight).getUTCDay() + 6) % 7) * 24 * 3600 * 1000;
  return { start: end - weeks * WEEK_MS, end };
}

/** A number in [0, 1) fixed by the text (FNV-1a), so the same case always gets the same agent, channel and CSAT. */
export function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash / 2 ** 32;
}

const pick = <T>(list: readonly T[], unit: number): T =>
  list[Math.min(list.length - 1, Math.floor(unit * list.length))];

function priorityOf(unit: number): string {
  if (unit < 0.2) return 'low';
  if (unit < 0.75) return 'normal';
  return unit < 0.95 ? 'high' : 'urgent';
}

/** A survey answer for about 45 % of resolved tickets: quick resolutions please customers, slow ones do not. */
function csatOf(key: string, resolvedAfterMs: number | undefined, profile: InteractionProfile): number | undefined {
  if (resolvedAfterMs === undefined || unitHash(`${key}:survey`) >= 0.45) return undefined;
  const days = resolvedAfterMs / (24 * 3600 * 1000);
  const base = days <= 1 ? 5 : days <= 3 ? 4 : days <= 7 ? 3 : 2;
  const noise = Math.round((unitHash(`${key}:csat`) - 0.5) * 2.4);
  return Math.max(1, Math.min(5, base + noise + profile.satisfaction));
}

/**
 * The log's cases as one vendor's interactions: creation times stretched over the seeded weeks (the log's order
 * and weekly rhythm kept), response and resolution delays scaled by the vendor's speed. A response or resolution
 * that would fall after `now` has not happened yet and is left out.
 */
export function toInteractions(
  cases: HelpdeskCase[],
  profile: InteractionProfile,
  weeks: { start: number; end: number },
  now: Date,
): InteractionRow[] {
  if (cases.length === 0) return [];
  const first = cases[0].createdAt;
  const span = cases[cases.length - 1].createdAt - first + 1;
  const happened = (at: number | undefined) =>
    at !== undefined && at <= now.getTime() ? new Date(at).toISOString() : undefined;
  return cases.map((c) => {
    const key = `${profile.prefix}:${c.caseId}`;
    const createdAt = weeks.start + Math.floor(((c.createdAt - first) / span) * (weeks.end - weeks.start));
    const resolvedAfter = c.resolvedAfter === undefined ? undefined : c.resolvedAfter * profile.speed;
    const resolvedAt = happened(resolvedAfter === undefined ? undefined : createdAt + resolvedAfter);
    return {
      externalId: `${profile.prefix}-${c.caseId}`,
      channel: pick(profile.channels, unitHash(`${key}:channel`)),
      priority: priorityOf(unitHash(`${key}:priority`)),
      customerRef: `cust-${Math.floor(unitHash(`${key}:customer`) * cases.length * 0.6)}`,
      agentRef: `${profile.prefix}-agent-${String(1 + Math.floor(unitHash(`${key}:agent`) * profile.agents)).padStart(2, '0')}`,
      createdAt: new Date(createdAt).toISOString(),
      firstResponseAt: happened(
        c.firstResponseAfter === undefined ? undefined : createdAt + c.firstResponseAfter * profile.speed,
      ),
      resolvedAt,
      reopened: resolvedAt ? c.reopened : undefined,
      csat: resolvedAt ? csatOf(key, resolvedAfter, profile) : undefined,
    };
  });
}

/** SPEC §6's CSV: a header row of field names, empty cells for absent values. */
export function interactionsCsv(rows: InteractionRow[]): string {
  const lines = rows.map((row) =>
    FIELDS.map((field) => (row[field] === undefined ? '' : String(row[field]))).join(','),
  );
  return [FIELDS.join(','), ...lines].join('\n') + '\n';
}

/** Posts the rows as CSV in batches; every rejected row is an error, since the seed builds only valid ones. */
export async function ingestInteractions(
  api: SeedClient,
  contractId: string,
  rows: InteractionRow[],
): Promise<IngestReport> {
  const total: IngestReport = { accepted: 0, rejectedCount: 0, measurementsRecorded: 0 };
  for (let i = 0; i < rows.length; i += BATCH) {
    const report = await api.postCsv<IngestReport & { rejected: unknown[] }>(
      `/contracts/${contractId}/interactions`,
      interactionsCsv(rows.slice(i, i + BATCH)),
    );
    if (report.rejectedCount > 0)
      throw new Error(
        `The interactions ingest rejected ${report.rejectedCount} rows: ${JSON.stringify(report.rejected.slice(0, 3))}`,
      );
    total.accepted += report.accepted;
    total.measurementsRecorded += report.measurementsRecorded;
    total.position = report.position ?? total.position;
  }
  return total;
}
