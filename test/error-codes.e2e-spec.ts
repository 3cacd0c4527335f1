import { randomUUID } from 'node:crypto';
import { bearer, requestsAs, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';
import { EVALUATION, vendorBody } from './helpers/vendors-fixtures';

/** SPEC §1: every 409, 412 and 422 names the rule that refused in `code`, and the OpenAPI document lists them. */
describe('error codes', () => {
  let t: TestApp;
  let procurement: { token: string };

  beforeAll(async () => {
    t = await startTestApp();
    procurement = await userWithRole(t, 'procurement');
  });
  afterAll(() => t.close());

  const { post } = requestsAs(
    () => t,
    () => procurement.token,
  );

  it('answers 409 INVALID_STATUS, naming the status, to approving a rejected vendor', async () => {
    const { body } = await post('/vendors', vendorBody('Rejected Codes')).expect(201);
    await post(`/vendors/${body.id}/evaluations`, EVALUATION).expect(201);
    await post(`/vendors/${body.id}/reject`, { reason: 'too expensive' }).expect(201);

    const res = await post(`/vendors/${body.id}/approve`, { rationale: 'changed my mind' }).expect(409);

    expect(res.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'INVALID_STATUS',
      message: expect.stringContaining('it is rejected'),
    });
  });

  it('answers 422 EVALUATION_REQUIRED to approving a vendor never evaluated', async () => {
    const { body } = await post('/vendors', vendorBody('Unevaluated Codes')).expect(201);

    const res = await post(`/vendors/${body.id}/approve`, { rationale: 'trust me' }).expect(422);

    expect(res.body).toMatchObject({ statusCode: 422, code: 'EVALUATION_REQUIRED' });
  });

  it('answers 409 VENDOR_NAME_TAKEN to a second vendor of the same name (any case)', async () => {
    await post('/vendors', vendorBody('Taken Name Co')).expect(201);

    const res = await post('/vendors', vendorBody('TAKEN name co')).expect(409);

    expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'VENDOR_NAME_TAKEN' });
  });

  it('answers 412 STALE_VERSION with the current version to a stale If-Match', async () => {
    const { body } = await post('/vendors', vendorBody('Stale Codes')).expect(201);

    const res = await post(`/vendors/${body.id}/evaluations`, EVALUATION).set('If-Match', '5').expect(412);

    expect(res.body).toEqual({
      statusCode: 412,
      error: 'Precondition Failed',
      code: 'STALE_VERSION',
      message: expect.any(String),
      currentVersion: 1,
    });
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED to a key replayed with another body, and registers nothing', async () => {
    const key = randomUUID();
    await post('/vendors', vendorBody('Keyed First')).set('Idempotency-Key', key).expect(201);

    const res = await post('/vendors', vendorBody('Keyed Second')).set('Idempotency-Key', key).expect(422);

    expect(res.body).toMatchObject({ statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    await post('/vendors', vendorBody('Keyed Second')).expect(201); // the name was never taken by the refused call
  });

  it('answers a 404 without a code: it names no rule', async () => {
    const res = await t.http.get(`/api/v1/vendors/${randomUUID()}`).set(bearer(procurement.token)).expect(404);

    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
  });

  it('lists every code in the OpenAPI document, as the enum of ErrorBody.code', async () => {
    const res = await t.http.get('/docs-json').expect(200);

    const schema = res.body.components.schemas.ErrorBody;
    expect(schema.required).toEqual(['statusCode', 'error', 'message']);
    const codes: string[] = schema.properties.code.enum;
    expect(codes).toEqual(
      expect.arrayContaining([
        'STALE_VERSION',
        'VENDOR_NAME_TAKEN',
        'INVALID_STATUS',
        'EVALUATION_REQUIRED',
        'DISPUTE_WINDOW_CLOSED',
        'DISPUTE_ALREADY_OPEN',
        'IDEMPOTENCY_KEY_REUSED',
        'WEIGHTS_SUM_TO_ZERO',
        'VENDOR_NOT_APPROVED',
        'CONTRACT_TERMINATED',
        'ESCALATION_RULE_INVALID',
        'EMAIL_TAKEN',
      ]),
    );
    expect(codes.every((code) => /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
