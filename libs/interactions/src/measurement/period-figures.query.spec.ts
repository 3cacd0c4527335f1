import { DatabaseSettings } from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase, openDataSource } from '../../../../test/helpers/test-database';
import { ComputedSla, PeriodFigure } from '@vendorwatch/slas';
import { periodFigures } from './period-figures.query';

const CONTRACT = randomUUID();
const sla = (
  metric: ComputedSla['metric'],
  thresholdMinutes?: number,
  period: ComputedSla['period'] = 'week',
): ComputedSla => ({
  slaId: `${metric}-${period}`,
  contractId: CONTRACT,
  metric,
  period,
  thresholdMinutes,
});

async function figures(of: ComputedSla, periodStarts: string[], now: Date): Promise<PeriodFigure[] | undefined> {
  return (await periodFigures(db, CONTRACT, [{ sla: of, periodStarts }], now)).get(of.slaId);
}

let db: DataSource;

describe('periodFigures (PostgreSQL)', () => {
  let database: DatabaseSettings & { drop(): Promise<void> };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDataSource(database);
    const rows: [string, string, string, string | null, boolean | null][] = [
      // externalId, channel, createdAt, firstResponseAt, abandoned
      ['v1', 'voice', '2026-03-02T10:00:00Z', '2026-03-02T10:00:20Z', false], // answered in time
      ['v2', 'voice', '2026-03-02T10:00:00Z', null, true], // abandoned: missed
      ['c1', 'chat', '2026-03-03T10:00:00Z', '2026-03-03T10:05:00Z', null], // answered late (threshold 1 min)
      ['c2', 'chat', '2026-03-08T23:59:30Z', null, null], // unanswered, not due until 2026-03-09T00:00:30Z
      ['e1', 'email', '2026-03-03T10:00:00Z', null, null], // email: not a service-level channel
      ['x1', 'chat', '2026-03-09T00:00:00Z', '2026-03-09T00:00:10Z', null], // next week
    ];
    for (const [externalId, channel, createdAt, firstResponseAt, abandoned] of rows) {
      await db.query(
        `INSERT INTO interactions (contract_id, external_id, channel, created_at, first_response_at, abandoned) VALUES ($1, $2, $3, $4, $5, $6)`,
        [CONTRACT, externalId, channel, createdAt, firstResponseAt, abandoned],
      );
    }
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('measures service level over voice and chat, abandoned calls missed, unanswered ones only once due', async () => {
    const before = await figures(
      sla('service_level', 1),
      ['2026-03-02', '2026-03-09', '2026-03-16'],
      new Date('2026-03-09T00:00:20Z'),
    );
    expect(before).toEqual([
      // c2 comes due then: the figure changes by time alone, so the period is woken at that instant (ADR 0012).
      { periodStart: '2026-03-02', sampleSize: 3, value: 33.33, nextDueAt: '2026-03-09T00:00:30.000Z' },
      { periodStart: '2026-03-09', sampleSize: 1, value: 100 },
      { periodStart: '2026-03-16', sampleSize: 0, value: null },
    ]);
    const after = await figures(sla('service_level', 1), ['2026-03-02'], new Date('2026-03-09T00:00:31Z'));
    expect(after).toEqual([{ periodStart: '2026-03-02', sampleSize: 4, value: 25 }]);
  });

  it('measures first response time over every channel and abandonment over voice only', async () => {
    const now = new Date('2026-03-20T00:00:00Z');
    expect(await figures(sla('first_response_time', 1), ['2026-03-02'], now)).toEqual([
      { periodStart: '2026-03-02', sampleSize: 5, value: 20 },
    ]);
    expect(await figures(sla('abandonment_rate'), ['2026-03-02'], now)).toEqual([
      { periodStart: '2026-03-02', sampleSize: 2, value: 50 },
    ]);
  });

  it('measures several SLAs, weekly and monthly, in one pass without counting an interaction twice', async () => {
    const together = await periodFigures(
      db,
      CONTRACT,
      [
        { sla: sla('first_response_time', 1), periodStarts: ['2026-03-09', '2026-03-02'] },
        { sla: sla('abandonment_rate', undefined, 'month'), periodStarts: ['2026-03-01'] },
      ],
      new Date('2026-03-20T00:00:00Z'),
    );
    expect(Object.fromEntries(together)).toEqual({
      'first_response_time-week': [
        { periodStart: '2026-03-02', sampleSize: 5, value: 20 },
        { periodStart: '2026-03-09', sampleSize: 1, value: 100 },
      ],
      'abandonment_rate-month': [{ periodStart: '2026-03-01', sampleSize: 2, value: 50 }],
    });
  });

  it('deducts pausedMinutes from 24x7 resolution times and counts only the interactions an SLA applies to', async () => {
    const contract = randomUUID();
    // externalId, priority, created, resolved (minutes after), pausedMinutes
    const rows: [string, string | null, number | null, number | null][] = [
      ['p1', 'high', 90, 40], // 50 ≤ 60: met
      ['p2', 'high', 90, 500], // never below zero: met
      ['p3', 'high', 90, null], // 90: missed
      ['p4', null, 30, null], // no priority: normal, met
      ['p5', 'low', 30, null],
    ];
    for (const [externalId, priority, resolvedAfter, pausedMinutes] of rows) {
      const created = Date.parse('2026-03-03T10:00:00Z');
      await db.query(
        `INSERT INTO interactions (contract_id, external_id, channel, priority, created_at, resolved_at, paused_minutes)
         VALUES ($1, $2, 'chat', $3, $4, $5, $6)`,
        [
          contract,
          externalId,
          priority,
          new Date(created).toISOString(),
          resolvedAfter === null ? null : new Date(created + resolvedAfter * 60_000).toISOString(),
          pausedMinutes,
        ],
      );
    }
    const scoped = (priorities: ComputedSla['appliesTo']) => ({
      ...sla('resolution_time', 60),
      contractId: contract,
      slaId: JSON.stringify(priorities),
      appliesTo: priorities,
    });
    const now = new Date('2026-03-20T00:00:00Z');
    const measured = [undefined, { priorities: ['high' as const] }, { priorities: ['normal' as const] }].map(
      (scope) => ({
        sla: scoped(scope),
        periodStarts: ['2026-03-02'],
      }),
    );
    const result = await periodFigures(db, contract, measured, now);
    expect([...result.values()]).toEqual([
      [{ periodStart: '2026-03-02', sampleSize: 5, value: 80 }],
      [{ periodStart: '2026-03-02', sampleSize: 3, value: 66.67 }],
      [{ periodStart: '2026-03-02', sampleSize: 1, value: 100 }],
    ]);
  });
});
