import { IsIsoInstant } from '@vendorwatch/event-store';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

const PERIOD = 'on the interaction time: a date (YYYY-MM-DD, `to` includes that day) or an ISO timestamp';

export class QaPeriodQueryDto {
  @ApiPropertyOptional({ description: `from, ${PERIOD}` })
  @IsOptional()
  @IsIsoInstant()
  from?: string;

  @ApiPropertyOptional({ description: `to, ${PERIOD}` })
  @IsOptional()
  @IsIsoInstant()
  to?: string;
}
