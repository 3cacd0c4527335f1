import { GrowingTimeline } from './growing-timeline';

/** What measuring one interaction on a business clock reads of it (instants in ms). */
export interface ClockedRow {
  createdAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  pausedMinutes: number | null;
}

/** The metrics whose threshold counts on the SLA's clock (SPEC §5 `clock`). */
export type ClockedMetric = 'first_response_time' | 'resolution_time';

export interface ClockedRule {
  metric: ClockedMetric;
  thresholdMinutes: number;
}

/** `pending`: unanswered and not yet past the threshold, left out until `decidesAt` (undefined: never, in ten years). */
export type RowOutcome = { kind: 'met' } | { kind: 'missed' } | { kind: 'pending'; decidesAt: number | undefined };

/**
 * SPEC §6 on a business clock: the business minutes from createdAt to the first response (or the resolution, less
 * `pausedMinutes`, never below zero) against the threshold. An unanswered interaction is missed once the business
 * minutes since its creation pass the threshold (its pause allowed for, on resolution) and pending before.
 */
export function clockedOutcome(rule: ClockedRule, timeline: GrowingTimeline, row: ClockedRow, now: number): RowOutcome {
  const resolution = rule.metric === 'resolution_time';
  const paused = resolution ? Math.max(0, row.pausedMinutes ?? 0) : 0;
  const doneAt = resolution ? row.resolvedAt : row.firstResponseAt;
  if (doneAt !== null) {
    const minutes = Math.max(0, timeline.minutesBetween(row.createdAt, doneAt) - paused);
    return minutes <= rule.thresholdMinutes ? { kind: 'met' } : { kind: 'missed' };
  }
  const allowed = rule.thresholdMinutes + paused;
  if (now > row.createdAt && timeline.minutesBetween(row.createdAt, now) > allowed) return { kind: 'missed' };
  return { kind: 'pending', decidesAt: timeline.elapsesAt(row.createdAt, allowed) };
}
