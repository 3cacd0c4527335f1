import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoInstant, PageQuery } from '@vendorwatch/event-store';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { QA_REVIEW_STATUSES, QaReviewStatus } from '../../domain/qa-review-status';

export class ListQaReviewsDto extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  contractId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  agentRef?: string;

  @ApiPropertyOptional({ enum: QA_REVIEW_STATUSES })
  @IsOptional()
  @IsIn(QA_REVIEW_STATUSES)
  status?: QaReviewStatus;

  @ApiPropertyOptional({ description: 'interaction occurred at or after (date or timestamp)' })
  @IsOptional()
  @IsIsoInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'interaction occurred at or before (a date includes that day)' })
  @IsOptional()
  @IsIsoInstant()
  to?: string;
}
