/** Rounds half away from zero at `decimals`, through the decimal string so 0.15 → 0.2 (not 0.1). */
export function roundTo(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  return sign * Number(`${Math.round(Number(`${Math.abs(value)}e${decimals}`))}e-${decimals}`);
}
