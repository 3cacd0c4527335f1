import { rate, round } from './rates';

/** The period facts of one contract in one month (`YYYY-MM`). */
export interface PerformanceCell {
  contractId: string;
  month: string;
  slaPeriodsMet: number;
  slaPeriodsBreached: number;
  qaReviews: number;
  qaScoreSum: number;
  qaAutoFails: number;
  escalationsOpened: number;
}

export interface PerformanceFigures {
  slaAttainmentRate: number | null;
  slaPeriodsBreached: number;
  qaAverageScore: number | null;
  qaAutoFailRate: number | null;
  escalationsOpened: number;
}

/**
 * SLA attainment = met / (met + breached) over final periods (insufficient_data and provisional left out, as in
 * SPEC §5); QA average = mean current score (1 decimal) and auto-fail rate = auto-fails / reviews, as in SPEC §7.
 */
export function performanceOf(cells: PerformanceCell[]): PerformanceFigures {
  const sum = (pick: (c: PerformanceCell) => number) => cells.reduce((total, c) => total + pick(c), 0);
  const met = sum((c) => c.slaPeriodsMet);
  const breached = sum((c) => c.slaPeriodsBreached);
  const reviews = sum((c) => c.qaReviews);
  return {
    slaAttainmentRate: rate(met, met + breached),
    slaPeriodsBreached: breached,
    qaAverageScore: reviews === 0 ? null : round(sum((c) => c.qaScoreSum) / reviews, 1),
    qaAutoFailRate: rate(
      sum((c) => c.qaAutoFails),
      reviews,
    ),
    escalationsOpened: sum((c) => c.escalationsOpened),
  };
}

/** Every month (`YYYY-MM`) from the month of `from` to the month of `to` (dates `YYYY-MM-DD`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  for (let current = from.slice(0, 7); current <= last;) {
    months.push(current);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    current = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** The monthly trend of a vendor: one point per month, figures null where nothing was measured. */
export function trendOf(cells: PerformanceCell[], months: string[]) {
  return months.map((month) => {
    const figures = performanceOf(cells.filter((c) => c.month === month));
    return {
      month,
      slaAttainmentRate: figures.slaAttainmentRate,
      qaAverageScore: figures.qaAverageScore,
      escalationsOpened: figures.escalationsOpened,
    };
  });
}
