import { IsIsoInstant } from '@vendorwatch/event-store';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PRICING_MODELS, PricingModel, STANDARD_CRITERIA } from '../../domain/vendor-evaluation';
import { MoneyDto } from './money.dto';

export class CriterionDto {
  @ApiProperty({
    example: 'price',
    description: `Standard keys: ${STANDARD_CRITERIA.join(', ')}; others allowed. Unique per evaluation.`,
  })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: 'key must be snake_case (a-z, 0-9, _), at most 64 characters' })
  key: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 4 })
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  @ApiProperty({ exclusiveMinimum: true, minimum: 0, example: 3 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  weight: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class PricingDto {
  @ApiProperty({ enum: PRICING_MODELS })
  @IsIn(PRICING_MODELS)
  model: PricingModel;

  @ApiProperty({ type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  @IsDefined()
  rate: MoneyDto;
}

export class EvaluateVendorDto {
  @ApiProperty({ type: [CriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria: CriterionDto[];

  @ApiProperty({ type: PricingDto })
  @ValidateNested()
  @Type(() => PricingDto)
  @IsDefined()
  pricing: PricingDto;

  @ApiPropertyOptional({ example: '2026-03-02T14:05:00.000Z', description: 'Defaults to now.' })
  @IsOptional()
  @IsIsoInstant()
  evaluatedAt?: string;
}
