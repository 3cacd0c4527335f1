import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class DisableEscalationRuleDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class AcknowledgeEscalationDto {
  @ApiPropertyOptional({ example: 'Night-shift lead is on it; staffing plan by Friday.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ResolveEscalationDto {
  @ApiProperty({ example: 'Two agents added to the night shift; first response back above target.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  resolution: string;
}
