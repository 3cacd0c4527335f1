import { measurementOutcome } from './sla-outcome';

describe('measurement outcome', () => {
  const attainment = { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 } as const;

  it('meets an attainment objective at or above the target percent', () => {
    expect(measurementOutcome(attainment, 30, 90, 30)).toBe('met');
    expect(measurementOutcome(attainment, 30, 89.99, 30)).toBe('breached');
  });

  it('decides nothing below the minimum sample', () => {
    expect(measurementOutcome(attainment, 30, 10, 29)).toBe('insufficient_data');
  });

  it('holds min and max objectives', () => {
    expect(measurementOutcome({ kind: 'min', target: 80 }, 0, 80, 1)).toBe('met');
    expect(measurementOutcome({ kind: 'min', target: 80 }, 0, 79.9, 1)).toBe('breached');
    expect(measurementOutcome({ kind: 'max', target: 5 }, 0, 5, 1)).toBe('met');
    expect(measurementOutcome({ kind: 'max', target: 5 }, 0, 5.01, 1)).toBe('breached');
  });
});
