/**
 * Periodic work of the worker (e.g. the escalation deadline clock). Like a projection, each job runs in exactly
 * one process at a time, under a lease that another process takes over when that one dies.
 */
export interface ScheduledJob {
  readonly name: string;
  readonly intervalMs: number;
  /**
   * Also run whenever new events wake the worker, not only every `intervalMs`: for a job that only hands work to
   * its own pool and returns at once (the webhook dispatcher), so it never holds the projections up.
   */
  readonly runsOnAppend?: true;
  run(): Promise<void>;
}
