import { BusinessRuleError, DomainEvent, InvalidStateError } from '@vendorwatch/event-store';
import { Sla } from './sla.aggregate';
import { SlaBreached, SlaBreachRetracted, SlaDefined, SlaMeasured, SlaRetired, SlaRevised } from './sla.events';

const [SLA, CONTRACT, VENDOR] = ['s-1', 'c-1', 'v-1'];
const NOW = new Date('2026-04-01T00:00:00.000Z');
const AT = NOW.toISOString();
const FEE = { amount: 50000, currency: 'USD' };
const CREDIT = { amount: 2500, currency: 'USD' };
const WEEK = { start: '2026-03-02T00:00:00.000Z', end: '2026-03-09T00:00:00.000Z' };
const objective = { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 } as const;
const defined = new SlaDefined(
  SLA,
  CONTRACT,
  VENDOR,
  'FRT 1h',
  'first_response_time',
  objective,
  'week',
  30,
  5,
  '2026-01-01T00:00:00.000Z',
);
const ids = [SLA, CONTRACT, VENDOR] as const;

const measured = (
  value: number,
  sampleSize: number,
  outcome: string,
  source = 'manual',
  counts = true,
  provisional = false,
) =>
  new SlaMeasured(
    ...ids,
    'first_response_time',
    WEEK.start,
    WEEK.end,
    value,
    sampleSize,
    source as never,
    outcome as never,
    provisional,
    counts,
    AT,
  );
const breached = new SlaBreached(...ids, WEEK.start, WEEK.end, CREDIT);

function given(...history: DomainEvent[]) {
  const sla = new Sla();
  sla.id = SLA;
  sla.loadFromHistory(history);
  return {
    when(command: (s: Sla) => void) {
      command(sla);
      return sla.getUncommittedEvents();
    },
  };
}

const measure =
  (
    value: number,
    sampleSize: number,
    source: 'manual' | 'vendor_report' | 'computed' = 'manual',
    provisional = false,
  ) =>
  (s: Sla) =>
    s.measure({ periodStart: '2026-03-02', value, sampleSize, source, provisional }, FEE, NOW);

describe('Sla', () => {
  it('is defined on a contract that is not terminated', () => {
    const contract = { contractId: CONTRACT, vendorId: VENDOR, status: 'live' } as const;
    const definition = {
      name: 'FRT 1h',
      metric: 'first_response_time',
      objective,
      period: 'week',
      minimumSample: 30,
      serviceCreditPercent: 5,
    } as const;
    const sla = Sla.define(SLA, contract, definition, new Date('2026-01-01T00:00:00.000Z'));
    expect(sla.getUncommittedEvents()).toEqual([defined]);
    expect(() => Sla.define(SLA, { ...contract, status: 'terminated' }, definition, NOW)).toThrow(InvalidStateError);
    expect(() => Sla.define(SLA, contract, { ...definition, metric: 'csat' }, NOW)).toThrow(BusinessRuleError);
  });

  describe('measure', () => {
    it('records a met period', () => {
      expect(given(defined).when(measure(95, 40))).toEqual([measured(95, 40, 'met')]);
    });

    it('records a breach with its credit', () => {
      expect(given(defined).when(measure(80, 40))).toEqual([measured(80, 40, 'breached'), breached]);
    });

    it('decides nothing below the minimum sample', () => {
      expect(given(defined).when(measure(10, 29))).toEqual([measured(10, 29, 'insufficient_data')]);
    });

    it('retracts a breach that a correction turns into met', () => {
      expect(given(defined, measured(80, 40, 'breached'), breached).when(measure(92, 41))).toEqual([
        measured(92, 41, 'met'),
        new SlaBreachRetracted(...ids, WEEK.start, WEEK.end, CREDIT),
      ]);
    });

    it('keeps one breach when a correction is still breached', () => {
      expect(given(defined, measured(80, 40, 'breached'), breached).when(measure(70, 40))).toEqual([
        measured(70, 40, 'breached'),
      ]);
    });

    it('lets a computed figure outrank a vendor report, whichever came first', () => {
      const computed = measured(80, 40, 'breached', 'computed');
      expect(given(defined, computed, breached).when(measure(99, 40, 'vendor_report'))).toEqual([
        measured(99, 40, 'met', 'vendor_report', false),
      ]);
    });

    it('records no breach for a provisional figure, and ignores an unchanged computed figure', () => {
      const provisional = measured(50, 40, 'breached', 'computed', true, true);
      expect(given(defined).when(measure(50, 40, 'computed', true))).toEqual([provisional]);
      expect(given(defined, provisional).when(measure(50, 40, 'computed', true))).toEqual([]);
    });

    it('uses the objective in force when the period is measured', () => {
      const revised = new SlaRevised(
        ...ids,
        { objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 75 } },
        AT,
      );
      expect(given(defined, revised).when(measure(80, 40))).toEqual([measured(80, 40, 'met')]);
    });

    it('refuses a period start off the boundary', () => {
      expect(() =>
        given(defined).when((s) =>
          s.measure({ periodStart: '2026-03-03', value: 1, sampleSize: 1, source: 'manual' }, FEE, NOW),
        ),
      ).toThrow(BusinessRuleError);
    });

    it('refuses a retired SLA', () => {
      expect(() => given(defined, new SlaRetired(...ids, null, AT)).when(measure(95, 40))).toThrow(InvalidStateError);
    });
  });

  it('records only the revised terms', () => {
    expect(given(defined).when((s) => s.revise({ name: 'FRT 1h', minimumSample: 50 }, NOW))).toEqual([
      new SlaRevised(...ids, { minimumSample: 50 }, AT),
    ]);
  });

  it('retires once', () => {
    expect(given(defined).when((s) => s.retire('replaced', NOW))).toEqual([new SlaRetired(...ids, 'replaced', AT)]);
    expect(() => given(defined, new SlaRetired(...ids, null, AT)).when((s) => s.retire(undefined, NOW))).toThrow(
      InvalidStateError,
    );
  });
});

describe('Sla snapshot', () => {
  it('restores the state a replay would build', () => {
    const replayed = new Sla();
    replayed.loadFromHistory([defined, measured(80, 40, 'breached'), breached]);
    const restored = new Sla();
    restored.id = SLA;
    restored.restoreFrom(JSON.parse(JSON.stringify(replayed.toSnapshot())), 3);
    restored.measure({ periodStart: '2026-03-02', value: 92, sampleSize: 41, source: 'manual' }, FEE, NOW);
    expect(restored.version).toBe(5);
    expect(restored.getUncommittedEvents()).toEqual([
      measured(92, 41, 'met'),
      new SlaBreachRetracted(...ids, WEEK.start, WEEK.end, CREDIT),
    ]);
  });
});
