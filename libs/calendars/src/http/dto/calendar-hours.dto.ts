import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Weekday, WEEKDAYS } from '../../domain/civil-date';
import { IsDateOnly } from './validators';

export class WeeklyWindowDto {
  @ApiProperty({ enum: WEEKDAYS, isArray: true, example: ['mon', 'tue', 'wed', 'thu', 'fri'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEEKDAYS, { each: true })
  days: Weekday[];

  @ApiProperty({ example: '09:00', description: 'Local wall-clock time HH:MM.' })
  @IsString()
  @Matches(/^\d{2}:\d{2}$/, { message: 'start must be a time HH:MM' })
  start: string;

  @ApiProperty({
    example: '17:00',
    description: 'HH:MM or 24:00; an end at or before the start runs past midnight into the next day.',
  })
  @IsString()
  @Matches(/^\d{2}:\d{2}$/, { message: 'end must be a time HH:MM' })
  end: string;
}

export class HolidayDto {
  @ApiProperty({ example: '2026-12-25' })
  @IsDateOnly()
  date: string;

  @ApiPropertyOptional({ example: 'Christmas Day' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(200)
  name?: string;
}
