import { Command } from '@nestjs/cqrs';
import { WriteResult } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { MeasurementInput } from '../domain/sla.aggregate';

/**
 * Records one period's figure of an SLA. HTTP sends `manual` or `vendor_report`; interaction ingest sends
 * `computed` (with `provisional` for a running period), inside its own transaction through `manager`.
 * A computed figure equal to the one on record appends nothing.
 */
export class RecordSlaMeasurementCommand extends Command<WriteResult> {
  constructor(
    readonly slaId: string,
    readonly measurement: MeasurementInput,
    readonly ifMatch?: number,
    readonly options: { manager?: EntityManager } = {},
  ) {
    super();
  }
}
