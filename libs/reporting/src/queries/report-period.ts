import { BadRequestException } from '@nestjs/common';

/** The inclusive date range of a report; defaults to the six calendar months ending today. */
export function reportPeriod(now: Date, from?: string, to?: string): { from: string; to: string } {
  const end = to ?? now.toISOString().slice(0, 10);
  const [year, month] = end.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - 5, 1)).toISOString().slice(0, 10);
  const start = from ?? first;
  if (start > end) throw new BadRequestException(`from (${start}) must not be after to (${end}).`);
  return { from: start, to: end };
}
