import type { Money } from '@vendorwatch/contracts';
import { countingFigure, PeriodRecord, periodView, PeriodView } from './sla-period-record';
import { creditsByMonth, CreditTermsByMonth, MonthlyCredit } from './service-credits';

/** Which periods a report covers, by their start: `from` inclusive, `to` inclusive (a date covers its whole day). */
export interface ReportRange {
  from?: string;
  to?: string;
}

export function inRange(periodStart: string, range: ReportRange): boolean {
  if (range.from === undefined && range.to === undefined) return true;
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

/** `String.prototype.localeCompare` without its per-call set-up (the same collator, by ECMA-402). */
const byText = new Intl.Collator().compare;

/** Periods of the range, newest first. */
export function periodsIn(sla: SlaPeriods, range: ReportRange = {}): PeriodRecord[] {
  return Object.values(sla.periods)
    .filter((record) => countingFigure(record) && inRange(record.periodStart, range))
    .sort((a, b) => byText(b.periodStart, a.periodStart));
}

export function slaCompliance(sla: SlaPeriods, range: ReportRange): SlaCompliance {
  return complianceOf(sla, periodsIn(sla, range));
}

/** The compliance of `sla` from its periods of the range, newest first. */
function complianceOf(sla: SlaPeriods, records: PeriodRecord[]): SlaCompliance {
  const final = records.map(countingFigure).filter((m) => m && !m.provisional);
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
  const periods = slas.map((sla) => periodsIn(sla, range));
  const breaches = periods.flatMap((records) =>
    records
      .filter((record) => record.credit)
      .map((record) => ({ periodStart: record.periodStart, creditAmount: record.credit! })),
  );
  return {
    slas: slas.map((sla, index) => complianceOf(sla, periods[index])),
    ...creditsByMonth(breaches, creditTerms),
  };
}
