import { parseTimestamp } from './timestamp';

describe('parseTimestamp', () => {
  it.each([
    ['2026-03-02T14:05:00.000Z', '2026-03-02T14:05:00.000Z'],
    ['2026-03-02T14:05Z', '2026-03-02T14:05:00.000Z'],
    ['2026-03-02 14:05:07', '2026-03-02T14:05:07.000Z'],
    ['2026-03-02T14:05:07.123456789Z', '2026-03-02T14:05:07.123Z'],
    ['2026-03-02T14:05:07.5+02:00', '2026-03-02T12:05:07.500Z'],
    ['2026-03-02T00:30:00-0130', '2026-03-02T02:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(new Date(parseTimestamp(text)!).toISOString()).toBe(iso);
  });

  it.each([
    '2026-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-02T24:00:00Z',
    '2026-03-02',
    '2026-03-02T10:00:00.Z',
    '2026-03-02T10:00:00 UTC',
    'yesterday',
    '2026-03-0aT10:00:00Z',
  ])('refuses %s', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});

describe('parseTimestamp, years below 100', () => {
  it('keeps the year 0050 as written', () => {
    expect(new Date(parseTimestamp('0050-03-01T10:00:00Z')!).toISOString()).toBe('0050-03-01T10:00:00.000Z');
  });
});
