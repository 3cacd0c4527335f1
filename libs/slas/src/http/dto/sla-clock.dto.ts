import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CHANNELS } from '@vendorwatch/contracts';
import { CLOCK_TYPES, SLA_PRIORITIES, SlaPriority } from '../../domain/sla-clock';

/** SPEC §5 `clock`: how thresholdMinutes is counted for first_response_time and resolution_time. */
export class SlaClockDto {
  @ApiProperty({
    enum: CLOCK_TYPES,
    description:
      "24x7: wall clock; calendar: a calendar's business minutes; coverage: the contract's coverage.demand windows.",
  })
  @IsIn(CLOCK_TYPES)
  type: (typeof CLOCK_TYPES)[number];

  @ApiPropertyOptional({ description: 'calendar: the calendar whose business minutes count.' })
  @ValidateIf((o: SlaClockDto) => o.type === 'calendar')
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  calendarId?: string;
}

/** SPEC §5 `appliesTo`: only interactions matching every list given are measured (no priority counts as normal). */
export class SlaScopeDto {
  @ApiPropertyOptional({ enum: SLA_PRIORITIES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SLA_PRIORITIES.length)
  @IsIn(SLA_PRIORITIES, { each: true })
  priorities?: SlaPriority[];

  @ApiPropertyOptional({ enum: CHANNELS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CHANNELS.length)
  @IsIn(CHANNELS, { each: true })
  channels?: string[];
}
