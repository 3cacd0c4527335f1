import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, Matches, Min } from 'class-validator';

export class ReportRosterDto {
  @ApiProperty({ example: '2026-02', description: 'YYYY-MM; a second report for a month replaces the first.' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month: string;

  @ApiProperty({ minimum: 0, example: 100 })
  @IsInt()
  @Min(0)
  headcountStart: number;

  @ApiProperty({ minimum: 0, example: 96 })
  @IsInt()
  @Min(0)
  headcountEnd: number;

  @ApiProperty({ minimum: 0, example: 6 })
  @IsInt()
  @Min(0)
  leavers: number;

  @ApiProperty({ minimum: 0, example: 2 })
  @IsInt()
  @Min(0)
  hires: number;

  @ApiPropertyOptional({ minimum: 0, example: 14.5 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  avgTenureMonths?: number;

  @ApiPropertyOptional({ minimum: 0, example: 80 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  trainingHoursPerNewHire?: number;
}
