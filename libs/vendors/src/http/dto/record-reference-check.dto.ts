import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { REFERENCE_OUTCOMES, ReferenceOutcome } from '../../domain/vendor-vetting';

export class RecordReferenceCheckDto {
  @ApiProperty({ example: 'Globex Retail' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  company: string;

  @ApiProperty({ example: 'Head of Customer Care' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  contactRole: string;

  @ApiProperty({ enum: REFERENCE_OUTCOMES })
  @IsIn(REFERENCE_OUTCOMES)
  outcome: ReferenceOutcome;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}
