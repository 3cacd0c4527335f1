import { WallClockReader } from '@vendorwatch/calendars';
import { validateInteraction } from './interaction-validation';

const row = (overrides: Record<string, unknown> = {}) => ({
  externalId: 'T-1',
  channel: 'chat',
  createdAt: '2026-03-02T10:00:00Z',
  ...overrides,
});

describe('validateInteraction', () => {
  it('accepts a CSV row of strings, empty cells meaning absent', () => {
    const result = validateInteraction(
      row({
        priority: 'high',
        firstResponseAt: '2026-03-02 10:30:00',
        resolvedAt: '',
        reopened: 'true',
        csat: '4',
        abandoned: 'false',
        agentRef: '',
      }),
    );
    expect(result).toEqual({
      ok: true,
      interaction: {
        externalId: 'T-1',
        channel: 'chat',
        priority: 'high',
        customerRef: undefined,
        agentRef: undefined,
        createdAt: new Date('2026-03-02T10:00:00Z'),
        firstResponseAt: new Date('2026-03-02T10:30:00Z'),
        resolvedAt: undefined,
        reopened: true,
        csat: 4,
        abandoned: false,
        pausedMinutes: undefined,
      },
      zoneless: true,
    });
  });

  it('accepts typed JSON values and time-zone offsets', () => {
    const result = validateInteraction(
      row({ createdAt: '2026-03-02T12:00:00+02:00', csat: 5, abandoned: true, customerRef: null }),
    );
    expect(result.ok && result.interaction).toMatchObject({
      createdAt: new Date('2026-03-02T10:00:00Z'),
      csat: 5,
      abandoned: true,
    });
  });

  it.each([
    [{ externalId: '' }, 'externalId is missing'],
    [{ createdAt: undefined }, 'createdAt is missing'],
    [{ createdAt: 'yesterday' }, 'createdAt "yesterday" is not an ISO-8601 date-time'],
    [{ createdAt: '2026-02-30T10:00:00Z' }, 'createdAt "2026-02-30T10:00:00Z" is not an ISO-8601 date-time'],
    [{ firstResponseAt: '2026-03-02T09:59:59Z' }, 'firstResponseAt is before createdAt'],
    [{ resolvedAt: '2026-03-01T10:00:00Z' }, 'resolvedAt is before createdAt'],
    [{ csat: '7' }, 'csat 7 is not a whole number from 1 to 5'],
    [{ csat: 4.5 }, 'csat 4.5 is not a whole number from 1 to 5'],
    [{ channel: 'fax' }, 'channel "fax" is not one of voice, chat, email, social'],
    [{ priority: 'p1' }, 'priority "p1" is not one of low, normal, high, urgent'],
    [{ reopened: 'maybe' }, 'reopened must be true or false (or yes/no, 1/0)'],
    [{ pausedMinutes: '-5' }, 'pausedMinutes -5 is not a number of minutes from 0 to 1000000'],
    [{ pausedMinutes: 'ten' }, 'pausedMinutes ten is not a number of minutes from 0 to 1000000'],
    [{ pausedMinutes: -1 }, 'pausedMinutes -1 is not a number of minutes from 0 to 1000000'],
    [{ team: 'blue' }, 'team is not an interaction field'],
  ])('refuses %j: %s', (overrides, reason) => {
    expect(validateInteraction(row(overrides))).toEqual({
      ok: false,
      externalId: (overrides as { externalId?: string }).externalId === '' ? undefined : 'T-1',
      reason,
    });
  });

  it('lists every problem of a row and keeps its externalId for the report', () => {
    expect(validateInteraction(row({ channel: undefined, csat: '0' }))).toEqual({
      ok: false,
      externalId: 'T-1',
      reason: 'channel is missing; csat 0 is not a whole number from 1 to 5',
    });
  });

  it.each([
    ['TRUE', true],
    ['Yes', true],
    ['1', true],
    [' no ', false],
    ['FALSE', false],
    ['0', false],
    [1, true],
    [false, false],
  ])('reads the boolean %j as %s', (value, expected) => {
    const result = validateInteraction(row({ reopened: value, abandoned: value }));
    expect(result.ok && [result.interaction.reopened, result.interaction.abandoned]).toEqual([expected, expected]);
  });

  it('keeps pausedMinutes from a CSV cell or a JSON number', () => {
    const fromCsv = validateInteraction(row({ pausedMinutes: '90.5' }));
    const fromJson = validateInteraction(row({ pausedMinutes: 0 }));
    expect(fromCsv.ok && fromCsv.interaction.pausedMinutes).toBe(90.5);
    expect(fromJson.ok && fromJson.interaction.pausedMinutes).toBe(0);
  });

  it('reads zone-less times in the assumed zone and says the row was read that way', () => {
    const manila = new WallClockReader('Asia/Manila');
    const result = validateInteraction(
      row({ createdAt: '2026-03-02 18:00', firstResponseAt: '2026-03-02T10:30:00Z' }),
      { zone: manila },
    );
    expect(result).toMatchObject({ ok: true, zoneless: true });
    expect(result.ok && result.interaction.createdAt).toEqual(new Date('2026-03-02T10:00:00Z'));
    expect(validateInteraction(row(), { zone: manila })).toMatchObject({ ok: true, zoneless: false });
  });

  it('refuses a row whose zone-less time falls in a daylight-saving gap', () => {
    expect(
      validateInteraction(row({ createdAt: '2026-03-08T02:30:00' }), { zone: new WallClockReader('America/New_York') }),
    ).toEqual({
      ok: false,
      externalId: 'T-1',
      reason:
        'createdAt "2026-03-08T02:30:00" does not exist in America/New_York: the clocks skip it (daylight saving)',
    });
  });
});
