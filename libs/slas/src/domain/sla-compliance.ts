import type { Money } from '@vendorwatch/contracts';
import { countingMeasurement, PeriodRecord, periodView, PeriodView } from './sla-period-record';
import { creditsByMonth, CreditTermsByMonth, MonthlyCredit } from './service-credits';

/** Which periods a report covers, by their start: `from` inclusive, `to` inclusive (a date covers its whole day). */
export interface ReportRange {
  from?: string;
  to?: string;
}

export function inRange(periodStart: string, range: ReportRange): boolean {
  const start = new Date(periodStart).getTime();
  if (range.from !== undefined && start < new Date(range.from).getTime()) return false;
  if (range.to === undefined) return true;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(range.to);
  const to = new Date(range.to).getTime();
  return dateOnly ? start < to + 86_400_000 : start <= to;
}

export interface SlaPeriods {
  id: string;
  name: string;
  metric: string;
  periods: Record<string, PeriodRecord>;
}

export interface SlaCompliance {
  slaId: string;
  name: string;
  metric: string;
  periodsEvaluated: number;
  periodsMet: number;
  periodsBreached: number;
  /** periodsMet / periodsEvaluated, 4 decimals; insufficient data and provisional figures are not evaluated. */
  attainmentRate: number | null;
  latest: PeriodView | null;
}

export interface ContractCompliance {
  slas: SlaCompliance[];
  creditsByMonth: MonthlyCredit[];
  totalCredits: Money;
}

/** Periods of the range, newest first. */
export function periodsIn(sla: SlaPeriods, range: ReportRange = {}): PeriodRecord[] {
  return Object.values(sla.periods)
    .filter((record) => countingMeasurement(record) && inRange(record.periodStart, range))
    .sort((a, b) => b.periodStart.localeCompare(a.periodStart));
}

export function slaCompliance(sla: SlaPeriods, range: ReportRange): SlaCompliance {
  const records = periodsIn(sla, range);
  const final = records.map(countingMeasurement).filter((m) => m && !m.provisional);
  const periodsMet = final.filter((m) => m!.outcome === 'met').length;
  const periodsBreached = final.filter((m) => m!.outcome === 'breached').length;
  const periodsEvaluated = periodsMet + periodsBreached;
  return {
    slaId: sla.id,
    name: sla.name,
    metric: sla.metric,
    periodsEvaluated,
    periodsMet,
    periodsBreached,
    attainmentRate: periodsEvaluated === 0 ? null : Math.round((periodsMet / periodsEvaluated) * 10_000) / 10_000,
    latest: records.length ? periodView(records[0])! : null,
  };
}

/** SPEC §5 compliance of one contract's SLAs, with the standing breaches' credits capped per calendar month. */
export function contractCompliance(
  slas: SlaPeriods[],
  range: ReportRange,
  creditTerms: CreditTermsByMonth,
): ContractCompliance {
  const breaches = slas.flatMap((sla) =>
    periodsIn(sla, range)
      .filter((record) => record.credit)
      .map((record) => ({ periodStart: record.periodStart, creditAmount: record.credit! })),
  );
  return { slas: slas.map((sla) => slaCompliance(sla, range)), ...creditsByMonth(breaches, creditTerms) };
}
