import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock, InjectReadDatabase, queryRow, queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { monthsBetween, performanceOf, trendOf } from '../domain/reports/performance';
import { ChecklistReader } from './checklist-reader';
import { GetVendorPerformanceQuery } from './get-vendor-performance.query';
import { openEscalations, performanceCells } from './performance-cells';
import { reportPeriod } from './report-period';

interface AttritionRow {
  value: number | null;
}

interface ContractRow {
  id: string;
  title: string;
  status: string;
}

@QueryHandler(GetVendorPerformanceQuery)
export class GetVendorPerformanceHandler implements IQueryHandler<GetVendorPerformanceQuery> {
  constructor(
    @InjectReadDatabase() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly checklists: ChecklistReader,
  ) {}

  async execute({ vendorId, from: requestedFrom, to: requestedTo }: GetVendorPerformanceQuery) {
    const checklist = await this.checklists.vendor(vendorId);
    const { from, to } = reportPeriod(this.clock.now(), requestedFrom, requestedTo);
    const [cells, open, attrition] = await Promise.all([
      performanceCells(this.db, { vendorId }, from, to),
      openEscalations(this.db, vendorId),
      queryRow<AttritionRow>(
        this.db,
        `SELECT doc->'roster'->'annualizedAttritionPercent' AS value FROM reporting_vendor_facts WHERE id = $1`,
        [vendorId],
      ),
    ]);
    const contracts = await queryRows<ContractRow>(
      this.db,
      `SELECT id, doc->>'title' AS title, status FROM reporting_contract_facts WHERE vendor_id = $1 ORDER BY doc->>'startDate', id`,
      [vendorId],
    );
    const grades = new Map(checklist.contracts.map((c) => [c.contractId, c.grade]));
    const sumOpen = [...open.values()].reduce((a, b) => a + b, 0);
    return {
      vendorId,
      from,
      to,
      ...performanceOf(cells),
      openEscalations: sumOpen,
      annualizedAttritionPercent: attrition?.value ?? null,
      checklistGrade: checklist.grade,
      byContract: contracts.map((c) => ({
        contractId: c.id,
        title: c.title,
        status: c.status,
        ...performanceOf(cells.filter((cell) => cell.contractId === c.id)),
        openEscalations: open.get(c.id) ?? 0,
        checklistGrade: grades.get(c.id) ?? null,
      })),
      trend: trendOf(cells, monthsBetween(from, to)),
    };
  }
}
