/** Half-up rounding to `decimals` places that is not fooled by binary fractions (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const shifted = Math.round(Number(`${value}e${decimals}`));
  return Number(`${shifted}e-${decimals}`);
}
