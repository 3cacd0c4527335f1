export const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** part / whole with 4 decimals; null when there is nothing to divide by. */
export const rate = (part: number, whole: number): number | null => (whole === 0 ? null : round(part / whole, 4));
