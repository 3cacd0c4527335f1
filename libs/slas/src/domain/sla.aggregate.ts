import type { ContractFactsView, Money } from '@vendorwatch/contracts';
import { CommonErrorCode, EventSourcedAggregate, InvalidStateError } from '@vendorwatch/event-store';
import {
  adjustedFigure,
  assertDisputable,
  disputeOf,
  DisputeResolutionInput,
  PeriodDisputeInput,
  resolvedDispute,
} from './sla-disputes';
import { revisionChanges } from './sla-revision';
import { MeasurementInput, SlaDefinition, SlaDefinitionInput, SlaStatus } from './sla-definition';
import { SlaErrorCode } from './sla-errors';
import { measurementOutcome } from './sla-outcome';
import {
  countingMeasurement,
  emptyPeriod,
  isBreach,
  PeriodRecord,
  withDispute,
  withMeasurement,
} from './sla-period-record';
import { assertMeasurable, objectiveFor } from './sla-metrics';
import { periodStartingAt } from './sla-periods';
import { riskChange } from './sla-at-risk';
import {
  SLA_EVENTS,
  SlaAtRisk,
  SlaAtRiskCleared,
  SlaBreached,
  SlaBreachRetracted,
  SlaDefined,
  SlaMeasured,
  SlaPeriodDisputed,
  SlaPeriodDisputeResolved,
  SlaRetired,
  SlaRevised,
  SlaTermChanges,
} from './sla.events';
import { serviceCredit } from './service-credits';
import {
  assertUsableClock,
  ClockContext,
  clockOrDefault,
  normalizedClock,
  normalizedScope,
  scopeOrDefault,
} from './sla-clock';

export type { MeasurementInput, SlaDefinition, SlaDefinitionInput, SlaStatus } from './sla-definition';

interface SlaSnapshot {
  contractId: string;
  vendorId: string;
  /** Snapshots taken before clocks existed have neither clock nor scope. */
  definition: SlaDefinitionInput;
  status: SlaStatus;
  periods: PeriodRecord[];
}

export class Sla extends EventSourcedAggregate {
  static readonly streamType = 'Sla';
  static readonly events = SLA_EVENTS;

  contractId: string;
  vendorId: string;
  definition: SlaDefinition;
  status: SlaStatus;
  private readonly periods = new Map<string, PeriodRecord>();

  static define(
    id: string,
    contract: Pick<ContractFactsView, 'contractId' | 'vendorId' | 'status'>,
    definition: SlaDefinitionInput,
    clockContext: ClockContext,
    now: Date,
  ): Sla {
    if (contract.status === 'terminated') {
      throw new InvalidStateError(
        SlaErrorCode.CONTRACT_TERMINATED,
        `Contract ${contract.contractId} is terminated; it takes no new SLAs.`,
      );
    }
    const { name, metric, period, minimumSample, serviceCreditPercent } = definition;
    const objective = objectiveFor(metric, definition.objective);
    const clock = normalizedClock(clockOrDefault(definition.clock));
    assertUsableClock(clock, clockContext);
    const sla = new Sla();
    sla.id = id;
    sla.apply(
      new SlaDefined(
        id,
        contract.contractId,
        contract.vendorId,
        name,
        metric,
        objective,
        period,
        minimumSample,
        serviceCreditPercent,
        now.toISOString(),
        clock,
        normalizedScope(scopeOrDefault(definition.appliesTo)),
      ),
    );
    return sla;
  }

  revise(requested: SlaTermChanges, clockContext: ClockContext, now: Date): void {
    this.assertActive('revised');
    const changes = revisionChanges(this.definition, requested, clockContext);
    if (Object.keys(changes).length)
      this.apply(new SlaRevised(this.id, this.contractId, this.vendorId, changes, now.toISOString()));
  }

  retire(reason: string | undefined, now: Date): void {
    this.assertActive('retired again');
    this.apply(new SlaRetired(this.id, this.contractId, this.vendorId, reason ?? null, now.toISOString()));
  }

  /** Records a period's figure; a computed figure equal to the one on record changes nothing. */
  measure(input: MeasurementInput, monthlyFee: Money, now: Date): void {
    this.assertActive('measured');
    this.record(input, monthlyFee, now);
  }

  /**
   * The vendor contests a period's counting figure (SPEC §13): within `windowDays` of the later of the period's end
   * and the figure's last change, one open dispute per period.
   */
  disputePeriod(periodStart: string, dispute: PeriodDisputeInput, windowDays: number, now: Date): void {
    const record = this.measuredPeriod(periodStart);
    assertDisputable(record, windowDays, now);
    const { reason, proposedValue, proposedSampleSize, evidence } = dispute;
    this.apply(
      new SlaPeriodDisputed(
        ...this.ids(),
        record.periodStart,
        record.periodEnd,
        reason,
        proposedValue ?? null,
        proposedSampleSize ?? null,
        evidence ?? [],
        now.toISOString(),
      ),
    );
  }

  /** Settles a period's open dispute; `adjusted` records the figure as `dispute`, which outranks every other. */
  resolvePeriodDispute(periodStart: string, resolution: DisputeResolutionInput, monthlyFee: Money, now: Date): void {
    const record = this.measuredPeriod(periodStart);
    const adjusted = adjustedFigure(record, resolution);
    const { outcome, note } = resolution;
    this.apply(
      new SlaPeriodDisputeResolved(
        ...this.ids(),
        record.periodStart,
        record.periodEnd,
        outcome,
        adjusted?.value ?? null,
        adjusted?.sampleSize ?? null,
        note,
        now.toISOString(),
      ),
    );
    if (adjusted) this.record({ periodStart: record.periodStart, ...adjusted, source: 'dispute' }, monthlyFee, now);
  }

  private measuredPeriod(periodStart: string): PeriodRecord {
    const { periodStart: start } = periodStartingAt(this.definition.period, periodStart);
    const record = this.periods.get(start);
    if (!record || !countingMeasurement(record)) {
      throw new InvalidStateError(
        SlaErrorCode.PERIOD_NOT_MEASURED,
        `The period ${start} of SLA ${this.id} has no figure to dispute.`,
      );
    }
    return record;
  }

  private ids(): [string, string, string] {
    return [this.id, this.contractId, this.vendorId];
  }

  private record(input: MeasurementInput, monthlyFee: Money, now: Date): void {
    const { periodStart, periodEnd } = periodStartingAt(this.definition.period, input.periodStart);
    assertMeasurable(this.definition.metric, input.value);
    const { value, sampleSize, source } = input;
    const provisional = source === 'computed' && input.provisional === true;
    const record = this.periods.get(periodStart) ?? emptyPeriod({ periodStart, periodEnd });
    const previous = record.bySource[source];
    const unchanged =
      previous?.value === value && previous.sampleSize === sampleSize && previous.provisional === provisional;
    if (source !== 'computed' || !unchanged)
      this.recordFigure(record, source, { value, sampleSize, provisional }, monthlyFee, now);
    // Time alone can put a running period at risk: checked on every computed measurement, changed or not.
    if (source === 'computed') this.assessRisk(periodStart, now);
  }

  private recordFigure(
    record: PeriodRecord,
    source: MeasurementInput['source'],
    { value, sampleSize, provisional }: { value: number; sampleSize: number; provisional: boolean },
    monthlyFee: Money,
    now: Date,
  ): void {
    const { periodStart, periodEnd } = record;
    const { objective, minimumSample, metric, serviceCreditPercent } = this.definition;
    const outcome = measurementOutcome(objective, minimumSample, value, sampleSize);
    const measurement = { value, sampleSize, outcome, provisional, measuredAt: now.toISOString() };
    const counting = countingMeasurement(withMeasurement(record, source, measurement));
    const ids = this.ids();
    const counts = counting?.source === source;
    this.apply(
      new SlaMeasured(
        ...ids,
        metric,
        periodStart,
        periodEnd,
        value,
        sampleSize,
        source,
        outcome,
        provisional,
        counts,
        measurement.measuredAt,
      ),
    );
    if (isBreach(counting) && !record.credit) {
      this.apply(new SlaBreached(...ids, periodStart, periodEnd, serviceCredit(monthlyFee, serviceCreditPercent)));
    } else if (!isBreach(counting) && record.credit) {
      this.apply(new SlaBreachRetracted(...ids, periodStart, periodEnd, record.credit));
    }
  }

  private assessRisk(periodStart: string, now: Date): void {
    const record = this.periods.get(periodStart)!;
    const computed = record.bySource.computed;
    const change = riskChange(record, computed, record.atRisk === true, now);
    if (!change || !computed) return;
    const { periodEnd } = record;
    const { value, sampleSize } = computed;
    const figures = [...this.ids(), periodStart, periodEnd, value, sampleSize, change.elapsedPercent] as const;
    this.apply(
      change.kind === 'at_risk'
        ? new SlaAtRisk(...figures, now.toISOString())
        : new SlaAtRiskCleared(...figures, now.toISOString()),
    );
  }

  /** Computed figures are re-measured often, so long SLA streams load from a snapshot. */
  override toSnapshot(): object {
    const { contractId, vendorId, definition, status } = this;
    return { contractId, vendorId, definition, status, periods: [...this.periods.values()] };
  }

  protected override restoreSnapshot(state: SlaSnapshot): void {
    Object.assign(this, {
      contractId: state.contractId,
      vendorId: state.vendorId,
      definition: {
        ...state.definition,
        clock: clockOrDefault(state.definition.clock),
        appliesTo: scopeOrDefault(state.definition.appliesTo),
      },
      status: state.status,
    });
    this.periods.clear();
    for (const record of state.periods) this.periods.set(record.periodStart, record);
  }

  private assertActive(action: string): void {
    if (this.status === 'retired')
      throw new InvalidStateError(CommonErrorCode.INVALID_STATUS, `SLA ${this.id} is retired; it cannot be ${action}.`);
  }

  protected onSlaDefined(event: SlaDefined): void {
    const { name, metric, objective, period, minimumSample, serviceCreditPercent } = event;
    this.id = event.slaId;
    this.contractId = event.contractId;
    this.vendorId = event.vendorId;
    this.definition = {
      name,
      metric,
      objective,
      period,
      minimumSample,
      serviceCreditPercent,
      clock: clockOrDefault(event.clock),
      appliesTo: scopeOrDefault(event.appliesTo),
    };
    this.status = 'active';
  }

  protected onSlaRevised(event: SlaRevised): void {
    this.definition = { ...this.definition, ...event.changes };
  }

  protected onSlaRetired(): void {
    this.status = 'retired';
  }

  protected onSlaMeasured(event: SlaMeasured): void {
    const { periodStart, periodEnd, value, sampleSize, outcome, provisional, measuredAt } = event;
    const record = this.periods.get(periodStart) ?? emptyPeriod({ periodStart, periodEnd });
    this.periods.set(
      periodStart,
      withMeasurement(record, event.source, { value, sampleSize, outcome, provisional, measuredAt }),
    );
  }

  protected onSlaPeriodDisputed(event: SlaPeriodDisputed): void {
    this.periods.set(event.periodStart, withDispute(this.periods.get(event.periodStart)!, disputeOf(event)));
  }

  protected onSlaPeriodDisputeResolved(event: SlaPeriodDisputeResolved): void {
    const record = this.periods.get(event.periodStart)!;
    this.periods.set(event.periodStart, withDispute(record, resolvedDispute(record.dispute!, event)));
  }

  protected onSlaAtRisk(event: SlaAtRisk): void {
    this.periods.set(event.periodStart, { ...this.periods.get(event.periodStart)!, atRisk: true });
  }

  protected onSlaAtRiskCleared(event: SlaAtRiskCleared): void {
    this.periods.set(event.periodStart, { ...this.periods.get(event.periodStart)!, atRisk: false });
  }

  protected onSlaBreached(event: SlaBreached): void {
    this.periods.set(event.periodStart, { ...this.periods.get(event.periodStart)!, credit: event.creditAmount });
  }

  protected onSlaBreachRetracted(event: SlaBreachRetracted): void {
    this.periods.set(event.periodStart, { ...this.periods.get(event.periodStart)!, credit: null });
  }
}
