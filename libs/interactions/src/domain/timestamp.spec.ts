import { WallClockReader } from '@vendorwatch/calendars';
import { parseTimestamp, ParsedTimestamp, SKIPPED_LOCAL_TIME } from './timestamp';

const iso = (parsed: ReturnType<typeof parseTimestamp>) => new Date((parsed as ParsedTimestamp).ms).toISOString();

describe('parseTimestamp', () => {
  it.each([
    ['2026-03-02T14:05:00.000Z', '2026-03-02T14:05:00.000Z'],
    ['2026-03-02T14:05Z', '2026-03-02T14:05:00.000Z'],
    ['2026-03-02 14:05:07', '2026-03-02T14:05:07.000Z'],
    ['2026-03-02T14:05:07.123456789Z', '2026-03-02T14:05:07.123Z'],
    ['2026-03-02T14:05:07.5+02:00', '2026-03-02T12:05:07.500Z'],
    ['2026-03-02T00:30:00-0130', '2026-03-02T02:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('reads %s as %s', (text, expected) => {
    expect(iso(parseTimestamp(text))).toBe(expected);
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

  it('reads a time with an offset as written, whatever zone is assumed', () => {
    expect(parseTimestamp('2026-03-02T14:05:00+08:00', new WallClockReader('America/New_York'))).toEqual({
      ms: Date.parse('2026-03-02T06:05:00Z'),
      zoneless: false,
    });
  });

  it('reads a zone-less time on the wall clock of the assumed zone, and says so', () => {
    const manila = new WallClockReader('Asia/Manila');
    expect(parseTimestamp('2026-03-02 14:05', manila)).toEqual({
      ms: Date.parse('2026-03-02T06:05:00Z'),
      zoneless: true,
    });
    expect(parseTimestamp('2026-03-02T14:05:00')).toEqual({ ms: Date.parse('2026-03-02T14:05:00Z'), zoneless: true });
  });

  it('refuses a local time in a daylight-saving gap and reads a repeated one as the earlier instant', () => {
    const newYork = new WallClockReader('America/New_York');
    expect(parseTimestamp('2026-03-08T02:30:00', newYork)).toBe(SKIPPED_LOCAL_TIME);
    expect(iso(parseTimestamp('2026-11-01T01:30:00', newYork))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(parseTimestamp('2026-11-01T01:30:00-05:00', newYork))).toBe('2026-11-01T06:30:00.000Z');
  });
});

describe('parseTimestamp, years below 100', () => {
  it('keeps the year 0050 as written', () => {
    expect(iso(parseTimestamp('0050-03-01T10:00:00Z'))).toBe('0050-03-01T10:00:00.000Z');
  });
});
