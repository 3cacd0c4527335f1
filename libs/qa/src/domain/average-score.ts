import { roundTo } from './rounding';

/**
 * The mean of scores that have one decimal, to one decimal. Summing in tenths keeps e.g. (81.7 + 0) / 2 from
 * drifting below 40.85 in binary before it is rounded.
 */
export function averageScore(scores: readonly number[]): number {
  return roundTo(scores.reduce((sum, s) => sum + Math.round(s * 10), 0) / (10 * scores.length), 1);
}
