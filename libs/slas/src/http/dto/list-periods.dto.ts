import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsIsoDate, PageQuery } from '@vendorwatch/event-store';

export class ListPeriodsDto extends PageQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Periods starting on or after this day.' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Periods starting on or before this day.' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}
