import { ComputedSla } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { ClockedMetric, ClockedRow } from './clocked-outcome';
import { Range, scopeSql } from './period-figures.query';

/** Days held in memory at once: the pass reads the grouped days through a cursor in batches of this. */
const DAYS_PER_BATCH = 31;

type ClockedSla = ComputedSla & { metric: ClockedMetric };
type PackedColumn = 'createdAt' | 'firstResponseAt' | 'resolvedAt' | 'pausedMinutes';
type Parameter = (value: unknown, type: string) => string;

/** One UTC day of the measured ranges, as the clocked pass reads it. */
export interface ClockedDay {
  /** Its midnight (ms). */
  start: number;
  /** Per SLA (by index): its interactions of the day met within the threshold on the wall clock. */
  surelyMet: number[];
  /** The day's interactions that some SLA must judge on its clock. */
  rows: PackedRows;
}

/**
 * A day's rows to judge, as PostgreSQL packed them: one binary column per field, 8 bytes a row, and one character per
 * row and SLA saying whether that SLA judges the row. Reading them allocates nothing per field, which is what makes
 * this pass cheap next to one object per fetched row.
 */
export class PackedRows {
  readonly count: number;

  constructor(
    private readonly columns: Record<PackedColumn, Buffer | null>,
    private readonly judging: string,
    private readonly slaCount: number,
  ) {
    this.count = (columns.createdAt?.length ?? 0) / 8;
  }

  row(index: number): ClockedRow {
    const { createdAt, firstResponseAt, resolvedAt, pausedMinutes } = this.columns;
    return {
      createdAt: instantAt(createdAt, index) ?? 0,
      firstResponseAt: instantAt(firstResponseAt, index),
      resolvedAt: instantAt(resolvedAt, index),
      pausedMinutes: pausedMinutes && numberAt(pausedMinutes, index),
    };
  }

  /** Whether the SLA (by index) judges this row: in its scope and not surely met. */
  judges(index: number, sla: number): boolean {
    return this.judging.charCodeAt(index * this.slaCount + sla) === 49; // '1'
  }
}

/** PostgreSQL's epoch (2000-01-01) in µs since the Unix epoch. */
const POSTGRES_EPOCH_US = 946_684_800_000_000;
/** The high half of `timestamptz_send('infinity')`, which stands for NULL in a packed instant column. */
const INFINITY_HIGH = 0x7fffffff;

/** A packed `timestamptz` (µs since 2000, big-endian int64) as ms since the Unix epoch, divided once as the row path did. */
function instantAt(column: Buffer | null, index: number): number | null {
  if (!column) return null;
  const high = column.readInt32BE(index * 8);
  if (high === INFINITY_HIGH) return null;
  return (high * 2 ** 32 + column.readUInt32BE(index * 8 + 4) + POSTGRES_EPOCH_US) / 1000;
}

function numberAt(column: Buffer, index: number): number | null {
  const value = column.readDoubleBE(index * 8);
  return Number.isNaN(value) ? null : value;
}

/**
 * Business minutes never exceed wall-clock minutes, so an interaction done within the threshold on the wall clock
 * is met on any clock: PostgreSQL counts those, and only the others travel to be judged one by one.
 */
function surelyMetSql(sla: ClockedSla, parameter: Parameter): string {
  const threshold = `${parameter(sla.thresholdMinutes ?? 0, 'float8')} * interval '1 minute'`;
  return sla.metric === 'first_response_time'
    ? `(i.first_response_at IS NOT NULL AND i.first_response_at - i.created_at <= ${threshold})`
    : `(i.resolved_at IS NOT NULL AND i.resolved_at - i.created_at <= ${threshold} + coalesce(i.paused_minutes, 0)::float8 * interval '1 minute')`;
}

/** Each packed column, 8 bytes a row: instants as sent (µs since 2000; 'infinity' for NULL), the pause as float8. */
const PACKED: Record<PackedColumn, string> = {
  createdAt: `timestamptz_send(created_at)`,
  firstResponseAt: `timestamptz_send(coalesce(first_response_at, 'infinity'))`,
  resolvedAt: `timestamptz_send(coalesce(resolved_at, 'infinity'))`,
  pausedMinutes: `float8send(coalesce(paused_minutes::float8, 'NaN'))`,
};

/** The packed columns the SLAs read: the transfer is most of the pass's cost. */
function columnsFor(slas: ClockedSla[]): PackedColumn[] {
  const metrics = new Set(slas.map((sla) => sla.metric));
  return [
    'createdAt',
    ...(metrics.has('first_response_time') ? (['firstResponseAt'] as const) : []),
    ...(metrics.has('resolution_time') ? (['resolvedAt', 'pausedMinutes'] as const) : []),
  ];
}

/**
 * The ranges' interactions grouped by UTC day, in batches of days, through a cursor of the caller's transaction:
 * one pass over the (contract_id, created_at) index counts the surely met per SLA and packs the rest.
 */
export async function* clockedDays(
  manager: EntityManager,
  contractId: string,
  ranges: Range[],
  slas: ClockedSla[],
): AsyncGenerator<ClockedDay[]> {
  const parameters: unknown[] = [contractId, ranges.map((r) => r.from), ranges.map((r) => r.to)];
  const parameter: Parameter = (value, type) => `$${parameters.push(value)}::${type}`;
  const conditions = slas.flatMap((sla, n) => [
    `${['TRUE', ...scopeSql(sla.appliesTo, parameter)].join(' AND ')} AS in_scope${n}`,
    `${surelyMetSql(sla, parameter)} AS wall_met${n}`,
  ]);
  const judges = slas.map((_, n) => `(in_scope${n} AND NOT wall_met${n})`);
  const judged = `FILTER (WHERE ${judges.join(' OR ')})`;
  const surelyMet = slas.map((_, n) => `count(*) FILTER (WHERE in_scope${n} AND wall_met${n})::int AS sure${n}`);
  // The aggregates' arguments are evaluated only for the rows their FILTER keeps: the rows to judge.
  const packed = columnsFor(slas).map((column) => `string_agg(${PACKED[column]}, ''::bytea) ${judged} AS "${column}"`);
  await manager.query(
    `DECLARE clocked_days NO SCROLL CURSOR FOR
     SELECT to_char(day, 'YYYY-MM-DD') AS day, ${surelyMet.join(', ')},
            string_agg(concat(${judges.map((j) => `${j}::int`).join(', ')}), '') ${judged} AS judging, ${packed.join(', ')}
     FROM (SELECT (i.created_at AT TIME ZONE 'UTC')::date AS day, i.created_at, i.first_response_at, i.resolved_at,
                  i.paused_minutes, ${conditions.join(', ')}
           FROM unnest($2::timestamptz[], $3::timestamptz[]) AS period(from_at, to_at)
           JOIN interactions i ON i.contract_id = $1::uuid AND i.created_at >= period.from_at AND i.created_at < period.to_at
           OFFSET 0) i -- each row's conditions evaluated once, not once per aggregate
     GROUP BY day`,
    parameters,
  );
  try {
    for (;;) {
      const days = await manager.query<Record<string, string | number | Buffer | null>[]>(
        `FETCH ${DAYS_PER_BATCH} FROM clocked_days`,
      );
      if (days.length === 0) return;
      yield days.map((day) => ({
        start: Date.parse(`${day.day as string}T00:00:00Z`),
        surelyMet: slas.map((_, n) => day[`sure${n}`] as number),
        rows: new PackedRows(
          {
            createdAt: day.createdAt as Buffer | null,
            firstResponseAt: (day.firstResponseAt as Buffer | undefined) ?? null,
            resolvedAt: (day.resolvedAt as Buffer | undefined) ?? null,
            pausedMinutes: (day.pausedMinutes as Buffer | undefined) ?? null,
          },
          (day.judging as string | null) ?? '',
          slas.length,
        ),
      }));
    }
  } finally {
    await manager.query(`CLOSE clocked_days`);
  }
}
