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
  Validate,
  ValidateNested,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { isRecipient, MAX_RECIPIENTS_PER_LEVEL, MAX_REPEAT, Severity, SEVERITIES } from '../../domain/escalation-level';
import { EscalationTrigger } from '../../domain/escalation-trigger';
import { IsEscalationTrigger } from './is-escalation-trigger';

const MINUTES_PER_YEAR = 525_600;

@ValidatorConstraint({ name: 'isRecipient' })
class RecipientConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isRecipient(value);
  }

  defaultMessage(): string {
    return 'each of recipients must be an email address or user:<userId>';
  }
}

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

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_RECIPIENTS_PER_LEVEL,
    example: ['team-lead@vendor.example', 'user:5b1f6f0e-3c1a-4f57-9d0a-1c2b3d4e5f60'],
    description:
      'Told by email when this level is reached (and, at the last level, when overdue): email addresses, or user:<userId>.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RECIPIENTS_PER_LEVEL)
  @IsString({ each: true })
  @Validate(RecipientConstraint, { each: true })
  recipients?: string[];
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

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_REPEAT,
    default: 0,
    description: 'How many times the ladder starts again at level 1 after its last level, before it is overdue.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_REPEAT)
  repeat?: number;

  @ApiPropertyOptional({
    minimum: 1,
    nullable: true,
    example: 480,
    description:
      'An acknowledged escalation not resolved this long after its acknowledgement climbs to the next level (reason not_resolved). null in a revision removes it.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MINUTES_PER_YEAR)
  resolveWithinMinutes?: number | null;
}
