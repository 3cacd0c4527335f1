import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { IsIanaTimeZone } from './validators';

export const MAX_WINDOWS = 100;
export const MAX_HOLIDAYS_PER_REQUEST = 1000;

export class DefineCalendarDto {
  @ApiProperty({ example: 'Manila night shift' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'Asia/Manila', description: 'IANA time zone of the windows and holidays.' })
  @IsIanaTimeZone()
  timezone: string;

  @ApiProperty({ type: [WeeklyWindowDto], description: 'Windows of one day may not overlap (422).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_WINDOWS)
  @ValidateNested({ each: true })
  @Type(() => WeeklyWindowDto)
  weeklyHours: WeeklyWindowDto[];

  @ApiPropertyOptional({ type: [HolidayDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_HOLIDAYS_PER_REQUEST)
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  holidays?: HolidayDto[];
}
