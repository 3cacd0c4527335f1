import { Clock } from '@vendorwatch/event-store';
import { bearer, userWithRole } from './helpers/auth';
import {
  Actors,
  contractChecklist,
  draftContract,
  goLive,
  startWithApprovedVendor,
  write,
} from './helpers/checklist-fixtures';
import { vendorIn } from './helpers/contracts-fixtures';
import { eventually } from './helpers/eventually';
import { pdfText } from './helpers/pdf-text';
import { TestApp } from './helpers/test-app';

const LIVE_AT = '2026-03-02T00:00:00.000Z';
const SLAS = ['First response within 1h', 'Resolution within 24h'];

/** SPEC §15: the contract review pack, a PDF of what the API knows about one contract over a period. */
describe('contract review pack', () => {
  let t: TestApp;
  let actors: Actors;
  let admin: string;
  let vendorId: string;
  let contractId: string;
  let position: string;
  const slaIds: string[] = [];

  /** The pack as bytes, once the read models hold `position`. */
  async function download(query: string, token = admin) {
    const res = await t.http
      .get(`/api/v1/contracts/${contractId}/review-pack${query}`)
      .set(bearer(token))
      .set('X-Min-Position', position)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    return res;
  }

  beforeAll(async () => {
    ({ t, actors, admin, vendorId } = await startWithApprovedVendor());
    t.app.get(Clock).set(LIVE_AT);
    contractId = (await draftContract(t, actors, vendorId, { governance: { reviewCadenceDays: 30 } })).id;
    await goLive(t, actors, contractId, LIVE_AT);
    for (const name of SLAS) {
      const sla = await write(t, actors.ops, 'post', `/contracts/${contractId}/slas`, {
        name,
        metric: 'first_response_time',
        objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
        period: 'week',
        minimumSample: 30,
        serviceCreditPercent: 5,
      });
      slaIds.push(sla.id);
    }
    await write(t, actors.ops, 'post', '/escalation-rules', {
      contractId,
      name: 'Breach ladder',
      trigger: { type: 'sla_breach', slaId: slaIds[0], consecutiveBreaches: 1 },
      severity: 'high',
      levels: [{ notify: 'vendor lead', ackWithinMinutes: 60, authority: 'Vendor support lead' }],
    });
    t.app.get(Clock).set('2026-04-20T12:00:00.000Z');
    const figures: [number, string, number][] = [
      [0, '2026-03-02', 95],
      [0, '2026-03-09', 70],
      [1, '2026-03-09', 92],
      [1, '2026-04-06', 60],
    ];
    for (const [sla, periodStart, value] of figures)
      position = (
        await write(t, actors.ops, 'post', `/slas/${slaIds[sla]}/measurements`, {
          periodStart,
          value,
          sampleSize: 100,
          source: 'manual',
        })
      ).position;
    position = (
      await write(t, actors.ops, 'post', `/contracts/${contractId}/governance-reviews`, {
        heldAt: '2026-04-01T15:00:00.000Z',
        attendees: ['Ops lead', 'Vendor account manager'],
        summary: 'First response slipping in week two',
        actionItems: ['Add two chat agents to the morning shift'],
      })
    ).position;
    const vendorUser = (await userWithRole(t, 'vendor', { vendorId })).token;
    position = (
      await write(t, vendorUser, 'post', `/slas/${slaIds[1]}/periods/2026-04-06/disputes`, {
        reason: 'Tool outage on the client side',
        proposedValue: 91,
      })
    ).position;
  });

  afterAll(async () => {
    t.app.get(Clock).reset();
    await t.close();
  });

  it('is a PDF whose text holds the grade, each SLA, the credits, the escalation, the dispute and the action items', async () => {
    const escalation = await eventually(async () => {
      const res = await t.http.get(`/api/v1/escalations?contractId=${contractId}`).set(bearer(admin)).expect(200);
      expect(res.body.items).toHaveLength(1);
      return res.body.items[0] as { cause: { description: string } };
    });
    const checklist = await contractChecklist(t, admin, contractId, position);
    const res = await download('?from=2026-03-01&to=2026-04-30');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain(`Checklist grade ${checklist.grade} (risk score ${checklist.riskScore})`);
    expect(text).toContain('Period: 2026-03-01 to 2026-04-30');
    for (const name of SLAS) expect(text).toContain(name);
    // One breach a month at 5 % of 50,000: 2,500 in March and in April, 5,000 in all.
    expect(text).toContain('Total in the period: 5,000.00 USD');
    expect(text).toMatch(/2026-03 2,500\.00 USD no/);
    expect(escalation.cause.description).toBe(
      "SLA 'First response within 1h' of contract 'Tier-1 chat' breached its latest measured period (starting 2026-03-09).",
    );
    // The cause's cell wraps beside other cells: its words, in order, without the SLA's id.
    expect(text).toMatch(/SLA 'First response within 1h' of .*breached its latest .*measured period/);
    expect(text).not.toContain(slaIds[0]);
    expect(text).toContain('Breach ladder (high, level 1)');
    expect(text).toContain('Tool outage on the client side');
    expect(text).toContain('Add two chat agents to the morning shift');
    expect(text).toContain(checklist.items[0].title);
  });

  it('covers only the periods of its range', async () => {
    const text = await pdfText((await download('?from=2026-04-01&to=2026-04-30')).body as Buffer);
    expect(text).toContain('Total in the period: 2,500.00 USD');
    expect(text).not.toContain('2026-03 2,500.00 USD');
  });

  it('validates the range and hides other vendors’ contracts', async () => {
    expect((await download('?from=2026-05-01&to=2026-04-01')).status).toBe(400);
    expect((await download('?from=2025-01-01&to=2026-04-01')).status).toBe(400);
    expect((await download('?from=2026-13-01')).status).toBe(400);
    const ownVendor = (await userWithRole(t, 'vendor', { vendorId })).token;
    expect((await download('', ownVendor)).status).toBe(200);
    const otherVendor = (
      await userWithRole(t, 'vendor', { vendorId: await vendorIn(t, actors.procurement, 'approved') })
    ).token;
    const hidden = await download('', otherVendor);
    expect(hidden.status).toBe(404);
    const unknown = await t.http
      .get('/api/v1/contracts/00000000-0000-4000-8000-000000000000/review-pack')
      .set(bearer(admin))
      .expect(404);
    expect(unknown.body.statusCode).toBe(404);
  });
});
