import { EscalationCause } from './escalation-cause';

/** The names behind a cause's ids, as people know them; a name not (yet) known is left out. */
export interface CauseNames {
  contract?: string;
  sla?: string;
}

const dayOf = (value: string) => value.slice(0, 10);

/**
 * The cause as a sentence for people: names instead of ids, days instead of instants. It is written from the
 * figures when read, so escalations opened before the names were known read the same.
 */
export function causeInWords(cause: EscalationCause, names: CauseNames): string {
  const { figures } = cause;
  const ofContract = names.contract ? ` of contract '${names.contract}'` : '';
  if (cause.trigger === 'sla_breach') {
    const periods = (figures.breachedPeriods as string[] | undefined) ?? [];
    const sla = names.sla ? `SLA '${names.sla}'` : 'An SLA';
    const latest =
      periods.length === 1 ? 'its latest measured period' : `its ${periods.length} latest measured periods`;
    return `${sla}${ofContract} breached ${latest} (starting ${periods.map(dayOf).join(', ')}).`;
  }
  if (cause.trigger === 'attrition_above') {
    const { annualizedAttritionPercent: percent, month, limit } = figures as Record<string, number | string>;
    return `The vendor reported ${percent} % annualized agent attrition for ${month}, above the rule's limit of ${limit} %.`;
  }
  return cause.description;
}
