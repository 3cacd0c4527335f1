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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { WEEKDAYS, Weekday } from '../../domain/contract-terms';
import { IsIanaTimezone, IsTimeOfDay } from './validators';

export class TimeWindowDto {
  @ApiProperty({ enum: WEEKDAYS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEEKDAYS, { each: true })
  @ArrayMaxSize(7)
  days: Weekday[];

  @ApiProperty({ example: '08:00' })
  @IsTimeOfDay()
  start: string;

  @ApiProperty({ example: '20:00', description: 'At or before start: runs past midnight into the next day.' })
  @IsTimeOfDay()
  end: string;
}

export class VendorShiftDto extends TimeWindowDto {
  @ApiProperty({ example: 'Asia/Manila' })
  @IsIanaTimezone()
  timezone: string;
}

export class DemandDto {
  @ApiPropertyOptional({ example: 'America/New_York' })
  @IsOptional()
  @IsIanaTimezone()
  timezone?: string;

  @ApiPropertyOptional({ type: [TimeWindowDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TimeWindowDto)
  @ArrayMaxSize(50)
  windows?: TimeWindowDto[];
}

export class CoverageDto {
  @ApiPropertyOptional({ type: DemandDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DemandDto)
  demand?: DemandDto;

  @ApiPropertyOptional({ type: [VendorShiftDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => VendorShiftDto)
  @ArrayMaxSize(50)
  vendorShifts?: VendorShiftDto[];

  @ApiPropertyOptional({ minimum: 0, maximum: 24 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(24)
  overlapHoursWithInternalTeam?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  weekendRule?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  escalationWindow?: string;
}
