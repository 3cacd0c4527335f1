import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { cpus, loadavg } from 'node:os';
import { measureWriteRates, WriteRates } from './append-bench';
import { BenchDatabase, openBenchDatabase, stopBenchServer } from './bench-database';
import { measureRebuild, seedEvents } from './rebuild-bench';

const SECONDS_PER_FIGURE = 3;
const REBUILD_EVENTS = 200_000;
const REBUILD_STREAMS = 5_000;

const format = (n: number) => Math.round(n).toLocaleString('en-US');
const share = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

function writeTable(rates: WriteRates[]): string[] {
  const rows: [string, (r: WriteRates) => string][] = [
    ['raw INSERT, comparable table', (r) => format(r.rawInsert)],
    [
      'append, new stream each',
      (r) => `${format(r.appendDistinctStreams)} (${share(r.appendDistinctStreams, r.rawInsert)})`,
    ],
    [
      'append, one long stream per conn.',
      (r) => `${format(r.appendLongStreams)} (${share(r.appendLongStreams, r.rawInsert)})`,
    ],
  ];
  const header = [
    'single-row writes/s',
    ...rates.map((r) => `${r.connections} connection${r.connections > 1 ? 's' : ''}`),
  ];
  const table = [header, ...rows.map(([label, cell]) => [label, ...rates.map(cell)])];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  return table.map((row) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '),
  );
}

const APPEND_TARGET = 0.95;
const REBUILD_TARGET = 75_000;

function header(bench: BenchDatabase, what: string): void {
  console.log(`${what} on PostgreSQL ${bench.serverVersion}, schema ${bench.settings.schema}`);
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores\n`,
  );
}

async function appendsBench(bench: BenchDatabase): Promise<void> {
  const rates: WriteRates[] = [];
  for (const connections of [1, 8]) rates.push(await measureWriteRates(bench, connections, SECONDS_PER_FIGURE * 1000));
  for (const line of writeTable(rates)) console.log(line);
  console.log(
    `(${SECONDS_PER_FIGURE} s a figure; percentages: share of the raw INSERT rate at the same concurrency; ` +
      `target >= ${APPEND_TARGET * 100}%)\n`,
  );
}

async function rebuildBench(bench: BenchDatabase): Promise<void> {
  await bench.db.query(`TRUNCATE events`);
  await seedEvents(bench, REBUILD_EVENTS, REBUILD_STREAMS);
  const rebuild = await measureRebuild(bench);
  console.log(
    `projection rebuild (DocumentProjection, ${format(rebuild.events)} events over ${format(REBUILD_STREAMS)} documents, ` +
      `as cli rebuild runs it): ${format(rebuild.eventsPerSecond)} events/s (${rebuild.seconds.toFixed(1)} s; ` +
      `target >= ${format(REBUILD_TARGET)})`,
  );
}

/** One of the event store's benches on a database of its own. */
async function eventStoreBench(run: (bench: BenchDatabase) => Promise<void>): Promise<void> {
  const bench = await openBenchDatabase();
  try {
    header(bench, 'Event store bench');
    await run(bench);
  } finally {
    await bench.close();
  }
}

async function main(): Promise<void> {
  await eventStoreBench(async (bench) => {
    await appendsBench(bench);
    await rebuildBench(bench);
  });
  await (await import('./reports.bench')).reportsBench();
  await (await import('./http-commands.bench')).httpCommandsBench();
  await (await import('./interactions-ingest.bench')).interactionsIngestBench();
  await (await import('./webhook-delivery.bench')).webhookDeliveryBench();
  await (await import('./start.bench')).startBench();
}

/** `npm run bench -- <name>` runs one bench alone. */
const alone: Record<string, () => Promise<void>> = {
  appends: () => eventStoreBench(appendsBench),
  rebuild: () => eventStoreBench(rebuildBench),
  ingest: () => import('./interactions-ingest.bench').then((bench) => bench.interactionsIngestBench()),
  start: () => import('./start.bench').then((bench) => bench.startBench()),
  reports: () => import('./reports.bench').then((bench) => bench.reportsBench()),
  http: () => import('./http-commands.bench').then((bench) => bench.httpCommandsBench()),
  webhooks: () => import('./webhook-delivery.bench').then((bench) => bench.webhookDeliveryBench()),
};
const name = process.argv[2];
if (name && !alone[name]) {
  console.error(`Unknown bench "${name}": use one of ${Object.keys(alone).join(', ')}, or none for all.`);
  process.exit(2);
}
Logger.overrideLogger(['error']);
const run = () => (name ? alone[name]() : main()).finally(stopBenchServer);

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
