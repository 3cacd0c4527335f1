/**
 * The wire names of the events of every aggregate a context registered (`EventStoreModule.forFeature`): the event
 * types a subscriber outside the product (a webhook) may name.
 */
export class EventTypeCatalogue {
  private readonly types = new Set<string>();

  register(...types: string[]): void {
    for (const type of types) this.types.add(type);
  }

  has(type: string): boolean {
    return this.types.has(type);
  }

  all(): string[] {
    return [...this.types].sort();
  }
}
