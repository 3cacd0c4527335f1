import type { Money } from '@vendorwatch/contracts';
import { DomainEvent } from '@vendorwatch/event-store';
import type { DisputeOutcome } from './sla-period-record';
import { MeasurementOutcome } from './sla-outcome';
import { MeasurementSource } from './sla-period-record';
import { Objective, SlaMetric } from './sla-metrics';
import { SlaPeriod } from './sla-periods';
import type { SlaClock, SlaScope } from './sla-clock';

export class SlaDefined extends DomainEvent {
  static readonly type = 'SlaDefined';
  constructor(
    readonly slaId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly name: string,
    readonly metric: SlaMetric,
    readonly objective: Objective,
    readonly period: SlaPeriod,
    readonly minimumSample: number,
    readonly serviceCreditPercent: number,
    readonly definedAt: string,
    /** Absent in events recorded before clocks existed: 24x7 (`clockOrDefault`). */
    readonly clock?: SlaClock,
    /** Absent in events recorded before scopes existed: every interaction (`scopeOrDefault`). */
    readonly appliesTo?: SlaScope,
  ) {
    super();
  }
}

export interface SlaTermChanges {
  name?: string;
  objective?: Objective;
  minimumSample?: number;
  serviceCreditPercent?: number;
  clock?: SlaClock;
  appliesTo?: SlaScope;
}

/** `changes` holds only what changed; it applies to measurements taken after it. */
export class SlaRevised extends DomainEvent {
  static readonly type = 'SlaRevised';
  constructor(
    readonly slaId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly changes: SlaTermChanges,
    readonly revisedAt: string,
  ) {
    super();
  }
}

export class SlaRetired extends DomainEvent {
  static readonly type = 'SlaRetired';
  constructor(
    readonly slaId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly reason: string | null,
    readonly retiredAt: string,
  ) {
    super();
  }
}

/**
 * One figure for one period. Several may exist per period (corrections, several sources); `counts` says whether
 * this one is now the period's figure in reports (see `countingMeasurement`). Escalation triggers read the latest
 * counting figure per period and skip `insufficient_data` and `provisional` ones.
 */
export class SlaMeasured extends DomainEvent {
  static readonly type = 'SlaMeasured';
  constructor(
    readonly slaId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly metric: SlaMetric,
    readonly periodStart: string,
    readonly periodEnd: string,
    readonly value: number,
    readonly sampleSize: number,
    readonly source: MeasurementSource,
    readonly outcome: MeasurementOutcome,
    readonly provisional: boolean,
    readonly counts: boolean,
    readonly measuredAt: string,
  ) {
    super();
  }
}

/** A period's counting figure became a final breach; `creditAmount` is uncapped (the monthly cap applies in reports). */
export class SlaBreached extends DomainEvent {
  static readonly type = 'SlaBreached';
  constructor(
    readonly slaId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly periodStart: string,
    readonly periodEnd: string,
    readonly creditAmount: Money,
  ) {
    super();
  }
}

/** A correction took a breached period out of breach; its credit is withdrawn. */
export class SlaBreachRetracted extends DomainEvent {
  static readonly type = 'SlaBreachRetracted';
  constructor(
    readonly slaId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly periodStart: string,
    readonly periodEnd: string,
    readonly creditAmount: Money,
  ) {
    super();
  }
}

/** The vendor contests a period's counting figure (SPEC §13). */
export class SlaPeriodDisputed extends DomainEvent {
  static readonly type = 'SlaPeriodDisputed';
  constructor(
    readonly slaId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly periodStart: string,
    readonly periodEnd: string,
    readonly reason: string,
    readonly proposedValue: number | null,
    readonly proposedSampleSize: number | null,
    readonly evidence: string[],
    readonly disputedAt: string,
  ) {
    super();
  }
}

/** Operations or procurement settle a period's dispute; `adjusted` also records the figure `source: "dispute"`. */
export class SlaPeriodDisputeResolved extends DomainEvent {
  static readonly type = 'SlaPeriodDisputeResolved';
  constructor(
    readonly slaId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly periodStart: string,
    readonly periodEnd: string,
    readonly outcome: DisputeOutcome,
    readonly value: number | null,
    readonly sampleSize: number | null,
    readonly note: string,
    readonly resolvedAt: string,
  ) {
    super();
  }
}

/** A change of a running period's at-risk state (SPEC §14), with the figure and the share of the period passed. */
abstract class SlaRiskChange extends DomainEvent {
  constructor(
    readonly slaId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly periodStart: string,
    readonly periodEnd: string,
    readonly value: number,
    readonly sampleSize: number,
    readonly elapsedPercent: number,
    readonly checkedAt: string,
  ) {
    super();
  }
}

/**
 * A computed SLA's running period has passed half its length and its provisional figure fails the objective with a
 * sufficient sample. Recorded once; again only after an `SlaAtRiskCleared`.
 */
export class SlaAtRisk extends SlaRiskChange {
  static readonly type = 'SlaAtRisk';
}

/** The running period at risk passes its objective again (or its sample is no longer sufficient). */
export class SlaAtRiskCleared extends SlaRiskChange {
  static readonly type = 'SlaAtRiskCleared';
}

export const SLA_EVENTS = [
  SlaDefined,
  SlaRevised,
  SlaRetired,
  SlaMeasured,
  SlaBreached,
  SlaBreachRetracted,
  SlaPeriodDisputed,
  SlaPeriodDisputeResolved,
  SlaAtRisk,
  SlaAtRiskCleared,
] as const;
