import { WallClockReader } from './wall-clock';

const wall = (local: string) => Date.parse(`${local}Z`);
const read = (zone: string, local: string) => {
  const { instant, kind } = new WallClockReader(zone).read(wall(local));
  return { at: new Date(instant).toISOString(), kind };
};

describe('reading local wall-clock times', () => {
  it('reads an ordinary time with the zone offset of its day', () => {
    expect(read('Asia/Manila', '2026-03-02T09:00:00')).toEqual({ at: '2026-03-02T01:00:00.000Z', kind: 'exact' });
    expect(read('America/New_York', '2026-07-01T09:00:00')).toEqual({ at: '2026-07-01T13:00:00.000Z', kind: 'exact' });
  });

  it('reads times on a change day on the right side of the change', () => {
    expect(read('America/New_York', '2026-03-08T01:59:00')).toEqual({ at: '2026-03-08T06:59:00.000Z', kind: 'exact' });
    expect(read('America/New_York', '2026-03-08T03:00:00')).toEqual({ at: '2026-03-08T07:00:00.000Z', kind: 'exact' });
  });

  it('marks a time in the spring-forward gap as skipped, at the instant the clocks jumped', () => {
    expect(read('America/New_York', '2026-03-08T02:30:00')).toEqual({
      at: '2026-03-08T07:00:00.000Z',
      kind: 'skipped',
    });
    expect(read('Europe/London', '2026-03-29T01:15:00')).toEqual({ at: '2026-03-29T01:00:00.000Z', kind: 'skipped' });
  });

  it('reads a time that occurs twice as its first occurrence', () => {
    expect(read('America/New_York', '2026-11-01T01:30:00')).toEqual({
      at: '2026-11-01T05:30:00.000Z',
      kind: 'ambiguous',
    });
    expect(read('Europe/London', '2026-10-25T01:30:00')).toEqual({ at: '2026-10-25T00:30:00.000Z', kind: 'ambiguous' });
  });

  it('gives the same answers from its per-day cache on a second read', () => {
    const reader = new WallClockReader('Europe/London');
    const first = reader.read(wall('2026-10-25T01:30:00'));
    expect(reader.read(wall('2026-10-25T01:30:00'))).toEqual(first);
    reader.read(wall('2026-06-01T12:00:00'));
    expect(new Date(reader.read(wall('2026-06-01T12:00:00')).instant).toISOString()).toBe('2026-06-01T11:00:00.000Z');
  });
});
