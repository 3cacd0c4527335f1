import { Injectable, Logger } from '@nestjs/common';
import { ProjectionCheckpoints } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { Sla } from '../domain/sla.aggregate';
import { SLA_SUMMARY_PROJECTION, SlaSummary } from '../projections/sla-summary';

export type SlaDefinitionView = Omit<SlaSummary, 'periods'>;

const CATCH_UP_MS = 5000;

/** The SLAs defined on a contract (from the `sla-summary` read model), for contexts that measure them. */
@Injectable()
export class ContractSlas {
  private readonly logger = new Logger(ContractSlas.name);

  constructor(
    private readonly db: DataSource,
    private readonly checkpoints: ProjectionCheckpoints,
  ) {}

  /**
   * The active SLAs. `upToDate` first waits until the read model holds every SLA event stored so far (up to 5 s,
   * then answers what it holds), so a command right after a definition does not miss it.
   */
  async activeOf(contractId: string, { upToDate = false } = {}): Promise<SlaDefinitionView[]> {
    if (upToDate) await this.catchUp();
    const rows: { doc: SlaSummary }[] = await this.db.query(
      `SELECT doc FROM sla_summaries WHERE contract_id = $1 AND status = 'active' ORDER BY defined_at, id`,
      [contractId],
    );
    return rows.map(({ doc: { periods: _periods, ...definition } }) => definition);
  }

  private async catchUp(): Promise<void> {
    if (await this.checkpoints.waitForStreamType(SLA_SUMMARY_PROJECTION, Sla.streamType, CATCH_UP_MS)) return;
    this.logger.warn(
      `The ${SLA_SUMMARY_PROJECTION} read model is behind the SLA events stored; SLAs defined since may be missed.`,
    );
  }
}
