const WIDTH = 30;
const TTY_REFRESH_MS = 100;
const LOG_REFRESH_MS = 2000;

const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** A one-line progress bar on stderr (redrawn in place on a terminal, a line every few seconds in logs). */
export class ProgressBar {
  private lastDrawn = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(private readonly label: string) {}

  update(done: number, total: number, elapsedMs: number, note = ''): void {
    const now = Date.now();
    if (now - this.lastDrawn < (this.tty ? TTY_REFRESH_MS : LOG_REFRESH_MS)) return;
    this.lastDrawn = now;
    const ratio = total > 0 ? Math.min(done / total, 1) : 1;
    const filled = Math.round(ratio * WIDTH);
    const line =
      `${this.label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ` +
      `${count(done)}/${count(total)} events  ${count(rate(done, elapsedMs))} events/s${note ? `  ${note}` : ''}`;
    process.stderr.write(this.tty ? `\r\x1b[2K${line}` : `${line}\n`);
  }

  finish(message: string): void {
    process.stderr.write(this.tty ? `\r\x1b[2K${message}\n` : `${message}\n`);
  }
}

export function rate(events: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (events * 1000) / elapsedMs : 0;
}

export { count as formatCount };
