import { WriteResult } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { ComputedSla } from '../domain/computed-sla';

/** The contracts context as the ingest needs it: does the contract exist, may the caller see it, where is its demand. */
export abstract class ContractGate {
  /** Throws NotFoundError (404) for an unknown contract or one of another vendor. */
  abstract assertVisible(contractId: string): Promise<{ demandTimezone: string | null }>;
}

/** The SLA definitions of a contract that are measured from interactions (active, with a computed metric). */
export abstract class ComputedSlaCatalog {
  /** `upToDate`: including an SLA defined a moment ago (waits for the SLA read model; for an ingest, not the worker). */
  abstract ofContract(contractId: string, upToDate?: boolean): Promise<ComputedSla[]>;
  /** One SLA as defined now; undefined when it is retired or not measured from interactions. */
  abstract current(slaId: string): Promise<ComputedSla | undefined>;
}

export interface ComputedMeasurement {
  periodStart: string;
  value: number;
  sampleSize: number;
  provisional: boolean;
}

/** Appends `SlaMeasured` (source computed) through the SLA aggregate, inside the measuring transaction. */
export abstract class MeasurementRecorder {
  abstract record(sla: ComputedSla, measurement: ComputedMeasurement, manager: EntityManager): Promise<WriteResult>;
}
