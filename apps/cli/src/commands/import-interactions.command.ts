import { DomainError, RequestContext, SYSTEM_ACTOR } from '@vendorwatch/event-store';
import {
  csvRecords,
  IngestProgress,
  IngestReport,
  InteractionIngest,
  MalformedBodyError,
} from '@vendorwatch/interactions';
import { createReadStream, ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CliCommand } from '../cli-command';
import { withApp } from '../cli-context';
import { formatCount, rate } from '../progress-bar';

const WIDTH = 30;
const REFRESH_MS = process.stderr.isTTY ? 100 : 2000;
const SHOWN_REJECTIONS = 20;
const CLEAR_LINE = process.stderr.isTTY ? '\r\x1b[2K' : '';

const STEP_LABELS = {
  storing: 'storing the rows in one transaction',
  measuring: "measuring the contract's touched SLA periods",
};

/**
 * The file's progress by bytes read (the row count is unknown until the end), with rows/s and rejected rows; once
 * read, the bar stays full with the reading's figures and the step that runs after it is shown with its running
 * time, redrawn while it runs.
 */
class ImportProgress {
  private drawn = 0;
  private last: IngestProgress = { step: 'reading', rows: 0, rejected: 0 };
  private readEnded?: number;
  private stepStarted = 0;
  private ticker?: NodeJS.Timeout;

  constructor(
    private readonly file: ReadStream,
    private readonly size: number,
    private readonly started: number,
  ) {}

  report(progress: IngestProgress): void {
    const stepChanged = progress.step !== this.last.step;
    this.last = progress;
    if (!stepChanged) return this.draw(false);
    this.stepStarted = Date.now();
    this.readEnded ??= this.stepStarted;
    this.draw(true);
    this.ticker ??= setInterval(() => this.draw(true), REFRESH_MS);
  }

  stop(): void {
    clearInterval(this.ticker);
  }

  private draw(now: boolean): void {
    if (!now && Date.now() - this.drawn < REFRESH_MS) return;
    this.drawn = Date.now();
    const line = this.line();
    process.stderr.write(process.stderr.isTTY ? `${CLEAR_LINE}${line}` : `${line}\n`);
  }

  private line(): string {
    const { step, rows, rejected } = this.last;
    const ratio = this.size > 0 ? Math.min(this.file.bytesRead / this.size, 1) : 1;
    const filled = Math.round(ratio * WIDTH);
    const reading =
      `import [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ` +
      `${formatCount(rows)} rows  ${formatCount(rate(rows, (this.readEnded ?? this.drawn) - this.started))} rows/s  ` +
      `${formatCount(rejected)} rejected`;
    if (step === 'reading') return reading;
    return `${reading}; ${STEP_LABELS[step]}… ${((this.drawn - this.stepStarted) / 1000).toFixed(1)} s`;
  }
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
      const progress = new ImportProgress(file, size, started);
      try {
        const ingest = app.get(InteractionIngest);
        const report = await RequestContext.run({ actor: SYSTEM_ACTOR }, () =>
          ingest.ingest(contractId, csvRecords(file), (p) => progress.report(p)),
        );
        process.stderr.write(`${CLEAR_LINE}${summary(report, Date.now() - started)}\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof DomainError) && !(error instanceof MalformedBodyError)) throw error;
        process.stderr.write(`${CLEAR_LINE}${error.message}\n`);
        return 1;
      } finally {
        progress.stop();
      }
    });
  },
};
