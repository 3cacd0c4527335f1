import { IsIsoDate } from '@vendorwatch/event-store';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

/** `from`/`to` dates (inclusive) of a report; by default the last six calendar months up to today. */
export class ReportPeriodDto {
  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'First day (YYYY-MM-DD); default: the 1st of the month five months before `to`.',
  })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-06-30', description: 'Last day (YYYY-MM-DD), inclusive; default: today.' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}
