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
