import { Evaluation } from '../domain/vendor-evaluation';

export class EvaluateVendorCommand {
  constructor(
    readonly vendorId: string,
    /** `evaluatedAt` defaults to now. */
    readonly evaluation: Omit<Evaluation, 'evaluatedAt'> & { evaluatedAt?: string },
    readonly ifMatch?: number,
  ) {}
}
