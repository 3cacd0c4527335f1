import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ContractFacts, creditTermsAt } from '@vendorwatch/contracts';
import { EventStore, NotFoundError, queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { contractCompliance, ContractCompliance } from '../domain/sla-compliance';
import { SlaSummary } from '../projections/sla-summary';
import { nextSlaSummary } from '../projections/sla-summary.projection';
import { SlaFacts } from './sla-facts';
import { GetContractComplianceQuery } from './get-contract-compliance.query';

interface SummaryRow {
  doc: SlaSummary;
}

@QueryHandler(GetContractComplianceQuery)
export class GetContractComplianceHandler implements IQueryHandler<GetContractComplianceQuery> {
  constructor(
    private readonly db: DataSource,
    private readonly contracts: ContractFacts,
    private readonly facts: SlaFacts,
    private readonly store: EventStore,
  ) {}

  async execute({
    contractId,
    range,
    asOf,
  }: GetContractComplianceQuery): Promise<{ contractId: string } & ContractCompliance> {
    const contract = await this.contracts.visible(contractId);
    // The contract and fee amendments recorded after `asOf` did not exist then.
    const creditTerms = asOf
      ? contract.creditTerms.filter((terms) => Date.parse(terms.recordedAt) <= asOf.getTime())
      : contract.creditTerms;
    if (creditTerms.length === 0) throw NotFoundError.of('Contract', contractId);
    const creditTermsByMonth = {
      ofMonth: (month: string) => creditTermsAt(creditTerms, `${month}-01T00:00:00.000Z`),
      currency: creditTerms[creditTerms.length - 1].monthlyFee.currency,
      // Credits accrue from the signing on (as it stood at `asOf`).
      accruesFrom:
        asOf && contract.signedAt && Date.parse(contract.signedAt) > asOf.getTime() ? null : contract.signedAt,
    };
    const slas = asOf ? await this.summariesAsOf(contractId, asOf) : await this.summaries(contractId);
    return { contractId, ...contractCompliance(slas, range, creditTermsByMonth) };
  }

  private async summaries(contractId: string): Promise<SlaSummary[]> {
    const rows = await queryRows<SummaryRow>(
      this.db,
      `SELECT doc FROM sla_summaries WHERE contract_id = $1 ORDER BY defined_at, id`,
      [contractId],
    );
    return rows.map((r) => r.doc);
  }

  /** The SLA summaries folded from the events recorded until `asOf`, as the read model held them then. */
  private async summariesAsOf(contractId: string, asOf: Date): Promise<SlaSummary[]> {
    const slaIds = (await this.facts.ofContract(contractId)).map((sla) => sla.id);
    const docs = new Map<string, SlaSummary | undefined>();
    for (const event of await this.store.readStreamsUntil(slaIds, asOf)) {
      docs.set(event.streamId, nextSlaSummary(docs.get(event.streamId), event));
    }
    return [...docs.values()]
      .filter((doc): doc is SlaSummary => doc !== undefined)
      .sort((a, b) => a.definedAt.localeCompare(b.definedAt) || a.id.localeCompare(b.id));
  }
}
