import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { BULK_LIMITS, dataSourceOptions } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { INTERACTION_METRICS, periodFigures } from '../libs/interactions/src/measurement/period-figures.query';
import { BenchDatabase, openBenchDatabase, stopBenchServer } from './bench-database';

/**
 * `npm run bench:scale`: the cost of measuring one week of one contract (every interaction metric, the product's
 * measurement query) with SCALE_ROWS rows in the partitioned interactions table, by default 1 million and 50
 * million (SPEC §16: within 20 %). The table is filled in SQL (generate_series), not through the API: the
 * measured contract's two years first, the other contracts' rows after. Run it on a server of its own (the
 * embedded one, the default): its long bulk inserts hold back every projection on the server they run on.
 */
const SIZES = (process.env.SCALE_ROWS ?? '1000000,50000000').split(',').map(Number);
const TARGET_RATIO = 1.2;
const RUNS = 30;
const CONTRACT = '00000000-0000-4000-8000-000000000001';
const HISTORY_START = '2025-01-01';
const HISTORY_DAYS = 730;
const CONTRACT_ROWS_PER_DAY = 300;
const OTHER_CONTRACTS = 500;
const WEEK = '2026-03-02';
const BATCH = 250_000;

const format = (n: number) => Math.round(n).toLocaleString('en-US');

/** Rows `from`…`to - 1` spread over `contracts` (fixed uuids) and the two years, each answered and mostly resolved. */
async function insertRows(bulk: DataSource, from: number, to: number, contracts: string): Promise<void> {
  await bulk.query(
    `INSERT INTO interactions (contract_id, external_id, channel, created_at, first_response_at, resolved_at,
                               reopened, csat, abandoned, submitted_at)
     SELECT ${contracts}, 'B-' || n, (ARRAY['email', 'chat', 'voice', 'social'])[1 + n % 4], at,
            at + (n % 120) * interval '1 minute', CASE WHEN n % 5 < 4 THEN at + (n % 2000) * interval '1 minute' END,
            CASE WHEN n % 5 < 4 THEN n % 17 = 0 END, CASE WHEN n % 3 = 0 THEN 1 + n % 5 END, n % 4 = 2 AND n % 29 = 0,
            at
     FROM generate_series($1::bigint, $2::bigint - 1) n,
          LATERAL (SELECT timestamptz '${HISTORY_START}' + ((n * 7919) % ($3 * 86400)) * interval '1 second' AS at) t`,
    [from, to, HISTORY_DAYS],
  );
}

/** Fills the table up to `to` rows in statements of BATCH rows, on a session with the bulk limits. */
async function fill(bench: BenchDatabase, from: number, to: number): Promise<void> {
  const bulk = await new DataSource(dataSourceOptions(bench.settings, [], BULK_LIMITS)).initialize();
  const contractRows = CONTRACT_ROWS_PER_DAY * HISTORY_DAYS;
  for (let start = from; start < to; start += BATCH) {
    const end = Math.min(start + BATCH, to);
    // The first rows are the measured contract's; the rest belong to the other contracts in turn.
    const contract = `CASE WHEN n < ${contractRows} THEN '${CONTRACT}'::uuid
      ELSE ('00000000-0000-4000-9000-' || lpad((n % ${OTHER_CONTRACTS})::text, 12, '0'))::uuid END`;
    await insertRows(bulk, start, end, contract);
  }
  // As autovacuum would leave it: hint bits set, visibility map current, statistics fresh (and no autovacuum
  // running through the timings).
  await bulk.query(`VACUUM (ANALYZE) interactions`);
  await bulk.destroy();
}

/** Median and first (cold) time of measuring the week, in ms. */
async function measureWeek(bench: BenchDatabase): Promise<{ median: number; first: number; sample: number }> {
  const measured = INTERACTION_METRICS.map((metric) => ({
    sla: { slaId: metric, contractId: CONTRACT, metric, period: 'week' as const, thresholdMinutes: 60 },
    periodStarts: [WEEK],
  }));
  const times: number[] = [];
  let sample = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const figures = await periodFigures(bench.db, CONTRACT, measured, new Date('2027-01-01T00:00:00Z'));
    times.push(performance.now() - started);
    sample = figures.get('csat')?.[0]?.sampleSize ?? 0;
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], first, sample };
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error']);
  const bench = await openBenchDatabase();
  try {
    await bench.db.query(`SELECT create_interaction_partitions($1, $2)`, [HISTORY_START, '2027-01-01']);
    console.log(
      `Scale bench on PostgreSQL ${bench.serverVersion}: one week of one contract (${INTERACTION_METRICS.length} metrics), ` +
        `table sizes ${SIZES.map(format).join(' and ')} rows (SCALE_ROWS), load ${loadavg()[0].toFixed(1)}`,
    );
    const results: { rows: number; median: number }[] = [];
    let rows = 0;
    for (const size of SIZES) {
      const started = performance.now();
      await fill(bench, rows, size);
      rows = size;
      const fillSeconds = (performance.now() - started) / 1000;
      const { median, first, sample } = await measureWeek(bench);
      results.push({ rows, median });
      const [{ bytes }] = await bench.db.query<{ bytes: string }[]>(
        `SELECT sum(pg_total_relation_size(inhrelid))::text AS bytes FROM pg_inherits
         WHERE inhparent = 'interactions'::regclass`,
      );
      console.log(
        `${format(rows).padStart(12)} rows: ${median.toFixed(1)} ms median of ${RUNS} (first ${first.toFixed(1)} ms, ` +
          `csat sample ${format(sample)}; filled in ${fillSeconds.toFixed(0)} s; ` +
          `${format(Number(bytes) / 2 ** 20)} MB with indexes, ${format(Number(bytes) / rows)} bytes a row)`,
      );
    }
    const ratio = results[results.length - 1].median / results[0].median;
    console.log(
      `ratio ${format(results[results.length - 1].rows)} / ${format(results[0].rows)} rows: ${ratio.toFixed(2)} ` +
        `(target <= ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}`,
    );
  } finally {
    await bench.close();
    await stopBenchServer();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
