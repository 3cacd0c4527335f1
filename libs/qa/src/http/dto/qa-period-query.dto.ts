import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

const PERIOD = 'on the interaction time: a date (YYYY-MM-DD, `to` includes that day) or an ISO timestamp';

export class QaPeriodQueryDto {
  @ApiPropertyOptional({ description: `from, ${PERIOD}` })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: `to, ${PERIOD}` })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
