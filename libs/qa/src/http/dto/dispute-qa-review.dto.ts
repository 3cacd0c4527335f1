import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class DisputeQaReviewDto {
  @ApiProperty({ example: 'The agent followed the refund policy as written.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;
}
