import { annualizedAttritionPercent } from './roster';

describe('annualizedAttritionPercent', () => {
  it('is monthly attrition × 12 × 100 with 1 decimal', () => {
    // 6 / ((100 + 96) / 2) = 0.061224… → 73.469… %
    expect(annualizedAttritionPercent({ headcountStart: 100, headcountEnd: 96, leavers: 6 })).toBe(73.5);
  });

  it('is null when the average headcount is 0', () => {
    expect(annualizedAttritionPercent({ headcountStart: 0, headcountEnd: 0, leavers: 0 })).toBeNull();
  });

  it('counts a team that grew from nothing', () => {
    // 1 / 5 × 1200 = 240
    expect(annualizedAttritionPercent({ headcountStart: 0, headcountEnd: 10, leavers: 1 })).toBe(240);
  });
});
