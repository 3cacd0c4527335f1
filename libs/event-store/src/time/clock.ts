import { Injectable } from '@nestjs/common';

/**
 * The server clock (UTC) every time-based rule reads. It follows the system time unless a test pins or moves it,
 * so deadlines and periods are testable without waiting.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;
  private pinned?: number;

  now(): Date {
    return new Date(this.pinned ?? Date.now() + this.offsetMs);
  }

  /** Tests only: stop the clock at `at`. */
  set(at: Date | string): void {
    this.pinned = new Date(at).getTime();
  }

  /** Tests only: move the clock forward. */
  advance(ms: number): void {
    if (this.pinned !== undefined) this.pinned += ms;
    else this.offsetMs += ms;
  }

  /** Tests only: follow the system time again. */
  reset(): void {
    this.pinned = undefined;
    this.offsetMs = 0;
  }
}
