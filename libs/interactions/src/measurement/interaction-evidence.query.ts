import { queryRows } from '@vendorwatch/event-store';
import { ComputedSla, EvidenceOutcome, EvidencePage, EvidenceQuery, periodEndOf } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { InteractionMetric, METRICS, scopeSql } from './period-figures.query';

/** For the `max` metrics the counted condition is the bad outcome: a reopened or abandoned record is missed. */
const COUNTED_AS: Record<InteractionMetric, 'met' | 'missed'> = {
  first_response_time: 'met',
  resolution_time: 'met',
  service_level: 'met',
  csat: 'met',
  reopen_rate: 'missed',
  abandonment_rate: 'missed',
};

/** Why a record is outside a figure's sample (SPEC §13 reasons). */
const EXCLUDED_BECAUSE: Record<InteractionMetric, string> = {
  first_response_time: `'not_yet_due'`,
  resolution_time: `'not_yet_due'`,
  service_level: `CASE WHEN i.channel NOT IN ('voice', 'chat') THEN 'not_in_scope' ELSE 'not_yet_due' END`,
  csat: `'no_csat'`,
  reopen_rate: `'not_resolved'`,
  abandonment_rate: `'not_voice'`,
};

const ELAPSED: Partial<Record<InteractionMetric, string>> = {
  first_response_time: 'i.first_response_at',
  resolution_time: 'i.resolved_at',
  service_level: 'i.first_response_at',
};

interface EvidenceRow {
  externalId: string;
  channel: string;
  priority: string | null;
  createdAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  csat: number | null;
  reopened: boolean | null;
  abandoned: boolean | null;
  pausedMinutes: number | null;
  submittedBy: string | null;
  submittedRole: string | null;
  submittedAt: Date;
  elapsedMinutes: number | null;
  outcome: EvidenceOutcome;
  reason: string | null;
  total: number;
}

/**
 * The interactions behind one period's figure, each with how it counted, classified by the same SQL conditions as
 * the figure itself at the instant it was measured, so the met and missed counts reproduce it.
 */
export async function interactionEvidence(
  manager: EntityManager,
  sla: ComputedSla,
  periodStart: string,
  measuredAt: Date,
  query: EvidenceQuery,
): Promise<EvidencePage> {
  const from = `${periodStart}T00:00:00.000Z`;
  const to = periodEndOf(sla.period, new Date(from)).toISOString();
  const classified = (parameters: unknown[]) => classifiedSql(sla, measuredAt, [from, to], parameters);
  const countParameters: unknown[] = [];
  const counts = await queryRows<{ outcome: EvidenceOutcome; n: number }>(
    manager,
    `WITH classified AS (${classified(countParameters)})
     SELECT outcome, count(*)::int AS n FROM classified GROUP BY outcome`,
    countParameters,
  );
  const pageParameters: unknown[] = [];
  const rows = await queryRows<EvidenceRow>(
    manager,
    `WITH classified AS (${classified(pageParameters)})
     SELECT external_id AS "externalId", channel, priority, created_at AS "createdAt",
            first_response_at AS "firstResponseAt", resolved_at AS "resolvedAt", csat, reopened, abandoned,
            paused_minutes::float8 AS "pausedMinutes", submitted_by AS "submittedBy", submitted_role AS "submittedRole",
            coalesce(submitted_at, received_at) AS "submittedAt", elapsed_minutes AS "elapsedMinutes", outcome, reason,
            (count(*) OVER ())::int AS total
     FROM classified WHERE $${pageParameters.push(query.outcome ?? null)}::text IS NULL OR outcome = $${pageParameters.length}::text
     ORDER BY created_at, external_id LIMIT $${pageParameters.push(query.limit)} OFFSET $${pageParameters.push(query.offset)}`,
    pageParameters,
  );
  const count = (outcome: EvidenceOutcome) => counts.find((c) => c.outcome === outcome)?.n ?? 0;
  const all = count('met') + count('missed') + count('excluded');
  return {
    items: rows.map(itemOf),
    total: rows[0]?.total ?? (query.outcome ? count(query.outcome) : all),
    counts: { met: count('met'), missed: count('missed'), excluded: count('excluded') },
  };
}

/**
 * The period's interactions with outcome and reason. Parameters are added where first used (PostgreSQL refuses one
 * that the statement never mentions).
 */
function classifiedSql(
  sla: ComputedSla,
  measuredAt: Date,
  [from, to]: [string, string],
  parameters: unknown[],
): string {
  const metric = sla.metric as InteractionMetric;
  const sql = METRICS[metric];
  const parameter = (value: unknown, type: string) => `$${parameters.push(value)}::${type}`;
  let thresholdSql: string | undefined;
  let nowSql: string | undefined;
  const threshold = () => (thresholdSql ??= parameter(sla.thresholdMinutes ?? 0, 'int'));
  const now = () => (nowSql ??= parameter(measuredAt.toISOString(), 'timestamptz'));
  const contract = parameter(sla.contractId, 'uuid');
  const range = `i.created_at >= ${parameter(from, 'timestamptz')} AND i.created_at < ${parameter(to, 'timestamptz')}`;
  const inScope = scopeSql(sla.appliesTo, parameter);
  const inSample = [...inScope, sql.sample(threshold, now)].join(' AND ');
  const [counted, uncounted] = COUNTED_AS[metric] === 'met' ? ['met', 'missed'] : ['missed', 'met'];
  const elapsed = ELAPSED[metric];
  const elapsedSql = elapsed
    ? `round((extract(epoch FROM ${elapsed} - i.created_at) / 60)::numeric, 2)::float8`
    : 'NULL::float8';
  return `SELECT i.*,
            CASE WHEN ${inSample} AND ${sql.met(threshold)} THEN '${counted}' WHEN ${inSample} THEN '${uncounted}'
                 ELSE 'excluded' END AS outcome,
            CASE WHEN ${inSample} THEN NULL ${inScope.length ? `WHEN NOT (${inScope.join(' AND ')}) THEN 'not_in_scope'` : ''}
                 ELSE ${EXCLUDED_BECAUSE[metric]} END AS reason,
            ${elapsedSql} AS elapsed_minutes
     FROM interactions i WHERE i.contract_id = ${contract} AND ${range}`;
}

function itemOf(row: EvidenceRow) {
  return {
    externalId: row.externalId,
    channel: row.channel,
    priority: row.priority ?? 'normal',
    createdAt: row.createdAt.toISOString(),
    ...(row.firstResponseAt ? { firstResponseAt: row.firstResponseAt.toISOString() } : {}),
    ...(row.resolvedAt ? { resolvedAt: row.resolvedAt.toISOString() } : {}),
    ...(row.csat !== null ? { csat: row.csat } : {}),
    ...(row.reopened !== null ? { reopened: row.reopened } : {}),
    ...(row.abandoned !== null ? { abandoned: row.abandoned } : {}),
    ...(row.pausedMinutes !== null ? { pausedMinutes: row.pausedMinutes } : {}),
    ...(row.elapsedMinutes !== null ? { elapsedMinutes: row.elapsedMinutes } : {}),
    outcome: row.outcome,
    ...(row.reason ? { reason: row.reason } : {}),
    // Records stored before provenance was kept have no known sender.
    submittedBy: { userId: row.submittedBy, role: row.submittedRole },
    submittedAt: row.submittedAt.toISOString(),
  };
}
