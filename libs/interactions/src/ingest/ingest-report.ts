export interface Rejection {
  row: number;
  externalId?: string;
  reason: string;
}

/** The answer of an ingest (SPEC §6), with the counts a sender needs to reconcile its file. */
export interface IngestReport {
  /** Valid rows kept: new, replacing, or identical to what was stored. */
  accepted: number;
  /** Accepted rows that changed an interaction stored earlier. */
  replaced: number;
  /** Accepted rows identical to the stored interaction (nothing changed). */
  unchanged: number;
  /** The refused rows, by row number; at most MAX_REPORTED_REJECTIONS of them. */
  rejected: Rejection[];
  rejectedCount: number;
  /** SlaMeasured events the ingest appended, and the position of the last one (send it as X-Min-Position). */
  measurementsRecorded: number;
  position?: string;
  /** Present when some rows had times without a zone offset: the zone they were read in, and how many rows. */
  assumedTimezone?: { zone: string; rows: number };
}

export interface IngestProgress {
  /** Reading and validating the rows, then storing them in one transaction, then measuring the touched periods. */
  step: 'reading' | 'storing' | 'measuring';
  rows: number;
  rejected: number;
}

export const MAX_REPORTED_REJECTIONS = 10_000;

/** Collects rejections in row order, keeping the report bounded whatever the file holds. */
export class Rejections {
  private readonly kept: Rejection[] = [];
  count = 0;

  add(rejection: Rejection): void {
    this.count++;
    if (this.kept.length < MAX_REPORTED_REJECTIONS) this.kept.push(rejection);
  }

  sorted(): Rejection[] {
    return [...this.kept].sort((a, b) => a.row - b.row);
  }
}
