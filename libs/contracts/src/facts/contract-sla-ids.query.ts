import { Query } from '@nestjs/cqrs';

/**
 * The SLAs defined on contracts, by contract id, oldest first: asked by the contract views, answered by the SLA
 * context from its facts (ADR 0005). Published here because the SLA context depends on this one.
 */
export class GetContractSlaIdsQuery extends Query<Record<string, string[]>> {
  constructor(readonly contractIds: readonly string[]) {
    super();
  }
}
