import { ReferenceCheck } from '../domain/vendor-vetting';

export class RecordReferenceCheckCommand {
  constructor(
    readonly vendorId: string,
    readonly check: ReferenceCheck,
    readonly ifMatch?: number,
  ) {}
}
