/** Turns the data of `type` at `fromVersion` into its shape at `fromVersion + 1`. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
}

/**
 * Old event shapes are upcast on read, one version at a time, never rewritten in place. Contexts register their
 * upcasters when their module loads.
 */
export class UpcasterRegistry {
  private readonly byKey = new Map<string, Upcaster>();

  register(...upcasters: Upcaster[]): void {
    for (const upcaster of upcasters) this.byKey.set(`${upcaster.type}@${upcaster.fromVersion}`, upcaster);
  }

  upcast(type: string, schemaVersion: number, data: unknown): { schemaVersion: number; data: unknown } {
    let version = schemaVersion;
    let current = data;
    for (let next = this.byKey.get(`${type}@${version}`); next; next = this.byKey.get(`${type}@${version}`)) {
      current = next.upcast(current);
      version += 1;
    }
    return { schemaVersion: version, data: current };
  }
}
