import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BusinessRuleError, EventStore, NotFoundError, queryRow } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { listsEvidence } from '../computed/metric-source';
import { MetricSources } from '../computed/metric-sources';
import { computedSlaOf } from '../domain/computed-sla';
import { countingMeasurement } from '../domain/sla-period-record';
import { periodStartingAt } from '../domain/sla-periods';
import { SlaErrorCode } from '../domain/sla-errors';
import { nextSlaDefinition, SlaDefinitionView } from '../facts/sla-definition.fold';
import { SlaSummary } from '../projections/sla-summary';
import { SlaFacts } from './sla-facts';
import { GetPeriodEvidenceQuery, PeriodEvidence } from './get-period-evidence.query';

interface FigureRow {
  value: number;
  sample_size: number;
  measured_at: Date;
  sla_version: number | null;
}

@QueryHandler(GetPeriodEvidenceQuery)
export class GetPeriodEvidenceHandler implements IQueryHandler<GetPeriodEvidenceQuery> {
  constructor(
    private readonly db: DataSource,
    private readonly facts: SlaFacts,
    private readonly sources: MetricSources,
    private readonly store: EventStore,
  ) {}

  async execute({ slaId, periodStart, page }: GetPeriodEvidenceQuery): Promise<PeriodEvidence> {
    const current = await this.facts.find(slaId);
    if (!current) throw NotFoundError.of('SLA', slaId);
    VendorScope.assertVisible(current.vendorId, 'SLA', slaId);
    const bounds = periodStartingAt(current.period, periodStart);
    const day = bounds.periodStart.slice(0, 10);
    const figure = await queryRow<FigureRow>(
      this.db,
      `SELECT value::float8 AS value, sample_size, measured_at, sla_version FROM computed_sla_measurements
       WHERE sla_id = $1 AND period_start = $2`,
      [slaId, day],
    );
    const measuredWith = figure?.sla_version ? await this.definitionAt(slaId, figure.sla_version) : current;
    const sla = computedSlaOf(measuredWith);
    const source = sla && this.sources.of(sla.metric);
    if (!sla || !source || !listsEvidence(source)) {
      throw new BusinessRuleError(
        SlaErrorCode.NO_RECORD_EVIDENCE,
        `SLA ${slaId} (${current.metric}) is not computed from records that can be listed.`,
      );
    }
    if (!figure) throw new NotFoundError(`Period ${day} of SLA ${slaId} has no computed figure yet.`);
    if (sla.clock && sla.clock.type !== '24x7') {
      // The records are classified by SQL on the wall clock; a business clock's per-record listing is not built yet.
      throw new BusinessRuleError(
        SlaErrorCode.NO_RECORD_EVIDENCE,
        `SLA ${slaId} counts on a ${sla.clock.type} clock; its records are not listed yet (only 24x7 SLAs are).`,
      );
    }
    const evidence = await source.evidence(this.db.manager, sla, day, figure.measured_at, page);
    return {
      slaId,
      ...bounds,
      measuredWith: { slaVersion: figure.sla_version, objective: measuredWith.objective },
      value: figure.value,
      sampleSize: figure.sample_size,
      ...(await this.countingOther(slaId, bounds.periodStart)),
      items: evidence.items,
      total: evidence.total,
      limit: page.limit,
      offset: page.offset,
    };
  }

  /** The definition as it stood at a version of the SLA's stream. */
  private async definitionAt(slaId: string, version: number): Promise<SlaDefinitionView> {
    const events = (await this.store.readStream(slaId)).filter((event) => event.version <= version);
    return events.reduce<SlaDefinitionView | undefined>(nextSlaDefinition, undefined)!;
  }

  /** The figure that counts for the period when it is not the computed one. */
  private async countingOther(slaId: string, periodStart: string): Promise<Pick<PeriodEvidence, 'counting'>> {
    const row = await queryRow<{ doc: SlaSummary }>(this.db, `SELECT doc FROM sla_summaries WHERE id = $1`, [slaId]);
    const record = row?.doc.periods[periodStart];
    const counting = record && countingMeasurement(record);
    if (!counting || counting.source === 'computed') return {};
    return { counting: { source: counting.source, value: counting.value, sampleSize: counting.sampleSize } };
  }
}
