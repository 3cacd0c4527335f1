import { IsIsoInstant } from '@vendorwatch/event-store';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { InteractionChannel } from '../../domain/qa-review.events';
import { QaAnswerDto } from './qa-answer.dto';

const CHANNELS: InteractionChannel[] = ['voice', 'chat', 'email', 'social'];

export class ReviewedInteractionDto {
  @ApiProperty({ example: 'T-10023' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalId: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel: InteractionChannel;

  @ApiProperty({ example: '2026-03-02T14:05:00.000Z' })
  @IsIsoInstant()
  occurredAt: string;
}

export class SubmitQaReviewDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  contractId: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  scorecardId: string;

  @ApiProperty({ type: ReviewedInteractionDto })
  @ValidateNested()
  @Type(() => ReviewedInteractionDto)
  interaction: ReviewedInteractionDto;

  @ApiProperty({ example: 'agent-042' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  agentRef: string;

  @ApiProperty({ type: [QaAnswerDto], description: 'every criterion of the scorecard exactly once (else 422)' })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => QaAnswerDto)
  @ArrayMaxSize(100)
  answers: QaAnswerDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comments?: string;

  @ApiPropertyOptional({ description: 'reviews of one interaction by several reviewers share it' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  calibrationGroup?: string;
}
