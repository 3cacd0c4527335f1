import { DomainEvent } from '@vendorwatch/event-store';
import { atRiskCheckAt } from './sla-at-risk';
import { Sla } from './sla.aggregate';
import { SlaAtRisk, SlaAtRiskCleared, SlaDefined, SlaMeasured } from './sla.events';

const ids = ['s-1', 'c-1', 'v-1'] as const;
const FEE = { amount: 50000, currency: 'USD' };
const WEEK = { start: '2026-03-02T00:00:00.000Z', end: '2026-03-09T00:00:00.000Z' };
/** Three and a half days into the week: its half. */
const HALF = new Date('2026-03-05T12:00:00.000Z');
const BEFORE_HALF = new Date('2026-03-05T11:59:00.000Z');
const THURSDAY_18H = new Date('2026-03-05T18:00:00.000Z');
const defined = new SlaDefined(
  ...ids,
  'FRT 1h',
  'first_response_time',
  { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
  'week',
  30,
  5,
  '2026-01-01T00:00:00.000Z',
);

const running = (value: number, sampleSize: number, outcome: 'met' | 'breached' | 'insufficient_data') =>
  new SlaMeasured(
    ...ids,
    'first_response_time',
    WEEK.start,
    WEEK.end,
    value,
    sampleSize,
    'computed',
    outcome,
    true,
    true,
    WEEK.start,
  );
const atRisk = (value: number, sampleSize: number, elapsedPercent: number, at: Date) =>
  new SlaAtRisk(...ids, WEEK.start, WEEK.end, value, sampleSize, elapsedPercent, at.toISOString());

/** given(events).when(measure a figure at an instant).then(the event types and at-risk events appended) */
function given(...history: DomainEvent[]) {
  return {
    whenMeasured(value: number, sampleSize: number, now: Date, provisional = true) {
      const sla = new Sla();
      sla.id = ids[0];
      sla.loadFromHistory([defined, ...history]);
      sla.measure({ periodStart: '2026-03-02', value, sampleSize, source: 'computed', provisional }, FEE, now);
      return sla.getUncommittedEvents();
    },
  };
}

const risks = (events: DomainEvent[]) => events.filter((e) => e instanceof SlaAtRisk || e instanceof SlaAtRiskCleared);

describe('SLA at risk (SPEC §14)', () => {
  it('puts a running period at risk once half of it has passed and its figure fails with enough sample', () => {
    expect(risks(given().whenMeasured(80, 40, HALF))).toEqual([atRisk(80, 40, 50, HALF)]);
    expect(risks(given().whenMeasured(80, 40, THURSDAY_18H))).toEqual([atRisk(80, 40, 53.57, THURSDAY_18H)]);
  });

  it('is not at risk before the half, with a passing figure, or with too small a sample', () => {
    expect(risks(given().whenMeasured(80, 40, BEFORE_HALF))).toEqual([]);
    expect(risks(given().whenMeasured(95, 40, THURSDAY_18H))).toEqual([]);
    expect(risks(given().whenMeasured(10, 29, THURSDAY_18H))).toEqual([]);
  });

  it('is recorded once: an unchanged or still failing figure adds nothing more', () => {
    const history = [running(80, 40, 'breached'), atRisk(80, 40, 50, HALF)];
    expect(given(...history).whenMeasured(80, 40, THURSDAY_18H)).toEqual([]);
    expect(risks(given(...history).whenMeasured(70, 50, THURSDAY_18H))).toEqual([]);
  });

  it('becomes at risk by time alone: the same failing figure measured again after the half', () => {
    const events = given(running(80, 40, 'breached')).whenMeasured(80, 40, THURSDAY_18H);
    expect(events).toEqual([atRisk(80, 40, 53.57, THURSDAY_18H)]);
  });

  it('clears when the figure passes again, and may be at risk again later in the period', () => {
    const history = [running(80, 40, 'breached'), atRisk(80, 40, 50, HALF)];
    const cleared = given(...history).whenMeasured(92, 50, THURSDAY_18H);
    expect(risks(cleared)).toEqual([
      new SlaAtRiskCleared(...ids, WEEK.start, WEEK.end, 92, 50, 53.57, THURSDAY_18H.toISOString()),
    ]);
    const later = new Date('2026-03-07T00:00:00.000Z');
    const again = given(...history, running(92, 50, 'met'), ...cleared.slice(1)).whenMeasured(85, 60, later);
    expect(risks(again)).toEqual([atRisk(85, 60, 71.42, later)]);
  });

  it('never checks an ended period: its final figure records a breach instead', () => {
    const ended = new Date(WEEK.end);
    const events = given(running(80, 40, 'breached')).whenMeasured(80, 40, ended, false);
    expect(events.map((e) => (e.constructor as typeof DomainEvent & { type: string }).type)).toEqual([
      'SlaMeasured',
      'SlaBreached',
    ]);
  });

  it('checks at the half of a week and of a month', () => {
    expect(atRiskCheckAt({ periodStart: WEEK.start, periodEnd: WEEK.end })).toEqual(HALF);
    const february = { periodStart: '2026-02-01T00:00:00.000Z', periodEnd: '2026-03-01T00:00:00.000Z' };
    expect(atRiskCheckAt(february)).toEqual(new Date('2026-02-15T00:00:00.000Z'));
  });
});
