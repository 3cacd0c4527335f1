import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class ComplianceQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Periods starting on or after.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-03-31',
    description: 'Periods starting on or before (a date covers its whole day).',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
