/**
 * Periodic work of the worker (e.g. the escalation deadline clock). Like a projection, each job runs in exactly
 * one process at a time, under a lease that another process takes over when that one dies.
 */
export interface ScheduledJob {
  readonly name: string;
  readonly intervalMs: number;
  run(): Promise<void>;
}
