import { Query } from '@nestjs/cqrs';
import { SlaView } from './sla-view';

export class GetSlaQuery extends Query<SlaView> {
  constructor(readonly slaId: string) {
    super();
  }
}
