import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The boundaries of ARCHITECTURE.md, checked on every test run (STYLE.md habit 9). */
const ROOT = resolve(__dirname, '..');
const LIBS = join(ROOT, 'libs');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

const files = sourceFiles(LIBS);
const libOf = (file: string) => relative(LIBS, file).split(sep)[0];

describe('architecture boundaries', () => {
  it('finds the libs', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('keeps domain code free of Nest, TypeORM and HTTP (only the cqrs AggregateRoot is allowed)', () => {
    const offenders = files
      .filter((file) => file.includes(`${sep}domain${sep}`))
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => /^(@nestjs\/(?!cqrs$)|typeorm|express|pg$|class-validator|@nestjs\/swagger)/.test(spec))
          .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('lets a lib reach another lib only through its public index (@vendorwatch/<lib>)', () => {
    const offenders = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          if (/^@vendorwatch\/[\w-]+\//.test(spec)) return true;
          if (!spec.startsWith('.')) return false;
          const target = resolve(file, '..', spec);
          return !target.startsWith(LIBS) || libOf(target) !== libOf(file);
        })
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('never imports a lib from itself through its own alias (cycles through index.ts)', () => {
    const offenders = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec === `@vendorwatch/${libOf(file)}`)
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});

/** The tables a SQL text names after FROM / JOIN (reads) and after INSERT INTO / UPDATE / DELETE FROM / TRUNCATE / COPY. */
const SQL_NAME = '([a-z_][a-z0-9_]*)';
const readsIn = (source: string) =>
  [...source.matchAll(new RegExp(`\\b(?:FROM|JOIN)\\s+${SQL_NAME}`, 'g'))].map((m) => m[1]);
const writesIn = (source: string) => [
  ...[
    ...source.matchAll(
      new RegExp(`\\b(?:INSERT INTO|UPDATE|DELETE FROM|TRUNCATE|COPY|LOCK TABLE)\\s+${SQL_NAME}`, 'g'),
    ),
  ].map((m) => m[1]),
  ...[...source.matchAll(/\breadonly table = '([a-z_]+)'/g)].map((m) => m[1]),
  ...[...source.matchAll(/\breadonly tables = \[([^\]]*)\]/g)].flatMap((m) =>
    [...m[1].matchAll(/'([a-z_]+)'/g)].map((t) => t[1]),
  ),
];

/** Each table created by a migration belongs to the lib that writes it; the event store's to the event store. */
function tableOwners(): Map<string, Set<string>> {
  const migrationsDir = join(ROOT, 'migrations');
  const created = new Set(
    readdirSync(migrationsDir).flatMap((name) =>
      [...readFileSync(join(migrationsDir, name), 'utf8').matchAll(/CREATE (?:UNLOGGED )?TABLE ([a-z_]+)/g)].map(
        (m) => m[1],
      ),
    ),
  );
  const owners = new Map<string, Set<string>>();
  for (const file of files) {
    for (const table of writesIn(readFileSync(file, 'utf8'))) {
      if (!created.has(table)) continue;
      if (!owners.has(table)) owners.set(table, new Set());
      owners.get(table)!.add(libOf(file));
    }
  }
  return owners;
}

describe('data ownership', () => {
  const owners = tableOwners();

  it('finds the tables and their owners', () => {
    expect(owners.get('events')).toEqual(new Set(['event-store']));
    expect(owners.get('vendor_standing')).toEqual(new Set(['vendors']));
  });

  it('lets a lib read and write only its own tables (the events table only through the event store)', () => {
    const offenders = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return [...readsIn(source), ...writesIn(source)]
        .filter((table) => owners.has(table) && !owners.get(table)!.has(libOf(file)))
        .map((table) => `${relative(ROOT, file)} uses ${table} (owned by ${[...owners.get(table)!].join(', ')})`);
    });
    expect([...new Set(offenders)]).toEqual([]);
  });

  it('gives every table one owner', () => {
    const shared = [...owners]
      .filter(([, libs]) => libs.size > 1)
      .map(([table, libs]) => `${table}: ${[...libs].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('builds projections with constructor injection, never ModuleRef lookups', () => {
    const offenders = files.filter((file) => /\bModuleRef\b/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
