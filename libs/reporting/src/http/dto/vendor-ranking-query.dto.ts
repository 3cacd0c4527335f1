import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@vendorwatch/event-store';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A page of the ranking, and the period (inclusive dates) its SLA and QA components cover. */
export class VendorRankingQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-06-30' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}
