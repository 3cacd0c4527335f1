import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { METRIC_NAMES, SlaMetric } from '../../domain/sla-metrics';
import { SLA_PERIODS, SlaPeriod } from '../../domain/sla-periods';
import { ObjectiveDto } from './objective.dto';
import { SlaClockDto, SlaScopeDto } from './sla-clock.dto';

export class DefineSlaDto {
  @ApiProperty({ example: 'First response within 1h' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: METRIC_NAMES })
  @IsIn(METRIC_NAMES)
  metric: SlaMetric;

  @ApiProperty({ type: ObjectiveDto })
  @ValidateNested()
  @Type(() => ObjectiveDto)
  objective: ObjectiveDto;

  @ApiProperty({
    enum: SLA_PERIODS,
    description: 'week: ISO week from Monday 00:00 UTC; month: from the 1st 00:00 UTC.',
  })
  @IsIn(SLA_PERIODS)
  period: SlaPeriod;

  @ApiProperty({ example: 30, description: 'Below this sample size a period is insufficient_data.' })
  @IsInt()
  @Min(0)
  @Max(1e9)
  minimumSample: number;

  @ApiProperty({ example: 5, description: 'Credit per breached period, % of the contract monthlyFee.' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  serviceCreditPercent: number;

  @ApiPropertyOptional({ type: SlaClockDto, description: 'Default { "type": "24x7" }.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SlaClockDto)
  clock?: SlaClockDto;

  @ApiPropertyOptional({ type: SlaScopeDto, description: 'Default: every interaction.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SlaScopeDto)
  appliesTo?: SlaScopeDto;
}
