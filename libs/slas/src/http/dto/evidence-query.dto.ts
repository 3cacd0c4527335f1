import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@vendorwatch/event-store';

const OUTCOMES = ['met', 'missed', 'excluded'] as const;

export class EvidenceQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: OUTCOMES, description: 'Only the records that counted this way.' })
  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: (typeof OUTCOMES)[number];
}
