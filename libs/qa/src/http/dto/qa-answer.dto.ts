import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, ValidateIf } from 'class-validator';

export class QaAnswerDto {
  @ApiProperty({ example: 'empathy' })
  @IsString()
  @IsNotEmpty()
  criterionKey: string;

  @ApiProperty({ type: Number, nullable: true, description: '0..maxScore, or null when not applicable' })
  @ValidateIf((answer: QaAnswerDto) => answer.score !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score: number | null;
}
