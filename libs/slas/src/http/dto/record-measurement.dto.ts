import { IsIsoInstant } from '@vendorwatch/event-store';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

export const POSTED_SOURCES = ['manual', 'vendor_report'] as const;

export class RecordMeasurementDto {
  @ApiProperty({
    example: '2026-03-02',
    description: "The period's start: a Monday (week) or a 1st (month), 00:00 UTC.",
  })
  @IsIsoInstant()
  periodStart: string;

  @ApiProperty({ example: 92.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1e12)
  @Max(1e12)
  value: number;

  @ApiProperty({ example: 120 })
  @IsInt()
  @Min(0)
  @Max(1e9)
  sampleSize: number;

  @ApiPropertyOptional({
    enum: POSTED_SOURCES,
    default: 'manual',
    description: 'Always vendor_report for vendor users.',
  })
  @IsOptional()
  @IsIn(POSTED_SOURCES)
  source?: (typeof POSTED_SOURCES)[number];
}
