import { ReportRange } from '../domain/sla-compliance';

export class GetContractComplianceQuery {
  constructor(
    readonly contractId: string,
    readonly range: ReportRange,
  ) {}
}
