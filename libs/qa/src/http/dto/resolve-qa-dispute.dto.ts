import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DisputeOutcome } from '../../domain/qa-review.events';
import { QaAnswerDto } from './qa-answer.dto';

const OUTCOMES: DisputeOutcome[] = ['upheld', 'amended'];

export class ResolveQaDisputeDto {
  @ApiProperty({ enum: OUTCOMES })
  @IsIn(OUTCOMES)
  outcome: DisputeOutcome;

  @ApiPropertyOptional({
    type: [QaAnswerDto],
    description: 'required when amended (re-scored), absent when upheld (else 422)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => QaAnswerDto)
  @ArrayMaxSize(100)
  answers?: QaAnswerDto[];

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  note: string;
}
