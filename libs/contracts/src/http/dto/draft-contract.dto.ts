import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Channel, CHANNELS } from '../../domain/contract-terms';
import { GoalsDto, GovernanceDto, IntegrationDto, QaPlanDto, ScalePlanDto } from './contract-sections.dto';
import { CoverageDto } from './coverage.dto';
import { MoneyDto } from './money.dto';
import { IsDateOnly } from './validators';

export class DraftContractDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  vendorId: string;

  @ApiProperty({ example: 'EU chat & email support' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsDateOnly()
  startDate: string;

  @ApiProperty({ example: '2027-12-31', description: 'After startDate.' })
  @IsDateOnly()
  endDate: string;

  @ApiProperty({ enum: CHANNELS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CHANNELS, { each: true })
  @ArrayMaxSize(4)
  channels: Channel[];

  @ApiProperty({ type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  monthlyFee: MoneyDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Monthly cap on service credits, % of monthlyFee.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  serviceCreditCapPercent?: number;

  @ApiPropertyOptional({ type: GoalsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GoalsDto)
  goals?: GoalsDto;

  @ApiPropertyOptional({ type: CoverageDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CoverageDto)
  coverage?: CoverageDto;

  @ApiPropertyOptional({ type: ScalePlanDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScalePlanDto)
  scalePlan?: ScalePlanDto;

  @ApiPropertyOptional({ type: IntegrationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntegrationDto)
  integration?: IntegrationDto;

  @ApiPropertyOptional({ type: GovernanceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GovernanceDto)
  governance?: GovernanceDto;

  @ApiPropertyOptional({ type: QaPlanDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QaPlanDto)
  qaPlan?: QaPlanDto;
}
