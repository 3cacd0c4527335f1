import { round } from './rates';

export const RANKING_WEIGHTS = { slaAttainment: 0.35, qaAverage: 0.3, checklistRisk: 0.2, attrition: 0.15 } as const;
const MAX_RISK_SCORE = 24;

export const RANKING_METHOD =
  'composite = Σ(weight × component score) / Σ(weight of the components that have data), 1 decimal, 0–100; ' +
  'component scores (0–100): slaAttainment = slaAttainmentRate × 100 (weight 0.35), qaAverage = qaAverageScore (weight 0.30), ' +
  'checklistRisk = (1 − riskScore / 24) × 100 (weight 0.20), attrition = max(0, 100 − annualizedAttritionPercent) (weight 0.15); ' +
  'a component without data shows status insufficient_data and is left out of the composite; vendors are ranked by ' +
  'how many components have data (most first: a vendor known by its checklist alone ranks after those with ' +
  'performance data), then by composite, highest first, then by name.';

export interface RankingInput {
  vendorId: string;
  name: string;
  status: string;
  slaAttainmentRate: number | null;
  qaAverageScore: number | null;
  riskScore: number;
  grade: string;
  annualizedAttritionPercent: number | null;
}

const component = (value: number | null, score: (v: number) => number, weight: number) => ({
  value,
  score: value === null ? null : round(score(value), 1),
  weight,
  status: value === null ? ('insufficient_data' as const) : ('ok' as const),
});

/** One vendor's components and composite (RANKING_METHOD), without its rank. */
export function scoreVendor(v: RankingInput) {
  const components = {
    slaAttainment: component(v.slaAttainmentRate, (r) => r * 100, RANKING_WEIGHTS.slaAttainment),
    qaAverage: component(v.qaAverageScore, (s) => s, RANKING_WEIGHTS.qaAverage),
    checklistRisk: {
      ...component(
        v.riskScore,
        (r) => (1 - Math.min(r, MAX_RISK_SCORE) / MAX_RISK_SCORE) * 100,
        RANKING_WEIGHTS.checklistRisk,
      ),
      grade: v.grade,
    },
    attrition: component(v.annualizedAttritionPercent, (a) => Math.max(0, 100 - a), RANKING_WEIGHTS.attrition),
  };
  const present = Object.values(components).filter((c) => c.score !== null);
  const weight = present.reduce((total, c) => total + c.weight, 0);
  const composite = round(present.reduce((total, c) => total + c.weight * c.score!, 0) / weight, 1);
  const componentsWithData = present.length;
  return { vendorId: v.vendorId, name: v.name, status: v.status, composite, componentsWithData, components };
}

/** The whole ranking, as RANKING_METHOD orders it (the read model's SQL orders pages the same way). */
export function rankVendors(vendors: RankingInput[]) {
  const scored = vendors.map(scoreVendor);
  scored.sort(
    (a, b) => b.componentsWithData - a.componentsWithData || b.composite - a.composite || a.name.localeCompare(b.name),
  );
  return scored.map((s, index) => ({ rank: index + 1, ...s }));
}
