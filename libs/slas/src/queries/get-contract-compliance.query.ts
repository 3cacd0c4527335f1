import { Query } from '@nestjs/cqrs';
import { ContractCompliance, ReportRange } from '../domain/sla-compliance';

export class GetContractComplianceQuery extends Query<{ contractId: string } & ContractCompliance> {
  constructor(
    readonly contractId: string,
    readonly range: ReportRange,
    /** As the report stood at this instant (SPEC §13); now when absent. */
    readonly asOf?: Date,
  ) {
    super();
  }
}
