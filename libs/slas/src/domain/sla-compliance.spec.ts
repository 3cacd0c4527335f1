import { contractCompliance, inRange } from './sla-compliance';
import { emptyPeriod, Measurement, MeasurementSource, PeriodRecord, withMeasurement } from './sla-period-record';

const USD = (amount: number) => ({ amount, currency: 'USD' });
const figure = (value: number, outcome: Measurement['outcome'], provisional = false): Measurement => ({
  value,
  sampleSize: 40,
  outcome,
  provisional,
  measuredAt: '2026-04-01T00:00:00.000Z',
});

function period(
  start: string,
  figures: [MeasurementSource, Measurement][],
  credit: number | null = null,
): PeriodRecord {
  const record = figures.reduce(
    (r, [source, m]) => withMeasurement(r, source, m),
    emptyPeriod({ periodStart: `${start}T00:00:00.000Z`, periodEnd: 'x' }),
  );
  return { ...record, credit: credit === null ? null : USD(credit) };
}

const sla = (id: string, periods: PeriodRecord[]) => ({
  id,
  name: id,
  metric: 'csat',
  periods: Object.fromEntries(periods.map((p) => [p.periodStart, p])),
});
const contract = { ofMonth: () => ({ monthlyFee: USD(10000), serviceCreditCapPercent: 10 }), currency: 'USD' };

describe('contract compliance', () => {
  it('counts final met and breached periods, caps credits per month across SLAs', () => {
    const weekly = sla('weekly', [
      period('2026-03-02', [['manual', figure(70, 'breached')]], 600),
      period('2026-03-09', [['manual', figure(20, 'insufficient_data')]]),
      period('2026-03-16', [
        ['computed', figure(95, 'met')],
        ['vendor_report', figure(99, 'met')],
      ]),
      period('2026-03-23', [['computed', figure(10, 'breached', true)]]),
    ]);
    const monthly = sla('monthly', [period('2026-03-01', [['manual', figure(50, 'breached')]], 500)]);

    const report = contractCompliance([weekly, monthly], {}, contract);

    expect(report.slas[0]).toMatchObject({
      periodsEvaluated: 2,
      periodsMet: 1,
      periodsBreached: 1,
      attainmentRate: 0.5,
    });
    expect(report.slas[0].latest).toMatchObject({ periodStart: '2026-03-23T00:00:00.000Z', provisional: true });
    expect(report.slas[1]).toMatchObject({ periodsEvaluated: 1, periodsMet: 0, attainmentRate: 0 });
    expect(report.creditsByMonth).toEqual([{ month: '2026-03', amount: 1000, capped: true }]);
    expect(report.totalCredits).toEqual(USD(1000));
  });

  it('answers a null rate and no latest period when nothing was measured in the range', () => {
    const report = contractCompliance(
      [sla('empty', [period('2026-03-02', [['manual', figure(1, 'breached')]], 600)])],
      { from: '2026-04-01' },
      contract,
    );
    expect(report.slas[0]).toMatchObject({ periodsEvaluated: 0, attainmentRate: null, latest: null });
    expect(report.totalCredits).toEqual(USD(0));
  });

  it('takes a date-only `to` as the whole day', () => {
    expect(inRange('2026-03-31T00:00:00.000Z', { to: '2026-03-31' })).toBe(true);
    expect(inRange('2026-04-01T00:00:00.000Z', { to: '2026-03-31' })).toBe(false);
    expect(inRange('2026-03-31T00:00:00.000Z', { from: '2026-03-31T00:00:01Z' })).toBe(false);
  });
});
