import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsPositive, Max, Min, ValidateIf } from 'class-validator';
import { OBJECTIVE_KINDS, ObjectiveKind } from '../../domain/sla-metrics';

const NUMBER = { allowNaN: false, allowInfinity: false } as const;
const isAttainment = (o: ObjectiveDto) => o.kind === 'attainment';

/** `attainment` takes thresholdMinutes and targetPercent; `min` and `max` take target. */
export class ObjectiveDto {
  @ApiProperty({ enum: OBJECTIVE_KINDS })
  @IsIn(OBJECTIVE_KINDS)
  kind: ObjectiveKind;

  @ApiPropertyOptional({ example: 60, description: 'attainment: the time an interaction must be handled within.' })
  @ValidateIf(isAttainment)
  @IsNumber(NUMBER)
  @IsPositive()
  @Max(525_600)
  thresholdMinutes?: number;

  @ApiPropertyOptional({ example: 90, description: 'attainment: met when at least this % met the threshold.' })
  @ValidateIf(isAttainment)
  @IsNumber(NUMBER)
  @Min(0)
  @Max(100)
  targetPercent?: number;

  @ApiPropertyOptional({ example: 85, description: 'min: met when value ≥ target; max: met when value ≤ target.' })
  @ValidateIf((o: ObjectiveDto) => o.kind === 'min' || o.kind === 'max')
  @IsNumber(NUMBER)
  target?: number;
}
