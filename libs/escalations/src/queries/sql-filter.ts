/** `WHERE` clause and parameters for equality filters on typed columns; undefined values are left out. */
export function equalityFilter(filters: Record<string, unknown>): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => {
      params.push(value);
      return `${column} = $${params.length}`;
    });
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
