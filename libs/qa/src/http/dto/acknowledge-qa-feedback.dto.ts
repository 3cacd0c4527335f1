import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class AcknowledgeQaFeedbackDto {
  @ApiPropertyOptional({ example: 'Coaching session held on 2026-03-04.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}
