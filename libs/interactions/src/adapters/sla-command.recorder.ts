import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { WriteResult } from '@vendorwatch/event-store';
import { RecordSlaMeasurementCommand } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { ComputedSla } from '../domain/computed-sla';
import { ComputedMeasurement, MeasurementRecorder } from '../ports/ingest-ports';

/** Records through the SLA aggregate (outcome, breach and credit are its rules), in the caller's transaction. */
@Injectable()
export class SlaCommandRecorder extends MeasurementRecorder {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  record(
    sla: ComputedSla,
    { periodStart, value, sampleSize, provisional }: ComputedMeasurement,
    manager: EntityManager,
  ): Promise<WriteResult> {
    const input = { periodStart, value, sampleSize, source: 'computed' as const, provisional };
    return this.commands.execute(new RecordSlaMeasurementCommand(sla.slaId, input, undefined, { manager }));
  }
}
