import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HolidayDto, WeeklyWindowDto } from './calendar-hours.dto';

export class HoursRevisionDto {
  @ApiProperty({ type: String, nullable: true, description: 'null: from the beginning.' }) effectiveFrom: string | null;
  @ApiProperty({ type: [WeeklyWindowDto] }) weeklyHours: WeeklyWindowDto[];
}

export class CalendarDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'Asia/Manila' }) timezone: string;
  @ApiProperty({ type: [WeeklyWindowDto], description: 'The hours of the latest revision.' })
  weeklyHours: WeeklyWindowDto[];
  @ApiProperty({ type: [HoursRevisionDto], description: 'Every set of hours with the date it took effect.' })
  hoursRevisions: HoursRevisionDto[];
  @ApiProperty({ type: [HolidayDto] }) holidays: HolidayDto[];
  @ApiProperty() definedAt: string;
  @ApiProperty({ type: String, nullable: true }) revisedAt: string | null;
  @ApiProperty() version: number;
}

export class SkippedEventDto {
  @ApiProperty() uid: string;
  @ApiProperty({ example: 'it is a timed event, not an all-day one' }) reason: string;
}

export class HolidayImportDto {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
  @ApiPropertyOptional() position: string;
  @ApiProperty({ description: 'New holiday dates; 0 when the file holds none (nothing is appended).' }) added: number;
  @ApiProperty({ type: [SkippedEventDto] }) skipped: SkippedEventDto[];
}

export class BusinessMinutesAnswerDto {
  @ApiProperty({ example: 480, description: 'Business minutes between from and to (2 decimals).' }) minutes: number;
}
