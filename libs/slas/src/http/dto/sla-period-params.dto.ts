import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

/** `/slas/:id/periods/:periodStart`: the period's first day (SPEC §13). */
export class SlaPeriodParams {
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  id: string;

  @ApiProperty({ example: '2026-03-02', description: "The period's first day: a Monday (week) or a 1st (month)." })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'periodStart must be a date (YYYY-MM-DD)' })
  periodStart: string;
}
