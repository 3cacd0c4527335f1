import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DISPUTE_OUTCOMES, DisputeOutcome } from '../../domain/sla-period-record';

export class DisputeSlaPeriodDto {
  @ApiProperty({ example: 'Tickets T-41 to T-47 were answered in the helpdesk before the export cut-off.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason: string;

  @ApiPropertyOptional({ example: 91.5, description: 'The figure the vendor believes is right.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1e12)
  @Max(1e12)
  proposedValue?: number;

  @ApiPropertyOptional({ example: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e9)
  proposedSampleSize?: number;

  @ApiPropertyOptional({ type: [String], example: ['https://helpdesk.example/exports/2026-w10.csv'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  evidence?: string[];
}

export class ResolveSlaPeriodDisputeDto {
  @ApiProperty({ enum: DISPUTE_OUTCOMES })
  @IsIn(DISPUTE_OUTCOMES)
  outcome: DisputeOutcome;

  @ApiPropertyOptional({ example: 91.5, description: 'Required when adjusted: the figure that counts from now on.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1e12)
  @Max(1e12)
  value?: number;

  @ApiPropertyOptional({ example: 120, description: "When adjusted; the counting figure's sample size if left out." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e9)
  sampleSize?: number;

  @ApiProperty({ example: 'Agreed: seven tickets were answered in time; figure adjusted.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  note: string;
}
