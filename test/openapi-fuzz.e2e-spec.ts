import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { adminToken, bearer, userWithRole } from './helpers/auth';
import { arbitraryFor, OpenApiDocument, Operation, operationsOf, parameterText } from './helpers/openapi-arbitraries';
import { settled, startTestApp, TestApp } from './helpers/test-app';

const RUNS_PER_OPERATION = 40;
/** Well under the 3 minutes the suite allows; an unfinished round stops sending, it does not fail. */
const BUDGET_MS = 120_000;
const ROLES = ['admin', 'procurement', 'ops_manager', 'qa_reviewer', 'auditor', 'vendor', 'anonymous'] as const;
type Caller = (typeof ROLES)[number];

/** What a URL can carry: percent-encoded UTF-8, and a half surrogate as the bytes a careless client would send. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
  }
}

/** Header values Node can put on the wire (it refuses control characters itself). */
const headerSafe = (text: string) => text.replace(/[^\x20-\x7e]/g, '').slice(0, 300);

/**
 * Every operation of the OpenAPI document, as every role, with generated parameters, headers and bodies (issue
 * 15): no answer is a 5xx, and every error answers SPEC §1's shape.
 */
describe('OpenAPI fuzz', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  const tokens = {} as Record<Caller, string | undefined>;
  const ids: string[] = [];
  let position = '0';

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: process.env.FUZZ_LOG_LEVEL ?? 'fatal' });
    document = (await t.http.get('/docs-json').expect(200)).body;
    tokens.admin = await adminToken(t);
    for (const role of ['procurement', 'ops_manager', 'qa_reviewer', 'auditor'] as const)
      tokens[role] = (await userWithRole(t, role)).token;
    const vendorId = await vendorIn(t, tokens.procurement!, 'approved');
    tokens.vendor = (await userWithRole(t, 'vendor', { vendorId })).token;
    const contract = await t.http
      .post('/api/v1/contracts')
      .set(bearer(tokens.procurement!))
      .send(minimalContract(vendorId))
      .expect(201);
    ids.push(vendorId, contract.body.id);
    position = contract.body.position;
    await settled(t, position);
  }, 120_000);
  afterAll(() => t.close());

  const pathValue = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...[0, 1].map((i) => () => ids[i])).map((id) => id()) },
    { weight: 2, arbitrary: fc.constant(null).map(() => randomUUID()) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '..', '%', 'a b', '99999999999999999999', '\ud800') },
  );

  function send(operation: Operation, caller: Caller, generated: Record<string, unknown>) {
    // Parameters and headers are generated as text (parameterText); only the body is any JSON.
    const values = generated as Record<string, string | boolean | undefined> & { body?: unknown };
    let url = `${operation.path}`;
    const query: string[] = [];
    const headers: Record<string, string> = {};
    for (const parameter of operation.parameters) {
      const value = values[`${parameter.in}:${parameter.name}`];
      if (value === undefined) continue;
      if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encode(String(value)) || 'x');
      if (parameter.in === 'query') query.push(`${encode(parameter.name)}=${encode(String(value))}`);
      if (parameter.in === 'header') headers[parameter.name] = headerSafe(String(value));
    }
    url = url.replace(/\{[^}]+\}/g, 'missing');
    if (values.ifMatch !== undefined) headers['If-Match'] = headerSafe(String(values.ifMatch));
    if (values.idempotencyKey !== undefined) headers['Idempotency-Key'] = headerSafe(String(values.idempotencyKey));
    if (values.csv) headers.Accept = 'text/csv';
    const token = tokens[caller];
    if (token) headers.Authorization = `Bearer ${token}`;
    const target = query.length ? `${url}?${query.join('&')}` : url;
    const agent = t.http as unknown as Record<string, (url: string) => import('supertest').Test>;
    const request = agent[operation.method](target).set(headers);
    if (operation.method === 'get' || values.body === undefined) return request;
    return request.set('Content-Type', 'application/json').send(JSON.stringify(values.body));
  }

  it('answers every generated request of every operation and role without a 5xx, errors in SPEC §1 shape', async () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(40);
    const deadline = Date.now() + BUDGET_MS;
    const statuses = new Map<number, number>();
    let sent = 0;
    for (const operation of operations) {
      const parameterArbitraries = Object.fromEntries(
        operation.parameters
          .filter((parameter) => parameter.in !== 'cookie')
          .map((parameter) => [
            `${parameter.in}:${parameter.name}`,
            parameter.in === 'path'
              ? pathValue
              : parameter.name.toLowerCase() === 'x-min-position'
                ? fc.constantFrom('0', position, '-1', 'abc', '99999999999999999999', '9223372036854775808')
                : parameter.required
                  ? parameterText(parameter, document)
                  : fc.option(parameterText(parameter, document), { nil: undefined }),
          ]),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...ROLES),
          fc.record({
            ...parameterArbitraries,
            body: operation.body ? arbitraryFor(operation.body, document) : fc.constant(undefined),
            ifMatch: fc.option(
              fc.oneof(fc.constantFrom('1', '"2"', 'W/"3"', '99999999999'), fc.string({ maxLength: 12 })),
              {
                nil: undefined,
              },
            ),
            idempotencyKey: fc.option(fc.string({ maxLength: 250 }), { nil: undefined }),
            csv: fc.boolean(),
          }),
          async (caller, values) => {
            if (Date.now() > deadline) return;
            const res = await send(operation, caller, values);
            sent++;
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            const where = `${operation.method.toUpperCase()} ${operation.path} as ${caller} → ${res.status}`;
            expect({ where, status: res.status < 500 }).toEqual({ where, status: true });
            if (res.status >= 400) {
              expect({ where, body: res.body }).toEqual({
                where,
                body: expect.objectContaining({
                  statusCode: res.status,
                  error: expect.any(String),
                  message: expect.any(String),
                }),
              });
            }
          },
        ),
        { numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
    }
    console.log(`OpenAPI fuzz: ${sent} requests over ${operations.length} operations`, Object.fromEntries(statuses));
    expect(sent).toBeGreaterThan(1000);
  }, 170_000);
});
