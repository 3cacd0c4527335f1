import { IsIsoInstant } from '@vendorwatch/event-store';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ONBOARDING_MILESTONES, OnboardingMilestone } from '../../domain/contract.events';
import { IsDateOnly } from './validators';

export class SignContractDto {
  @ApiPropertyOptional({ example: '2026-03-02T14:05:00.000Z', description: 'Defaults to now.' })
  @IsOptional()
  @IsIsoInstant()
  signedAt?: string;
}

export class CompleteMilestoneDto {
  @ApiProperty({ enum: ONBOARDING_MILESTONES })
  @IsIn(ONBOARDING_MILESTONES)
  milestone: OnboardingMilestone;

  @ApiPropertyOptional({ description: 'Defaults to now.' })
  @IsOptional()
  @IsIsoInstant()
  completedAt?: string;
}

export class GoLiveDto {
  @ApiPropertyOptional({ description: 'Defaults to now.' })
  @IsOptional()
  @IsIsoInstant()
  liveAt?: string;
}

export class GovernanceReviewDto {
  @ApiProperty({ example: '2026-04-01T15:00:00.000Z' })
  @IsIsoInstant()
  heldAt: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  @ArrayMaxSize(100)
  attendees: string[];

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  summary: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(2000, { each: true })
  @ArrayMaxSize(100)
  actionItems?: string[];
}

export class TerminateContractDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;

  @ApiProperty({ example: '2026-06-30' })
  @IsDateOnly()
  effectiveDate: string;
}
