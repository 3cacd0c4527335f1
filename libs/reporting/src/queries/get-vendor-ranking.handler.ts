import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock, InjectReadDatabase, pageOf } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { performanceOf } from '../domain/reports/performance';
import { RANKING_METHOD, rankVendors } from '../domain/reports/vendor-ranking';
import { ChecklistReader } from './checklist-reader';
import { GetVendorRankingQuery } from './get-vendor-ranking.query';
import { performanceCells } from './performance-cells';
import { reportPeriod } from './report-period';

/** Vendors that can still be worked with: rejected and offboarded ones are not ranked. */
const RANKED_OUT = ['rejected', 'offboarded'];

@QueryHandler(GetVendorRankingQuery)
export class GetVendorRankingHandler implements IQueryHandler<GetVendorRankingQuery> {
  constructor(
    @InjectReadDatabase() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly checklists: ChecklistReader,
  ) {}

  async execute({ page, from: requestedFrom, to: requestedTo }: GetVendorRankingQuery) {
    const { from, to } = reportPeriod(this.clock.now(), requestedFrom, requestedTo);
    const [vendors, cells] = await Promise.all([
      this.checklists.allVendors(),
      performanceCells(this.db, { all: true }, from, to),
    ]);
    const cellsOf = new Map<string, typeof cells>();
    for (const cell of cells) {
      const own = cellsOf.get(cell.vendorId);
      if (own) own.push(cell);
      else cellsOf.set(cell.vendorId, [cell]);
    }
    const ranked = rankVendors(
      [...vendors.values()]
        .filter(({ facts }) => !RANKED_OUT.includes(facts.status))
        .map(({ facts, checklist }) => {
          const figures = performanceOf(cellsOf.get(facts.vendorId) ?? []);
          return {
            vendorId: facts.vendorId,
            name: facts.name,
            status: facts.status,
            slaAttainmentRate: figures.slaAttainmentRate,
            qaAverageScore: figures.qaAverageScore,
            riskScore: checklist.riskScore,
            grade: checklist.grade,
            annualizedAttritionPercent: facts.roster?.annualizedAttritionPercent ?? null,
          };
        }),
    );
    return {
      ...pageOf(ranked.slice(page.offset, page.offset + page.limit), ranked.length, page),
      from,
      to,
      method: RANKING_METHOD,
    };
  }
}
