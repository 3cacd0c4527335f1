export class ListEscalationRulesQuery {
  constructor(
    readonly filter: { contractId?: string; status?: 'enabled' | 'disabled' },
    readonly page: { limit: number; offset: number },
  ) {}
}
