import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `from`/`to` dates (inclusive) of a report; by default the last six calendar months up to today. */
export class ReportPeriodDto {
  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'First day (YYYY-MM-DD); default: the 1st of the month five months before `to`.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-06-30', description: 'Last day (YYYY-MM-DD), inclusive; default: today.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}
