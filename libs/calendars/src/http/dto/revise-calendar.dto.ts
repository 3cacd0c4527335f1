import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { HolidayDto, WeeklyWindowDto } from './calendar-hours.dto';
import { MAX_HOLIDAYS_PER_REQUEST, MAX_WINDOWS } from './define-calendar.dto';
import { IsDateOnly } from './validators';

export class ReviseCalendarDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: [WeeklyWindowDto], description: 'The hours of the dates from effectiveFrom on.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_WINDOWS)
  @ValidateNested({ each: true })
  @Type(() => WeeklyWindowDto)
  weeklyHours?: WeeklyWindowDto[];

  @ApiPropertyOptional({
    type: [HolidayDto],
    description: 'Every holiday from effectiveFrom on (replacing those); earlier holidays stay.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_HOLIDAYS_PER_REQUEST)
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  holidays?: HolidayDto[];

  @ApiPropertyOptional({ example: '2026-04-01', description: 'Local date; default today (UTC).' })
  @IsOptional()
  @IsDateOnly()
  effectiveFrom?: string;
}
