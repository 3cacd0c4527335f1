import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

const TEXT = 2000;

export class GoalsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(TEXT) responseTimeTargets?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(TEXT) escalationBoundaries?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(TEXT) toneGuidelines?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(TEXT) resolutionStandards?: string;
}

export class ScalePlanDto {
  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e9)
  forecastMonthlyVolume?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Peak volume as a multiple of the forecast.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  peakMultiplier?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1000)
  elasticStaffingPercent?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(TEXT) overflowProcedure?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 8760 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(8760)
  surgeNoticeHours?: number;
}

export class IntegrationDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() customerHistoryAccess?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() internalNotesAccess?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() productUpdatesFeed?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() knowledgeBaseAccess?: boolean;
}

export class GovernanceDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 366 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  reviewCadenceDays?: number;

  @ApiPropertyOptional({ example: 'weekly' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reportingCadence?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(TEXT) ownershipBoundaries?: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 366,
    default: 30,
    description: "Days a vendor may dispute an SLA period, from the later of its end and its figure's last change.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  slaDisputeWindowDays?: number;
}

export class QaPlanDto {
  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e6)
  monthlyReviewTarget?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 366 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  calibrationCadenceDays?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 366, default: 14 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  disputeWindowDays?: number;
}
