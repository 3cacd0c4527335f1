import { isIsoDate, parseIsoInstant } from './iso-time';

describe('parseIsoInstant', () => {
  it.each([
    ['2026-03-02T14:05:00.000Z', '2026-03-02T14:05:00.000Z'],
    ['2026-03-02T14:05Z', '2026-03-02T14:05:00.000Z'],
    ['2026-03-02T14:05:07.123456+02:00', '2026-03-02T12:05:07.123Z'],
    ['2026-03-02', '2026-03-02T00:00:00.000Z'],
    ['0050-03-01T10:00:00Z', '0050-03-01T10:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => expect(parseIsoInstant(text)?.toISOString()).toBe(iso));

  it.each([
    '2026-W05-1',
    '2026-032',
    '20260302T140500Z',
    '2026-02-30',
    '0000-01-01',
    '2026-03-02T24:00Z',
    '2026-03-02 14:05',
  ])('refuses %s', (text) => expect(parseIsoInstant(text)).toBeUndefined());

  it('tells dates alone', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-03-02T00:00Z')).toBe(false);
  });
});
