import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class ScorecardCriterionDto {
  @ApiProperty({ example: 'empathy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  key: string;

  @ApiProperty({ example: 'Shows empathy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  label: string;

  @ApiProperty({ description: '> 0 (else 422)', example: 2 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  weight: number;

  @ApiProperty({ description: 'integer ≥ 1 (else 422)', example: 5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  maxScore: number;

  @ApiPropertyOptional({ description: 'answered 0, it fails the whole review (score 0)', default: false })
  @IsOptional()
  @IsBoolean()
  critical?: boolean;
}

/** The body of `POST /scorecards` and `POST /scorecards/:id/revisions`. */
export class PublishScorecardDto {
  @ApiProperty({ example: 'Chat quality v1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ type: [ScorecardCriterionDto], description: 'keys unique (else 422)' })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ScorecardCriterionDto)
  @ArrayMaxSize(100)
  criteria: ScorecardCriterionDto[];
}
