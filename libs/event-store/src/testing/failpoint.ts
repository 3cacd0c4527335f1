/**
 * Failpoints: faults that only tests switch on, to show what a crash at that point leaves behind. They are read
 * from `VENDORWATCH_FAILPOINT` (names separated by commas), which only tests set; the product refuses to start in
 * production with it set (apps/api/src/config.ts). Every failpoint is listed here.
 */
export const FAILPOINTS = {
  /** The ingest answers without measuring what it queued, as if the process died right after its commit. */
  'skip-ingest-drain': 'skip-ingest-drain',
} as const;

export type Failpoint = keyof typeof FAILPOINTS;

export const FAILPOINT_ENV = 'VENDORWATCH_FAILPOINT';

export function failpointOn(name: Failpoint, env: NodeJS.ProcessEnv = process.env): boolean {
  return (env[FAILPOINT_ENV] ?? '').split(',').some((entry) => entry.trim() === name);
}
