import { DomainError, RequestContext, SYSTEM_ACTOR } from '@vendorwatch/event-store';
import { csvRecords, IngestReport, InteractionIngest, MalformedBodyError } from '@vendorwatch/interactions';
import { createReadStream, ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CliCommand } from '../cli-command';
import { withApp } from '../cli-context';
import { formatCount, rate } from '../progress-bar';

const WIDTH = 30;
const REFRESH_MS = process.stderr.isTTY ? 100 : 2000;
const SHOWN_REJECTIONS = 20;

/** The file's progress by bytes read (the row count is unknown until the end), with rows/s and rejected rows. */
function progressLine(file: ReadStream, size: number, rows: number, rejected: number, elapsedMs: number): string {
  const ratio = size > 0 ? Math.min(file.bytesRead / size, 1) : 1;
  const filled = Math.round(ratio * WIDTH);
  return (
    `import [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ` +
    `${formatCount(rows)} rows  ${formatCount(rate(rows, elapsedMs))} rows/s  ${formatCount(rejected)} rejected`
  );
}

function summary(report: IngestReport, elapsedMs: number): string {
  const rows = report.accepted + report.rejectedCount;
  const lines = [
    `Imported in ${(elapsedMs / 1000).toFixed(1)} s (${formatCount(rate(rows, elapsedMs))} rows/s): ${formatCount(report.accepted)} accepted ` +
      `(${formatCount(report.replaced)} replaced, ${formatCount(report.unchanged)} unchanged), ${formatCount(report.rejectedCount)} rejected, ` +
      `${report.measurementsRecorded} SLA measurements recorded.`,
    ...report.rejected
      .slice(0, SHOWN_REJECTIONS)
      .map((r) => `  row ${r.row}${r.externalId ? ` (${r.externalId})` : ''}: ${r.reason}`),
  ];
  if (report.rejectedCount > SHOWN_REJECTIONS)
    lines.push(`  … and ${formatCount(report.rejectedCount - SHOWN_REJECTIONS)} more.`);
  return lines.join('\n');
}

export const importInteractionsCommand: CliCommand = {
  name: 'import-interactions',
  usage: 'import-interactions <contractId> <file.csv>',
  summary: 'ingest a CSV of interactions like POST /contracts/:id/interactions, showing rows/s and rejected rows',
  run: async ([contractId, path]) => {
    if (!contractId || !path) {
      console.error(
        'Usage: npm run cli -- import-interactions <contractId> <file.csv> (header row: externalId,channel,createdAt,…). ' +
          'Keep the `--`: without it npm takes option-like arguments for itself.',
      );
      return 1;
    }
    const size = await stat(path).then(
      (s) => s.size,
      () => undefined,
    );
    if (size === undefined) {
      console.error(`Cannot read ${path}.`);
      return 1;
    }
    return withApp(async (app) => {
      const file = createReadStream(path);
      const started = Date.now();
      let drawn = 0;
      const draw = (rows: number, rejected: number) => {
        if (Date.now() - drawn < REFRESH_MS) return;
        drawn = Date.now();
        const line = progressLine(file, size, rows, rejected, drawn - started);
        process.stderr.write(process.stderr.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
      };
      try {
        const ingest = app.get(InteractionIngest);
        const report = await RequestContext.run({ actor: SYSTEM_ACTOR }, () =>
          ingest.ingest(contractId, csvRecords(file), (p) => draw(p.rows, p.rejected)),
        );
        process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[2K' : ''}${summary(report, Date.now() - started)}\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof DomainError) && !(error instanceof MalformedBodyError)) throw error;
        process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[2K' : ''}${error.message}\n`);
        return 1;
      }
    });
  },
};
