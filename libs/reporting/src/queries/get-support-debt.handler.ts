import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock, InjectReadDatabase, NotFoundError, queryRow, queryRows } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { InteractionActivity } from '@vendorwatch/interactions';
import { SlaFacts } from '../domain/checklist/checklist-facts';
import {
  customersRepeating,
  escalationsIncreasing,
  firefighting,
  slasConstantlyMissed,
} from '../domain/reports/support-debt';
import { GetSupportDebtQuery } from './get-support-debt.query';

const DAY_MS = 86_400_000;

interface ContractRow {
  slas: Record<string, SlaFacts> | null;
  vendorId: string;
}

interface SlaPeriodRow {
  slaId: string;
  periodStart: string;
  outcome: string;
}

interface WindowCountRow {
  n: string;
  opened: number;
}

/** Three consecutive 30-day windows ending now, oldest first, each (from, to]. */
function thirtyDayWindows(now: Date): { from: string; to: string }[] {
  return [90, 60, 30].map((daysBack) => ({
    from: new Date(now.getTime() - daysBack * DAY_MS).toISOString(),
    to: new Date(now.getTime() - (daysBack - 30) * DAY_MS).toISOString(),
  }));
}

@QueryHandler(GetSupportDebtQuery)
export class GetSupportDebtHandler implements IQueryHandler<GetSupportDebtQuery> {
  constructor(
    @InjectReadDatabase() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly interactions: InteractionActivity,
  ) {}

  async execute({ contractId }: GetSupportDebtQuery) {
    const contract = await queryRow<ContractRow>(
      this.db,
      `SELECT doc->'slas' AS slas, vendor_id AS "vendorId" FROM reporting_contract_facts WHERE id = $1`,
      [contractId],
    );
    if (!contract) throw NotFoundError.of('Contract', contractId);
    VendorScope.assertVisible(contract.vendorId, 'Contract', contractId);
    const now = this.clock.now();
    const windows = thirtyDayWindows(now);
    const weeklyInstants = [21, 14, 7, 0].map((days) => new Date(now.getTime() - days * DAY_MS).toISOString());
    const [periods, escalations, priorities, backlog, repeats] = await Promise.all([
      queryRows<SlaPeriodRow>(
        this.db,
        `SELECT sla_id AS "slaId", to_char(period_start, 'YYYY-MM-DD') AS "periodStart", outcome FROM reporting_sla_periods
         WHERE contract_id = $1 AND NOT provisional AND outcome <> 'insufficient_data' ORDER BY period_start DESC`,
        [contractId],
      ),
      queryRows<WindowCountRow>(
        this.db,
        `SELECT w.n, count(e.escalation_id)::int AS opened FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS w(f, t, n)
         LEFT JOIN reporting_escalations e ON e.contract_id = $1 AND e.opened_at > w.f AND e.opened_at <= w.t
         GROUP BY w.n ORDER BY w.n`,
        [contractId, windows.map((w) => w.from), windows.map((w) => w.to)],
      ),
      Promise.all(windows.map((w) => this.interactions.priorities(contractId, w.from, w.to))),
      this.interactions.openBacklog(contractId, weeklyInstants),
      Promise.all(windows.map((w) => this.interactions.repeats(contractId, w.from, w.to))),
    ]);
    const slas = contract.slas ?? {};
    const activeSlas = Object.entries(slas)
      .filter(([, sla]) => sla.active)
      .map(([slaId, sla]) => ({
        slaId,
        name: sla.name,
        periods: periods.filter((p) => p.slaId === slaId),
      }));
    return {
      contractId,
      evaluatedAt: now.toISOString(),
      slasConstantlyMissed: slasConstantlyMissed(activeSlas),
      escalationsIncreasing: escalationsIncreasing(windows.map((w, i) => ({ ...w, opened: escalations[i].opened }))),
      firefighting: firefighting(priorities, backlog),
      customersRepeating: customersRepeating(repeats),
    };
  }
}
