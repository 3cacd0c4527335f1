import { roundTo } from './rounding';

/** A vendor's monthly staffing report. */
export interface Roster {
  month: string;
  headcountStart: number;
  headcountEnd: number;
  leavers: number;
  hires: number;
  avgTenureMonths: number | null;
  trainingHoursPerNewHire: number | null;
}

/**
 * leavers / average headcount × 12 × 100, 1 decimal; null when the average headcount is 0 (no meaningful rate).
 */
export function annualizedAttritionPercent(
  roster: Pick<Roster, 'headcountStart' | 'headcountEnd' | 'leavers'>,
): number | null {
  const averageHeadcount = (roster.headcountStart + roster.headcountEnd) / 2;
  if (averageHeadcount === 0) return null;
  return roundTo((roster.leavers / averageHeadcount) * 12 * 100, 1);
}
