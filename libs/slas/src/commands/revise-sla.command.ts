import { SlaTermChanges } from '../domain/sla.events';

export class ReviseSlaCommand {
  constructor(
    readonly slaId: string,
    readonly changes: SlaTermChanges,
    readonly ifMatch?: number,
  ) {}
}
