import { ContractTerms, TERM_SECTIONS, TermChanges, TermSection } from './contract-terms';

type Plain = Record<string, unknown>;

function isSection(key: string): key is TermSection {
  return (TERM_SECTIONS as readonly string[]).includes(key);
}

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set(
      [...Object.keys(a), ...Object.keys(b)].filter((k) => a[k] !== undefined || b[k] !== undefined),
    );
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/** Drops null and undefined values at any depth: an absent term and a null one mean the same in stored terms. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (!isPlainObject(value)) return value;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => [k, compact(v)]);
  return Object.fromEntries(entries) as T;
}

/** The part of `requested` that differs from `current`: what a `ContractAmended` event records. */
export function changedTerms(current: ContractTerms, requested: TermChanges): TermChanges {
  const changes: Plain = {};
  const now = current as unknown as Plain;
  for (const [key, value] of Object.entries(requested)) {
    if (value === undefined) continue;
    if (isSection(key) && isPlainObject(value)) {
      const section = (now[key] ?? {}) as Plain;
      const fields = Object.entries(value).filter(([f, v]) => v !== undefined && !sameValue(section[f] ?? null, v));
      if (fields.length) changes[key] = Object.fromEntries(fields);
    } else if (!sameValue(now[key] ?? null, value)) {
      changes[key] = value;
    }
  }
  return changes;
}

/** The terms after an amendment: sections merge field by field, other terms are replaced, `null` removes. */
export function applyTermChanges(terms: ContractTerms, changes: TermChanges): ContractTerms {
  const next: Plain = { ...(terms as unknown as Plain) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    next[key] = isSection(key) && isPlainObject(value) ? { ...((next[key] ?? {}) as Plain), ...value } : value;
  }
  return compact(next) as unknown as ContractTerms;
}
