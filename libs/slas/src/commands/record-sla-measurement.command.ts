import { Command } from '@nestjs/cqrs';
import { WriteResult } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { MeasurementInput } from '../domain/sla.aggregate';

/**
 * Records periods' figures of an SLA, in order, in one append. HTTP sends one, `manual` or `vendor_report`; the
 * computed measurements send every changed period of the SLA at once, `computed` (with `provisional` for a running
 * period), inside their own transaction through `manager`. A computed figure equal to the one on record appends
 * nothing.
 */
export class RecordSlaMeasurementCommand extends Command<WriteResult> {
  constructor(
    readonly slaId: string,
    readonly measurements: readonly MeasurementInput[],
    readonly ifMatch?: number,
    readonly options: { manager?: EntityManager } = {},
  ) {
    super();
  }
}
