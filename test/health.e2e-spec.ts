import { startTestApp, TestApp } from './helpers/test-app';

describe('health and conventions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers health without a token', async () => {
    const res = await t.http.get('/api/v1/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database).toBe('up');
    expect(Array.isArray(res.body.projections)).toBe(true);
  });

  it('answers unknown routes with the error shape', async () => {
    const res = await t.http.get('/api/v1/nowhere').expect(404);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http.get('/docs-json').expect(200);
    expect(res.body.info.title).toBe('Vendorwatch');
  });
});
