import { adminToken, bearer, requestsAs, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';
import { EVALUATION, vendorBody } from './helpers/vendors-fixtures';

describe('vendors: procurement flow', () => {
  let t: TestApp;
  let procurement: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    procurement = await userWithRole(t, 'procurement');
  });
  afterAll(() => t.close());

  const { post, get } = requestsAs(
    () => t,
    () => procurement.token,
  );

  it('registers, vets and approves a vendor, with every figure in its summary', async () => {
    const registered = await post('/vendors', vendorBody('Acme Support')).expect(201);
    const id = registered.body.id;
    expect(registered.body).toEqual({ id: expect.any(String), version: 1, position: expect.stringMatching(/^\d+$/) });

    await post(`/vendors/${id}/evaluations`, {
      criteria: [{ key: 'price', score: 1, weight: 5 }],
      pricing: { model: 'per_seat', rate: { amount: 2000, currency: 'EUR' } },
      evaluatedAt: '2026-02-01T09:00:00.000Z',
    }).expect(201);
    await post(`/vendors/${id}/evaluations`, EVALUATION).expect(201);
    await post(`/vendors/${id}/reference-checks`, {
      company: 'Globex',
      contactRole: 'COO',
      outcome: 'positive',
    }).expect(201);
    await post(`/vendors/${id}/reference-checks`, {
      company: 'Initech',
      contactRole: 'Head of Support',
      outcome: 'neutral',
      notes: 'slow ramp-up',
    }).expect(201);
    await post(`/vendors/${id}/due-diligence`, { item: 'qa_process', outcome: 'concerns' }).expect(201);
    await post(`/vendors/${id}/due-diligence`, { item: 'qa_process', outcome: 'verified' }).expect(201);
    await post(`/vendors/${id}/due-diligence`, {
      item: 'security_review',
      outcome: 'missing',
      notes: 'no SOC 2',
    }).expect(201);
    await post(`/vendors/${id}/roster-reports`, {
      month: '2026-02',
      headcountStart: 100,
      headcountEnd: 96,
      leavers: 6,
      hires: 2,
    }).expect(201);
    const approved = await post(`/vendors/${id}/approve`, { rationale: 'Best weighted score.' }).expect(201);
    expect(approved.body).toEqual({ id, version: 10, position: expect.any(String) });

    const summary = await get(`/vendors/${id}`, approved.body.position).expect(200);
    expect(summary.headers['x-projection-position']).toBeDefined();
    expect(summary.body).toEqual({
      id,
      name: 'Acme Support',
      legalName: 'Acme Support Ltd',
      website: 'https://vendor.example',
      country: 'PH',
      channels: ['voice', 'chat'],
      languages: ['en', 'fil'],
      sites: [{ city: 'Manila', country: 'PH', timezone: 'Asia/Manila' }],
      status: 'approved',
      evaluation: {
        weightedScore: 3.88, // (3·2 + 5·1 + 4·3 + 4·2) / 8 = 3.875
        priceWeightShare: 0.25, // 2 / 8
        criteria: [
          { key: 'price', score: 3, weight: 2, notes: null },
          { key: 'training_depth', score: 5, weight: 1, notes: null },
          { key: 'qa_discipline', score: 4, weight: 3, notes: 'weekly calibration' },
          { key: 'escalation_handling', score: 4, weight: 2, notes: null },
        ],
        pricing: { model: 'per_hour', rate: { amount: 14.5, currency: 'USD' } },
        evaluatedAt: '2026-02-20T10:00:00.000Z',
      },
      referenceChecks: [
        { company: 'Globex', contactRole: 'COO', outcome: 'positive', notes: null, checkedAt: expect.any(String) },
        {
          company: 'Initech',
          contactRole: 'Head of Support',
          outcome: 'neutral',
          notes: 'slow ramp-up',
          checkedAt: expect.any(String),
        },
      ],
      dueDiligence: { qa_process: 'verified', security_review: 'missing' },
      latestRoster: {
        month: '2026-02',
        headcountStart: 100,
        headcountEnd: 96,
        leavers: 6,
        hires: 2,
        avgTenureMonths: null,
        trainingHoursPerNewHire: null,
        reportedAt: expect.any(String),
      },
      annualizedAttritionPercent: 73.5, // 6 / 98 × 12 × 100 = 73.47
      contractIds: [],
      version: 10,
    });
  });

  it('counts the second roster report of a month', async () => {
    const { body } = await post('/vendors', vendorBody('Roster Co')).expect(201);
    await post(`/vendors/${body.id}/roster-reports`, {
      month: '2026-03',
      headcountStart: 50,
      headcountEnd: 50,
      leavers: 5,
      hires: 5,
    }).expect(201);
    const second = await post(`/vendors/${body.id}/roster-reports`, {
      month: '2026-03',
      headcountStart: 40,
      headcountEnd: 38,
      leavers: 3,
      hires: 1,
      avgTenureMonths: 9.5,
      trainingHoursPerNewHire: 80,
    }).expect(201);
    const summary = await get(`/vendors/${body.id}`, second.body.position).expect(200);
    expect(summary.body.latestRoster).toMatchObject({
      month: '2026-03',
      headcountStart: 40,
      leavers: 3,
      avgTenureMonths: 9.5,
      trainingHoursPerNewHire: 80,
    });
    expect(summary.body.annualizedAttritionPercent).toBe(92.3); // 3 / 39 × 1200 = 92.31
  });

  it('refuses approval without an evaluation (422)', async () => {
    const { body } = await post('/vendors', vendorBody('Unvetted Inc')).expect(201);
    const res = await post(`/vendors/${body.id}/approve`, { rationale: 'trust me' }).expect(422);
    expect(res.body).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'EVALUATION_REQUIRED',
      message: expect.stringContaining('evaluated'),
    });
  });

  it('refuses a criterion scored twice (422)', async () => {
    const { body } = await post('/vendors', vendorBody('Twice Scored')).expect(201);
    const criteria = [...EVALUATION.criteria, { key: 'price', score: 5, weight: 1 }];
    const res = await post(`/vendors/${body.id}/evaluations`, { ...EVALUATION, criteria }).expect(422);
    expect(res.body.message).toContain('repeated: price');
  });

  it.each([
    ['missing channels', vendorBody('Bad 1', { channels: undefined }), 'channels'],
    ['empty channels', vendorBody('Bad 2', { channels: [] }), 'channels'],
    [
      'a bad timezone',
      vendorBody('Bad 3', { sites: [{ city: 'Manila', country: 'PH', timezone: 'Mars/Olympus' }] }),
      'sites.0.timezone',
    ],
    ['an unknown property', vendorBody('Bad 4', { nickname: 'acme' }), 'nickname'],
    ['a bad country', vendorBody('Bad 5', { country: 'XX' }), 'country'],
    ['a bad language tag', vendorBody('Bad 6', { languages: ['en_US!'] }), 'languages'],
    ['no sites', vendorBody('Bad 7', { sites: [] }), 'sites'],
  ])('rejects a registration with %s (400)', async (_case, body, field) => {
    const res = await post('/vendors', body).expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('answers a missing required field with one "<field> is required" message (400)', async () => {
    const body: Partial<ReturnType<typeof vendorBody>> = vendorBody('Nameless');
    delete body.name;
    const res = await post('/vendors', body).expect(400);
    expect(res.body.message).toBe('Invalid request: name is required.');
    expect(res.body.details).toEqual([{ field: 'name', errors: ['name is required'] }]);
  });

  it.each([
    ['score 6', { key: 'price', score: 6, weight: 1 }, 'criteria.0.score'],
    ['weight 0', { key: 'price', score: 3, weight: 0 }, 'criteria.0.weight'],
    ['a fractional score', { key: 'price', score: 2.5, weight: 1 }, 'criteria.0.score'],
  ])('rejects an evaluation with %s (400)', async (_case, criterion, field) => {
    const { body } = await post('/vendors', vendorBody(`Eval ${field} ${criterion.score}`)).expect(201);
    const res = await post(`/vendors/${body.id}/evaluations`, { ...EVALUATION, criteria: [criterion] }).expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field })]);
  });

  it('rejects a bad month, a negative headcount and a bad currency (400)', async () => {
    const { body } = await post('/vendors', vendorBody('Validation Co')).expect(201);
    const roster = await post(`/vendors/${body.id}/roster-reports`, {
      month: '2026-13',
      headcountStart: -1,
      headcountEnd: 1,
      leavers: 0,
      hires: 0,
    }).expect(400);
    expect(roster.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['headcountStart', 'month']);
    const pricing = { model: 'per_hour', rate: { amount: -1, currency: 'usd1' } };
    const evaluation = await post(`/vendors/${body.id}/evaluations`, { ...EVALUATION, pricing }).expect(400);
    expect(evaluation.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'pricing.rate.amount',
      'pricing.rate.currency',
    ]);
  });

  it('lists vendors filtered by status and name, paginated', async () => {
    const { body } = await post('/vendors', vendorBody('Zeta Listing Partners')).expect(201);
    await post(`/vendors/${body.id}/evaluations`, EVALUATION).expect(201);
    const approved = await post(`/vendors/${body.id}/approve`, { rationale: 'ok' }).expect(201);
    const byName = await get('/vendors?q=listing%20PART', approved.body.position).expect(200);
    expect(byName.body).toEqual({
      items: [expect.objectContaining({ id: body.id, status: 'approved' })],
      total: 1,
      limit: 50,
      offset: 0,
    });
    const approvedOnes = await get('/vendors?status=approved&limit=1', approved.body.position).expect(200);
    expect(approvedOnes.body.total).toBe(2);
    expect(approvedOnes.body.items).toHaveLength(1);
    expect(approvedOnes.body.items[0].name).toBe('Acme Support');
    const page2 = await get('/vendors?status=approved&limit=1&offset=1', approved.body.position).expect(200);
    expect(page2.body.items[0].name).toBe('Zeta Listing Partners');
    await get('/vendors?status=dormant', approved.body.position).expect(400);
  });

  it('lists every event of a vendor with its actor in the history', async () => {
    const { body } = await post('/vendors', vendorBody('History Ltd')).expect(201);
    await t.http
      .post(`/api/v1/vendors/${body.id}/reference-checks`)
      .set(bearer(procurement.token))
      .set('X-Request-Id', 'req-history-1')
      .set('X-Correlation-Id', 'corr-history-1')
      .send({ company: 'Globex', contactRole: 'COO', outcome: 'negative' })
      .expect(201);
    await post(`/vendors/${body.id}/reject`, { reason: 'negative reference' }).expect(201);

    const auditor = await userWithRole(t, 'auditor');
    const history = await t.http.get(`/api/v1/vendors/${body.id}/history`).set(bearer(auditor.token)).expect(200);
    expect(history.body.total).toBe(3);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual([
      'VendorRegistered',
      'VendorReferenceChecked',
      'VendorRejected',
    ]);
    expect(history.body.items[1]).toMatchObject({
      streamId: body.id,
      streamType: 'Vendor',
      version: 2,
      data: { vendorId: body.id, company: 'Globex', outcome: 'negative' },
      metadata: {
        actorId: procurement.id,
        actorRole: 'procurement',
        requestId: 'req-history-1',
        correlationId: 'corr-history-1',
      },
    });
    for (const event of history.body.items) {
      expect(event.metadata).toEqual(
        expect.objectContaining({
          actorId: procurement.id,
          actorRole: 'procurement',
          requestId: expect.any(String),
          correlationId: expect.any(String),
        }),
      );
    }
    await t.http
      .get('/api/v1/vendors/00000000-0000-4000-8000-000000000000/history')
      .set(bearer(await adminToken(t)))
      .expect(404);
  });
});
