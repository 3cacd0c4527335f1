import type { Measurement } from './sla-period-record';
import type { PeriodBounds } from './sla-periods';

/** SPEC §14: a failing running figure is only a warning once this share of the period has passed. */
const AT_RISK_FROM = 0.5;

/** What the at-risk rule decides for a period just measured: nothing, or the change to record. */
export type RiskChange = { kind: 'at_risk' | 'cleared'; elapsedPercent: number } | undefined;

/**
 * SPEC §14: a computed SLA's running period is at risk while at least half of it has passed and its provisional
 * figure fails the objective with a sufficient sample (`breached`). A change is reported once: at risk when it
 * starts, cleared when it stops (the figure passes, or the sample is no longer sufficient). An ended period is
 * never checked: its final figure records a breach instead.
 */
export function riskChange(
  bounds: PeriodBounds,
  computed: Measurement | undefined,
  wasAtRisk: boolean,
  now: Date,
): RiskChange {
  if (!computed?.provisional) return undefined;
  const elapsed = elapsedShare(bounds, now);
  if (elapsed >= 1) return undefined;
  const atRisk = elapsed >= AT_RISK_FROM && computed.outcome === 'breached';
  if (atRisk === wasAtRisk) return undefined;
  return { kind: atRisk ? 'at_risk' : 'cleared', elapsedPercent: Math.floor(elapsed * 10_000) / 100 };
}

/** The instant half of the period has passed: the running figure is checked again then, data or not. */
export function atRiskCheckAt({ periodStart, periodEnd }: PeriodBounds): Date {
  const start = Date.parse(periodStart);
  return new Date(start + (Date.parse(periodEnd) - start) * AT_RISK_FROM);
}

function elapsedShare({ periodStart, periodEnd }: PeriodBounds, now: Date): number {
  const start = Date.parse(periodStart);
  return Math.max(0, (now.getTime() - start) / (Date.parse(periodEnd) - start));
}
