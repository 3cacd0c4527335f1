import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, PageQuery } from '@vendorwatch/event-store';
import { IsOptional } from 'class-validator';

/** A page of the ranking, and the period (inclusive dates) its SLA and QA components cover. */
export class VendorRankingQueryDto extends PageQuery {
  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-06-30' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}
