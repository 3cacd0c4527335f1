import { Injectable } from '@nestjs/common';
import { queryRow, queryRows } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { SlaDefinitionView } from '../facts/sla-definition.fold';

/**
 * The SLA context's facts API, read from its inline read model: a reaction or a command right after a definition,
 * revision or retirement sees it (a replayed reaction measures by today's definition, never a superseded one).
 */
@Injectable()
export class SlaFacts {
  constructor(private readonly db: DataSource) {}

  /** The SLA in any status, or undefined when it is unknown. */
  async find(slaId: string, options: { manager?: EntityManager } = {}): Promise<SlaDefinitionView | undefined> {
    const row = await queryRow<{ doc: SlaDefinitionView }>(
      options.manager ?? this.db,
      `SELECT doc FROM sla_definitions WHERE id = $1`,
      [slaId],
    );
    return row?.doc;
  }

  /** The SLA, or undefined when it is unknown or retired. */
  async active(slaId: string, options: { manager?: EntityManager } = {}): Promise<SlaDefinitionView | undefined> {
    const row = await queryRow<{ doc: SlaDefinitionView }>(
      options.manager ?? this.db,
      `SELECT doc FROM sla_definitions WHERE id = $1 AND status = 'active'`,
      [slaId],
    );
    return row?.doc;
  }

  /** Every SLA of a contract, retired ones too, oldest first. */
  async ofContract(contractId: string, options: { manager?: EntityManager } = {}): Promise<SlaDefinitionView[]> {
    const rows = await queryRows<{ doc: SlaDefinitionView }>(
      options.manager ?? this.db,
      `SELECT doc FROM sla_definitions WHERE contract_id = $1 ORDER BY doc->>'definedAt', id`,
      [contractId],
    );
    return rows.map((row) => row.doc);
  }

  /** The active SLAs of a contract, oldest first. */
  async activeOf(contractId: string, options: { manager?: EntityManager } = {}): Promise<SlaDefinitionView[]> {
    const rows = await queryRows<{ doc: SlaDefinitionView }>(
      options.manager ?? this.db,
      `SELECT doc FROM sla_definitions WHERE contract_id = $1 AND status = 'active' ORDER BY doc->>'definedAt', id`,
      [contractId],
    );
    return rows.map((row) => row.doc);
  }
}
