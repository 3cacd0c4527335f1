/** Rounds half away from zero through the decimal string, as the server does (0.15 → 0.2). */
function roundTo(value, decimals) {
  return Number(`${Math.round(Number(`${Math.abs(value)}e${decimals}`))}e-${decimals}`) * Math.sign(value || 1);
}

/**
 * SPEC §7, as the server scores: Σ(weight·score/maxScore over answered) / Σ(weight over answered) × 100, 1 decimal;
 * a critical criterion answered 0 fails the review (score 0). `answers` maps criterion key → score or null.
 * Null when nothing is answered yet.
 */
export function liveScore(criteria, answers) {
  const answered = criteria.filter((c) => answers[c.key] !== null && answers[c.key] !== undefined);
  if (answered.length === 0) return null;
  if (answered.some((c) => c.critical && answers[c.key] === 0)) return { score: 0, autoFailed: true };
  const weighted = answered.reduce((sum, c) => sum + (c.weight * answers[c.key]) / c.maxScore, 0);
  const weights = answered.reduce((sum, c) => sum + c.weight, 0);
  return { score: roundTo((weighted / weights) * 100, 1), autoFailed: false };
}
