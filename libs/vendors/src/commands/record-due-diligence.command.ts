import { DueDiligenceEntry } from '../domain/vendor-vetting';

export class RecordDueDiligenceCommand {
  constructor(
    readonly vendorId: string,
    readonly entry: DueDiligenceEntry,
    readonly ifMatch?: number,
  ) {}
}
