import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, queryRow } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { EscalationView } from '../projections/escalation-view';
import { EscalationCauseNames } from './escalation-cause-names';
import { EscalationsCatchUp } from './escalations-catch-up';
import { GetEscalationQuery } from './get-escalation.query';

@QueryHandler(GetEscalationQuery)
export class GetEscalationHandler implements IQueryHandler<GetEscalationQuery> {
  constructor(
    private readonly db: DataSource,
    private readonly catchUp: EscalationsCatchUp,
    private readonly names: EscalationCauseNames,
  ) {}

  async execute({ escalationId, minPosition }: GetEscalationQuery): Promise<EscalationView> {
    await this.catchUp.await(minPosition);
    const row = await queryRow<{ doc: EscalationView }>(this.db, `SELECT doc FROM escalations WHERE id = $1`, [
      escalationId,
    ]);
    if (!row) throw NotFoundError.of('Escalation', escalationId);
    VendorScope.assertVisible(row.doc.vendorId, 'Escalation', escalationId);
    return this.names.name(row.doc);
  }
}
