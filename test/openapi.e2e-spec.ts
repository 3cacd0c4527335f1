import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { adminToken, bearer } from './helpers/auth';
import { ADMIN, startTestApp, TestApp } from './helpers/test-app';

type Document = {
  paths: Record<string, Record<string, Operation>>;
};
type Operation = {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
};

const root = resolve(__dirname, '..');
const bin = (pkg: string, file: string) => join(root, 'node_modules', pkg, file);

/** The OpenAPI document as a client author meets it: complete, lint-clean, and good enough to generate a client. */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: Document;
  const folder = join(root, 'test/artifacts', `openapi-${process.pid}`);
  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http.get('/docs-json').expect(200)).body;
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'openapi.json'), JSON.stringify(document));
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
    );

  it('gives every operation a summary, a description and its responses, each with a schema', () => {
    expect(operations().length).toBeGreaterThanOrEqual(69);
    const gaps = operations().flatMap(({ route, operation }) => [
      ...(operation.summary ? [] : [`${route}: no summary`]),
      ...(operation.description ? [] : [`${route}: no description`]),
      ...(Object.keys(operation.responses).some((s) => s.startsWith('2')) ? [] : [`${route}: no success response`]),
      ...Object.entries(operation.responses)
        .filter(
          ([, response]) => !(response.content?.['application/json'] ?? response.content?.['application/pdf'])?.schema,
        )
        .map(([status]) => `${route}: ${status} without a schema`),
    ]);
    expect(gaps).toEqual([]);
    const reviewPack = document.paths['/api/v1/contracts/{id}/review-pack'].get.responses['200'];
    expect(Object.keys(reviewPack.content ?? {})).toEqual(['application/pdf']);
    const vendors = document.paths['/api/v1/vendors'].post.responses;
    expect(Object.keys(vendors).sort()).toEqual(['201', '400', '401', '403', '409', '413', '422', '429']);
  });

  it('lists each parameter once (X-Min-Position beside @Headers on the escalation routes)', () => {
    const twice = operations().flatMap(({ route, operation }) => {
      const keys = (operation.parameters ?? []).map((p) => `${p.in}:${p.name.toLowerCase()}`);
      return keys.filter((key, i) => keys.indexOf(key) !== i).map((key) => `${route} ${key}`);
    });
    expect(twice).toEqual([]);
  });

  it('passes the Redocly lint (recommended rules) with zero errors', () => {
    const lint = spawnSync(
      process.execPath,
      [bin('@redocly/cli', 'bin/cli.js'), 'lint', join(folder, 'openapi.json'), '--format=stylish'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(`${lint.stdout}${lint.stderr}`).toContain('Your API description is valid');
    expect(lint.status).toBe(0);
  });

  it('generates a typed client that compiles and makes real calls', async () => {
    const generate = spawnSync(
      process.execPath,
      [bin('openapi-typescript', 'bin/cli.js'), join(folder, 'openapi.json'), '-o', join(folder, 'api.d.ts')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(generate.status).toBe(0);
    // A client program on the generated types: the compiler checks paths, parameters, bodies and answers.
    writeFileSync(
      join(folder, 'client.ts'),
      [
        `import createClient from 'openapi-fetch';`,
        `import type { paths } from './api';`,
        `const client = createClient<paths>({ baseUrl: process.env.API_URL });`,
        `async function main() {`,
        `  const body = { email: process.env.EMAIL ?? '', password: process.env.PASSWORD ?? '' };`,
        `  const login = await client.POST('/api/v1/auth/login', { body });`,
        `  const headers = { Authorization: \`Bearer \${login.data?.accessToken ?? ''}\` };`,
        `  const vendors = await client.GET('/api/v1/vendors', { params: { query: { limit: 10 } }, headers });`,
        `  const missing = await client.GET('/api/v1/vendors/{id}', {`,
        `    params: { path: { id: '0b7f4c52-93c1-4d43-9a8e-3f3c1f8e2a10' } },`,
        `    headers,`,
        `  });`,
        `  // @ts-expect-error the route needs its id`,
        `  if (process.env.NEVER) await client.GET('/api/v1/vendors/{id}', { headers });`,
        `  const answer = { login: login.response.status, vendors: vendors.data, missing: missing.error?.message };`,
        `  console.log(JSON.stringify(answer));`,
        `}`,
        `void main();`,
      ].join('\n'),
    );
    const compile = spawnSync(
      process.execPath,
      [
        bin('typescript', 'bin/tsc'),
        ...['--strict', '--skipLibCheck', '--module', 'commonjs', '--target', 'es2022', '--esModuleInterop'],
        ...['--outDir', join(folder, 'out'), join(folder, 'client.ts')],
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(compile.stdout).toBe('');
    expect(compile.status).toBe(0);

    const server = await t.app.listen(0, '127.0.0.1');
    const { port } = server.address() as AddressInfo;
    // Not spawnSync: this process serves the calls.
    const run = await promisify(execFile)(process.execPath, [join(folder, 'out', 'client.js')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, API_URL: `http://127.0.0.1:${port}`, EMAIL: ADMIN.email, PASSWORD: ADMIN.password },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      login: 200,
      vendors: { items: [], total: 0, limit: 10, offset: 0 },
      missing: 'Vendor 0b7f4c52-93c1-4d43-9a8e-3f3c1f8e2a10 was not found.',
    });
  });

  it('answers a missing required field with one "<field> is required" message', async () => {
    const { body } = await t.http
      .post('/api/v1/vendors')
      .set(bearer(await adminToken(t)))
      .send({})
      .expect(400);
    expect(body.details[0]).toEqual({ field: 'name', errors: ['name is required'] });
  });
});
