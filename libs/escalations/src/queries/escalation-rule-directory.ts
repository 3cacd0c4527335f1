import { Injectable } from '@nestjs/common';
import { queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { EscalationRuleView } from '../projections/escalation-rule-view';

/**
 * The escalation rules other contexts may read (the checklist's item 6): a contract's rules with their levels,
 * authorities and definition time. Reads the `escalation-rules` read model; routes that use it declare
 * `@ReadsProjections(ESCALATION_RULES_PROJECTION)`.
 */
@Injectable()
export class EscalationRuleDirectory {
  constructor(private readonly db: DataSource) {}

  async rulesOfContract(contractId: string, options: { enabledOnly?: boolean } = {}): Promise<EscalationRuleView[]> {
    const rows = await queryRows<{ doc: EscalationRuleView }>(
      this.db,
      `SELECT doc FROM escalation_rules WHERE contract_id = $1 ${options.enabledOnly ? 'AND enabled' : ''} ORDER BY defined_at, id`,
      [contractId],
    );
    return rows.map((r) => r.doc);
  }
}
