import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  DUE_DILIGENCE_ITEMS,
  DUE_DILIGENCE_OUTCOMES,
  DueDiligenceItem,
  DueDiligenceOutcome,
} from '../../domain/vendor-vetting';

export class RecordDueDiligenceDto {
  @ApiProperty({ enum: DUE_DILIGENCE_ITEMS })
  @IsIn(DUE_DILIGENCE_ITEMS)
  item: DueDiligenceItem;

  @ApiProperty({ enum: DUE_DILIGENCE_OUTCOMES, description: 'The latest entry per item counts.' })
  @IsIn(DUE_DILIGENCE_OUTCOMES)
  outcome: DueDiligenceOutcome;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}
