import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** The body of reject, suspend, reinstate and offboard. */
export class StatusChangeReasonDto {
  @ApiProperty({ example: 'Repeated SLA breaches in Q1.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}
