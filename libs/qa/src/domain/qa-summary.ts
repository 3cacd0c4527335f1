import { averageScore } from './average-score';
import { roundTo } from './rounding';

/** What the summary needs of one review, with its current (post-amendment) score. */
export interface SummarizedReview {
  agentRef: string;
  score: number;
  autoFailed: boolean;
  disputed: boolean;
  amended: boolean;
  acknowledged: boolean;
  calibrationGroup: string | null;
}

export interface QaSummary {
  reviews: number;
  averageScore: number | null;
  autoFailRate: number;
  disputeRate: number;
  overturnRate: number;
  acknowledgedRate: number;
  byAgent: { agentRef: string; reviews: number; averageScore: number; autoFails: number }[];
  calibration: { groups: number; meanSpread: number | null; maxSpread: number | null };
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : roundTo(part / whole, 4));

/** SPEC §7's QA summary over a set of reviews: averages to 1 decimal, rates as fractions to 4 decimals. */
export function summarizeReviews(reviews: readonly SummarizedReview[]): QaSummary {
  const count = (predicate: (r: SummarizedReview) => boolean) => reviews.filter(predicate).length;
  const disputed = count((r) => r.disputed);
  return {
    reviews: reviews.length,
    averageScore: reviews.length ? averageScore(reviews.map((r) => r.score)) : null,
    autoFailRate: rate(
      count((r) => r.autoFailed),
      reviews.length,
    ),
    disputeRate: rate(disputed, reviews.length),
    overturnRate: rate(
      count((r) => r.amended),
      disputed,
    ),
    acknowledgedRate: rate(
      count((r) => r.acknowledged),
      reviews.length,
    ),
    byAgent: byAgent(reviews),
    calibration: calibration(reviews),
  };
}

function groupBy(
  reviews: readonly SummarizedReview[],
  key: (r: SummarizedReview) => string | null,
): Map<string, SummarizedReview[]> {
  const groups = new Map<string, SummarizedReview[]>();
  for (const review of reviews) {
    const k = key(review);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), review]);
  }
  return groups;
}

function byAgent(reviews: readonly SummarizedReview[]): QaSummary['byAgent'] {
  return [...groupBy(reviews, (r) => r.agentRef)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([agentRef, own]) => ({
      agentRef,
      reviews: own.length,
      averageScore: averageScore(own.map((r) => r.score)),
      autoFails: own.filter((r) => r.autoFailed).length,
    }));
}

/** A calibration group counts once it has two reviews; its spread is how far apart the reviewers scored. */
function calibration(reviews: readonly SummarizedReview[]): QaSummary['calibration'] {
  const spreads = [...groupBy(reviews, (r) => r.calibrationGroup).values()]
    .filter((group) => group.length >= 2)
    .map((group) => roundTo(Math.max(...group.map((r) => r.score)) - Math.min(...group.map((r) => r.score)), 1));
  return {
    groups: spreads.length,
    meanSpread: spreads.length ? averageScore(spreads) : null,
    maxSpread: spreads.length ? Math.max(...spreads) : null,
  };
}
