import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@vendorwatch/event-store';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsDateOnly, IsInstant } from './validators';

export class ListCalendarsDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class BusinessMinutesDto {
  @ApiProperty({ example: '2026-03-02T14:00:00Z' })
  @IsInstant()
  from: string;

  @ApiProperty({ example: '2026-03-09T14:00:00Z', description: 'Not before from; at most two years after it.' })
  @IsInstant()
  to: string;
}

export class ImportHolidaysDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Default: the earliest imported date.' })
  @IsOptional()
  @IsDateOnly()
  effectiveFrom?: string;
}
