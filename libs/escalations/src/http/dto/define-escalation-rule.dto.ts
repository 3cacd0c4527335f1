import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Severity, SEVERITIES } from '../../domain/escalation-level';
import { EscalationTrigger } from '../../domain/escalation-trigger';
import { IsEscalationTrigger } from './is-escalation-trigger';

const MINUTES_PER_YEAR = 525_600;

export class EscalationLevelDto {
  @ApiProperty({ example: 'vendor-team-lead@example.com', description: 'Who is notified at this level.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  notify: string;

  @ApiProperty({ minimum: 1, example: 60 })
  @IsInt()
  @Min(1)
  @Max(MINUTES_PER_YEAR)
  ackWithinMinutes: number;

  @ApiPropertyOptional({ example: 'Head of Support Operations', description: 'Who decides at this level.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  authority?: string;
}

export class DefineEscalationRuleDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  contractId: string;

  @ApiProperty({ example: 'First response missed two weeks running' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({
    description:
      'One of { type: "sla_breach", slaId?, consecutiveBreaches ≥ 1 }, { type: "sla_at_risk", slaId? }, ' +
      '{ type: "qa_score_below", threshold 0..100, windowDays ≥ 1, minReviews ≥ 1 }, ' +
      '{ type: "qa_auto_fail", count ≥ 1, windowDays ≥ 1 }, { type: "attrition_above", annualizedPercent }.',
    example: { type: 'sla_breach', consecutiveBreaches: 2 },
  })
  @IsEscalationTrigger()
  trigger: EscalationTrigger;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity: Severity;

  @ApiProperty({ type: [EscalationLevelDto], minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EscalationLevelDto)
  levels: EscalationLevelDto[];
}
