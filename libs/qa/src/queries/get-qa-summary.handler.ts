import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, queryRow, queryRows } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { QaSummary, summarizeReviews } from '../domain/qa-summary';
import { QaReviewView } from '../projections/qa-review-list.projection';
import { GetQaSummaryQuery } from './get-qa-summary.query';
import { interactionPeriod } from './interaction-period';

export type ContractQaSummary = { contractId: string; from: string | null; to: string | null } & QaSummary;

/** SPEC §7's summary over the contract's reviews whose interaction occurred in [from, to]. */
@QueryHandler(GetQaSummaryQuery)
export class GetQaSummaryHandler implements IQueryHandler<GetQaSummaryQuery, ContractQaSummary> {
  constructor(private readonly db: DataSource) {}

  async execute({ contractId, from, to }: GetQaSummaryQuery): Promise<ContractQaSummary> {
    const contract = await queryRow<{ vendor_id: string }>(
      this.db,
      `SELECT vendor_id FROM qa_contract_facts WHERE id = $1`,
      [contractId],
    );
    if (!contract) throw NotFoundError.of('Contract', contractId);
    VendorScope.assertVisible(contract.vendor_id, 'Contract', contractId);
    const period = interactionPeriod(from, to);
    const rows = await queryRows<{ doc: QaReviewView }>(
      this.db,
      `SELECT doc FROM qa_reviews
       WHERE contract_id = $1 AND ($2::timestamptz IS NULL OR occurred_at >= $2) AND ($3::timestamptz IS NULL OR occurred_at < $3)`,
      [contractId, period.from ?? null, period.before ?? null],
    );
    const summary = summarizeReviews(
      rows.map(({ doc }) => ({
        agentRef: doc.agentRef,
        score: doc.score,
        autoFailed: doc.autoFailed,
        disputed: doc.dispute !== null,
        amended: doc.resolution?.outcome === 'amended',
        acknowledged: doc.acknowledgement !== null,
        calibrationGroup: doc.calibrationGroup,
      })),
    );
    return { contractId, from: from ?? null, to: to ?? null, ...summary };
  }
}
