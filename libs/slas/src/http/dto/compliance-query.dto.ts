import { IsIsoInstant } from '@vendorwatch/event-store';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class ComplianceQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Periods starting on or after.' })
  @IsOptional()
  @IsIsoInstant()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-03-31',
    description: 'Periods starting on or before (a date covers its whole day).',
  })
  @IsOptional()
  @IsIsoInstant()
  to?: string;

  @ApiPropertyOptional({
    example: '2026-04-15T09:00:00.000Z',
    description: 'Answer as the report stood at this instant: only events recorded until then count.',
  })
  @IsOptional()
  @IsIsoInstant()
  asOf?: string;
}
