import { isPast, whenAnswersChange, withinDays } from './time-facts';

const now = new Date('2026-06-01T12:00:00.000Z');
const at = (iso: string) => new Date(iso);

describe('whenAnswersChange: the first instant the clock comparisons made answer differently', () => {
  it('is the millisecond after the window of the earliest withinDays that holds', () => {
    const { result, changesAt } = whenAnswersChange(
      () =>
        withinDays('2026-05-20T00:00:00.000Z', 30, now) &&
        withinDays('2026-05-25T00:00:00.000Z', 10, now) &&
        !withinDays('2026-01-01T00:00:00.000Z', 30, now),
    );
    expect(result).toBe(true);
    expect(changesAt).toEqual(at('2026-06-04T00:00:00.001Z'));
    expect(withinDays('2026-05-25T00:00:00.000Z', 10, at('2026-06-04T00:00:00.000Z'))).toBe(true);
    expect(withinDays('2026-05-25T00:00:00.000Z', 10, changesAt!)).toBe(false);
  });

  it('is the instant a future isPast is reached, at the latest', () => {
    expect(whenAnswersChange(() => isPast('2026-06-02T08:00:00.000Z', now)).changesAt).toEqual(
      at('2026-06-02T08:00:00.000Z'),
    );
    expect(isPast('2026-06-02T08:00:00.000Z', at('2026-06-02T08:00:00.000Z'))).toBe(true);
    // Text with an offset sorts by its characters: it turns past no earlier than its first 19 read as UTC.
    const offset = whenAnswersChange(() => isPast('2026-06-02T08:00:00-05:00', now)).changesAt!;
    expect(offset).toEqual(at('2026-06-02T08:00:00.000Z'));
    expect(isPast('2026-06-02T08:00:00-05:00', new Date(offset.getTime() - 1))).toBe(false);
  });

  it('is null when only facts can change the answers, and records nothing outside it', () => {
    expect(
      whenAnswersChange(() => withinDays('2026-01-01T00:00:00.000Z', 30, now) || isPast('2026-05-01', now)),
    ).toEqual({ result: true, changesAt: null });
    expect(withinDays('2026-05-20T00:00:00.000Z', 30, now)).toBe(true);
    expect(whenAnswersChange(() => 1).changesAt).toBeNull();
  });
});
