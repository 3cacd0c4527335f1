import { parse } from 'csv-parse/sync';

/**
 * What SPEC §1 says one CSV row of a JSON item holds, written independently of the server's code: dotted paths,
 * arrays of scalars joined with `; `, `null` as an empty cell, numbers and booleans as JSON writes them.
 */
export function expectedCells(value: unknown, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  if (value === null || value === undefined) into[prefix] = '';
  else if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'))
    into[prefix] = value.map((v) => (v === null ? '' : String(v))).join('; ');
  else if (typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) expectedCells(inner, prefix ? `${prefix}.${key}` : key, into);
  else into[prefix] = typeof value === 'string' ? value : JSON.stringify(value);
  return into;
}

/** The rows of a CSV answer, each a map from its header's dotted path to its cell. */
export function csvRows(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true });
}

/** Every CSV row equals its JSON item, cell by cell; a cell the item lacks (another row's field) is empty. */
export function expectSameFigures(csv: string, items: unknown[]): void {
  const rows = csvRows(csv);
  expect(rows).toHaveLength(items.length);
  rows.forEach((row, index) => {
    const cells = expectedCells(items[index]);
    for (const [path, cell] of Object.entries(row)) expect([path, cell]).toEqual([path, cells[path] ?? '']);
    for (const path of Object.keys(cells)) expect(Object.keys(row)).toContain(path);
  });
}
