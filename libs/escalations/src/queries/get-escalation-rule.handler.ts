import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, queryRow } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { EscalationRuleView } from '../projections/escalation-rule-view';
import { GetEscalationRuleQuery } from './get-escalation-rule.query';

@QueryHandler(GetEscalationRuleQuery)
export class GetEscalationRuleHandler implements IQueryHandler<GetEscalationRuleQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ ruleId }: GetEscalationRuleQuery): Promise<EscalationRuleView> {
    const row = await queryRow<{ doc: EscalationRuleView }>(this.db, `SELECT doc FROM escalation_rules WHERE id = $1`, [
      ruleId,
    ]);
    if (!row) throw NotFoundError.of('Escalation rule', ruleId);
    VendorScope.assertVisible(row.doc.vendorId, 'Escalation rule', ruleId);
    return row.doc;
  }
}
