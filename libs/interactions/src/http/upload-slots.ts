import { Injectable, ServiceUnavailableException } from '@nestjs/common';

/** Uploads one API process reads at a time: each holds a database connection of its own while it streams. */
export const MAX_CONCURRENT_UPLOADS = 8;

/**
 * The cap on concurrent ingest uploads: past it an upload answers 503 with `Retry-After` at once, so slow or
 * stalled clients cannot take every database connection of the server.
 */
@Injectable()
export class UploadSlots {
  private busy = 0;

  async run<T>(upload: () => Promise<T>): Promise<T> {
    if (this.busy >= MAX_CONCURRENT_UPLOADS) {
      throw new ServiceUnavailableException({
        message: `This server already receives ${MAX_CONCURRENT_UPLOADS} uploads; retry in a few seconds.`,
        retryAfter: 5,
      });
    }
    this.busy++;
    try {
      return await upload();
    } finally {
      this.busy--;
    }
  }
}
