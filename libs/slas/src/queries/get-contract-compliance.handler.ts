import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ContractFacts, creditTermsAt } from '@vendorwatch/contracts';
import { queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { contractCompliance, ContractCompliance } from '../domain/sla-compliance';
import { SlaSummary } from '../projections/sla-summary';
import { GetContractComplianceQuery } from './get-contract-compliance.query';

interface SummaryRow {
  doc: SlaSummary;
}

@QueryHandler(GetContractComplianceQuery)
export class GetContractComplianceHandler implements IQueryHandler<GetContractComplianceQuery> {
  constructor(
    private readonly db: DataSource,
    private readonly contracts: ContractFacts,
  ) {}

  async execute({
    contractId,
    range,
  }: GetContractComplianceQuery): Promise<{ contractId: string } & ContractCompliance> {
    const contract = await this.contracts.visible(contractId);
    const rows = await queryRows<SummaryRow>(
      this.db,
      `SELECT doc FROM sla_summaries WHERE contract_id = $1 ORDER BY defined_at, id`,
      [contractId],
    );
    const creditTermsByMonth = {
      ofMonth: (month: string) => creditTermsAt(contract.creditTerms, `${month}-01T00:00:00.000Z`),
      currency: contract.creditTerms[contract.creditTerms.length - 1].monthlyFee.currency,
      accruesFrom: contract.signedAt,
    };
    return {
      contractId,
      ...contractCompliance(
        rows.map((r) => r.doc),
        range,
        creditTermsByMonth,
      ),
    };
  }
}
