import { Clock } from '@vendorwatch/event-store';
import { adminToken, bearer } from './helpers/auth';
import { FIRST_RESPONSE_SLA, minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { csvRows, expectSameFigures } from './helpers/csv-rows';
import { eventually } from './helpers/eventually';
import { csvOf, goodRow } from './helpers/interactions-fixtures';
import { answers, SCORECARD_V1 } from './helpers/qa-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

const SIGNS = ['slasConstantlyMissed', 'escalationsIncreasing', 'firefighting', 'customersRepeating'];

type Rows = (json: Record<string, unknown>) => unknown[];
const field =
  (name: string): Rows =>
  (json) =>
    json[name] as unknown[];

/** SPEC §1: every list and report GET also answers `text/csv`, one row per item of its main list. */
describe('CSV on every list and report', () => {
  let t: TestApp;
  let admin: string;
  let position: string;
  const ids: Record<string, string> = {};

  const get = (path: string, accept: string) =>
    t.http.get(`/api/v1${path}`).set(bearer(admin)).set('X-Min-Position', position).set('Accept', accept).expect(200);

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
    admin = await adminToken(t);
    const post = async (path: string, body: object) =>
      (await t.http.post(`/api/v1${path}`).set(bearer(admin)).send(body).expect(201)).body as {
        id: string;
        position: string;
      };
    ids.vendor = await vendorIn(t, admin, 'approved');
    ids.contract = (await post('/contracts', minimalContract(ids.vendor))).id;
    ids.sla = (await post(`/contracts/${ids.contract}/slas`, FIRST_RESPONSE_SLA)).id;
    ids.rule = (
      await post('/escalation-rules', {
        contractId: ids.contract,
        name: 'Breach ladder',
        trigger: { type: 'sla_breach', slaId: ids.sla, consecutiveBreaches: 1 },
        severity: 'high',
        levels: [{ notify: 'ops lead', ackWithinMinutes: 60, authority: 'Ops lead' }],
      })
    ).id;
    ids.webhook = (await post('/webhooks', { url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] })).id;
    ids.scorecard = (await post('/scorecards', SCORECARD_V1)).id;
    ids.review = (
      await post('/qa-reviews', {
        contractId: ids.contract,
        scorecardId: ids.scorecard,
        interaction: { externalId: 'T-1', channel: 'chat', occurredAt: '2026-03-03T10:00:00.000Z' },
        agentRef: 'agent-a',
        answers: answers(['greeting', 4], ['accuracy', 8], ['compliance', 1]),
      })
    ).id;
    ids.calendar = (
      await post('/calendars', {
        name: 'New York office',
        timezone: 'America/New_York',
        weeklyHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
      })
    ).id;
    // In a contract of its own: its records would otherwise count for the SLA above, outranking the manual figure.
    ids.ingestContract = (await post('/contracts', minimalContract(ids.vendor))).id;
    await t.http
      .post(`/api/v1/contracts/${ids.ingestContract}/interactions`)
      .set(bearer(admin))
      .set('Content-Type', 'text/csv')
      .send(csvOf([goodRow(1)]))
      .expect(200);
    position = (
      await post(`/slas/${ids.sla}/measurements`, {
        periodStart: '2026-03-02',
        value: 70,
        sampleSize: 100,
        source: 'manual',
      })
    ).position;
    ids.escalation = await eventually(async () => {
      const res = await t.http.get(`/api/v1/escalations?contractId=${ids.contract}`).set(bearer(admin)).expect(200);
      expect(res.body.total).toBe(1);
      return res.body.items[0].id as string;
    });
  });

  afterAll(async () => {
    t.app.get(Clock).reset();
    await t.close();
  });

  const REPORTS = [
    '/contracts/{contract}/checklist',
    '/vendors/{vendor}/checklist',
    '/contracts/{contract}/compliance',
    '/vendors/{vendor}/performance',
    '/contracts/{contract}/qa-summary',
    '/reports/support-debt',
    '/contracts/{contract}/interactions/{externalId}',
  ];

  const lists = () => [
    '/users',
    '/vendors',
    `/vendors/${ids.vendor}/history`,
    '/contracts',
    `/contracts/${ids.contract}/history`,
    `/slas/${ids.sla}/periods`,
    `/slas/${ids.sla}/history`,
    '/qa-reviews',
    `/qa-reviews/${ids.review}/history`,
    '/scorecards',
    `/scorecards/${ids.scorecard}/history`,
    '/escalation-rules',
    `/escalation-rules/${ids.rule}/history`,
    '/escalations',
    `/escalations/${ids.escalation}/history`,
    '/calendars',
    `/calendars/${ids.calendar}/history`,
    '/audit/events',
    '/reports/vendor-ranking',
    '/webhooks',
    `/webhooks/${ids.webhook}/deliveries`,
  ];

  it('covers every GET that the OpenAPI document says answers text/csv', async () => {
    const document = (await t.http.get('/docs-json').expect(200)).body as {
      paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    const csvRoutes = Object.entries(document.paths)
      .filter(([, item]) => item.get?.responses['200']?.content?.['text/csv'])
      .map(([path]) => path.replace('/api/v1', ''));
    const covered = [
      ...lists().map((path) => Object.values(ids).reduce((p, id) => p.replace(id, '{id}'), path)),
      ...REPORTS.map((path) => path.replace(/\{(contract|vendor)\}/, '{id}')),
    ];
    // The evidence of a period is checked with its computed figures in sla-evidence.e2e-spec.ts.
    const elsewhere = ['/slas/{id}/periods/{periodStart}/evidence'];
    expect(csvRoutes.filter((path) => !covered.includes(path) && !elsewhere.includes(path))).toEqual([]);
  });

  it('answers every list as CSV: every row without limit and offset, the same figures as the JSON pages', async () => {
    for (const path of lists()) {
      const json = await get(`${path}?limit=200`, 'application/json');
      const csv = await get(path, 'text/csv');
      expect([path, csv.headers['content-type']]).toEqual([path, expect.stringMatching(/^text\/csv/)]);
      expect([path, csvRows(csv.text).length]).toEqual([path, json.body.total]);
      const firstPage = csv.text.split('\n').length > 1 ? json.body.items : [];
      if (json.body.total <= 200) expectSameFigures(csv.text, firstPage);
      const paged = await get(`${path}?limit=1&offset=0`, 'text/csv');
      expect([path, csvRows(paged.text).length]).toEqual([path, Math.min(1, json.body.total)]);
    }
  });

  it('answers every report as CSV: one row per item of its main list', async () => {
    // Reports are evaluated at the server clock: the JSON and the CSV answer for the same instant.
    t.app.get(Clock).set('2026-04-20T12:00:00.000Z');
    const reports: [string, Rows][] = [
      [`/contracts/${ids.contract}/checklist`, field('items')],
      [`/vendors/${ids.vendor}/checklist`, field('items')],
      [`/contracts/${ids.contract}/compliance`, field('slas')],
      [`/vendors/${ids.vendor}/performance`, field('byContract')],
      [`/contracts/${ids.contract}/qa-summary`, field('byAgent')],
      [`/contracts/${ids.ingestContract}/interactions/T-1`, field('versions')],
      [
        `/reports/support-debt?contractId=${ids.contract}`,
        (json) => SIGNS.map((sign) => ({ sign, ...(json[sign] as object) })),
      ],
    ];
    for (const [path, rowsOf] of reports) {
      const json = await get(path, 'application/json');
      const csv = await get(path, 'text/csv');
      expect([path, csv.headers['content-type']]).toEqual([path, expect.stringMatching(/^text\/csv/)]);
      expectSameFigures(csv.text, rowsOf(json.body as Record<string, unknown>));
    }
  });
});
