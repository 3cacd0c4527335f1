import { BadRequestException } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ContractView, GetContractQuery } from '@vendorwatch/contracts';
import { ListEscalationsQuery } from '@vendorwatch/escalations';
import { Clock } from '@vendorwatch/event-store';
import { ContractQaSummary, GetQaSummaryQuery, ListQaReviewsQuery, QaReviewView } from '@vendorwatch/qa';
import { GetContractComplianceQuery, ListSlaPeriodsQuery, PeriodView } from '@vendorwatch/slas';
import { monthsBetween } from '../domain/reports/performance';
import { ChecklistReader } from '../queries/checklist-reader';
import { reportPeriod } from '../queries/report-period';
import { GetReviewPackQuery } from './get-review-pack.query';
import { ReviewPack } from './review-pack';

/** A review pack covers at most this many days: a year and its leap day. */
export const MAX_REVIEW_PACK_DAYS = 366;
const PAGE = 200;

/** Every item of a paginated published query, page by page. */
async function everyItem<T>(
  fetch: (page: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>,
) {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch({ limit: PAGE, offset });
    items.push(...page.items);
    if (page.items.length < PAGE || items.length >= page.total) return items;
  }
}

const dayOf = (instant: string) => instant.slice(0, 10);

/** Composes the contract review pack from the contexts' published queries (each applies the caller's scope). */
@QueryHandler(GetReviewPackQuery)
export class GetReviewPackHandler implements IQueryHandler<GetReviewPackQuery, ReviewPack> {
  constructor(
    private readonly queries: QueryBus,
    private readonly checklists: ChecklistReader,
    private readonly clock: Clock,
  ) {}

  async execute({ contractId, from: requestedFrom, to: requestedTo }: GetReviewPackQuery): Promise<ReviewPack> {
    const now = this.clock.now();
    const { from, to } = reportPeriod(now, requestedFrom, requestedTo);
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    if (days > MAX_REVIEW_PACK_DAYS)
      throw new BadRequestException(
        `A review pack covers at most ${MAX_REVIEW_PACK_DAYS} days; ${from}..${to} is ${days}.`,
      );
    const inRange = (instant: string) => dayOf(instant) >= from && dayOf(instant) <= to;

    const contract = await this.queries.execute<GetContractQuery, ContractView>(new GetContractQuery(contractId));
    const [checklist, vendorName, compliance, qa, escalations, qaDisputes] = await Promise.all([
      this.checklists.contract(contractId),
      this.checklists.vendorName(contract.vendorId),
      this.queries.execute(new GetContractComplianceQuery(contractId, { from, to })),
      this.queries.execute<GetQaSummaryQuery, ContractQaSummary>(new GetQaSummaryQuery(contractId, from, to)),
      everyItem((page) => this.queries.execute(new ListEscalationsQuery({ contractId }, page))),
      everyItem((page) =>
        this.queries.execute<ListQaReviewsQuery, { items: QaReviewView[]; total: number }>(
          new ListQaReviewsQuery({ contractId, status: 'disputed' }, page),
        ),
      ),
    ]);
    const slas = await Promise.all(
      compliance.slas.map(async (sla) => {
        const periods = await everyItem((page) => this.queries.execute(new ListSlaPeriodsQuery(sla.slaId, page)));
        return { sla, periods };
      }),
    );
    const credited = new Map(compliance.creditsByMonth.map((c) => [c.month, c]));
    return {
      contract,
      vendorName,
      from,
      to,
      generatedAt: now.toISOString(),
      checklist,
      slas: slas.map(({ sla, periods }) => ({
        ...sla,
        periods: periods.filter((p) => inRange(p.periodStart)).reverse(),
      })),
      credits: {
        byMonth: monthsBetween(from, to).map((month) => credited.get(month) ?? { month, amount: 0, capped: false }),
        total: compliance.totalCredits,
      },
      qa,
      escalations: escalations
        .filter((e) => e.status !== 'resolved' || inRange(e.openedAt))
        .sort((a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved')),
      disputes: {
        sla: slas.flatMap(({ sla, periods }) =>
          periods
            .filter((p) => p.dispute?.status === 'open')
            .map((period: PeriodView) => ({ slaName: sla.name, period })),
        ),
        qa: qaDisputes,
      },
      governanceReviews: contract.governanceReviews.filter((r) => inRange(r.heldAt)).reverse(),
    };
  }
}
