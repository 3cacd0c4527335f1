import { rate } from './rates';

/** SPEC §10 leaves the threshold of the fourth sign open; the choice is documented in the README (Reports). */
export const REPEATING_CUSTOMERS_THRESHOLD = 0.1;
export const FIREFIGHTING_SHARE_THRESHOLD = 0.4;

export interface SlaPeriodOutcomes {
  slaId: string;
  name: string;
  /** Final measured periods (no insufficient_data, no provisional), newest first. */
  periods: { periodStart: string; outcome: string }[];
}

/** Sign 1: some SLA breached in ≥ 3 of its last 4 measured periods. */
export function slasConstantlyMissed(slas: SlaPeriodOutcomes[]) {
  const figures = slas.map(({ slaId, name, periods }) => {
    const last = periods.slice(0, 4);
    return {
      slaId,
      name,
      lastPeriods: [...last].reverse(),
      breachedOfLast4: last.filter((p) => p.outcome === 'breached').length,
    };
  });
  return { signal: figures.some((f) => f.breachedOfLast4 >= 3), slas: figures };
}

/** Sign 2: more escalations in the last 30 days than in the 30 before, and at least 2. `windows` oldest first. */
export function escalationsIncreasing(windows: { from: string; to: string; opened: number }[]) {
  const last = windows[windows.length - 1].opened;
  const previous = windows[windows.length - 2].opened;
  return { signal: last > previous && last >= 2, last30Days: last, previous30Days: previous, trend: windows };
}

/** Sign 3: ≥ 40 % high/urgent interactions in the last 30 days, or the open backlog grew 3 weeks in a row. */
export function firefighting(
  windows: { from: string; to: string; interactions: number; highOrUrgent: number }[],
  backlog: { at: string; open: number }[],
) {
  const current = windows[windows.length - 1];
  const highOrUrgentShare = rate(current.highOrUrgent, current.interactions);
  const backlogGrowing =
    backlog.length >= 4 && backlog.slice(-4).every((point, i, all) => i === 0 || point.open > all[i - 1].open);
  return {
    signal: (highOrUrgentShare ?? 0) >= FIREFIGHTING_SHARE_THRESHOLD || backlogGrowing,
    interactions: current.interactions,
    highOrUrgent: current.highOrUrgent,
    highOrUrgentShare,
    backlog,
    backlogGrowing,
    trend: windows.map((w) => ({ ...w, highOrUrgentShare: rate(w.highOrUrgent, w.interactions) })),
  };
}

/** Sign 4: share of customers who came back on another channel within 7 days, in the last 30 days. */
export function customersRepeating(windows: { from: string; to: string; customers: number; repeating: number }[]) {
  const current = windows[windows.length - 1];
  const share = rate(current.repeating, current.customers);
  return {
    signal: (share ?? 0) >= REPEATING_CUSTOMERS_THRESHOLD,
    threshold: REPEATING_CUSTOMERS_THRESHOLD,
    customers: current.customers,
    repeatingCustomers: current.repeating,
    share,
    trend: windows.map((w) => ({ ...w, share: rate(w.repeating, w.customers) })),
  };
}
