import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ApproveVendorDto {
  @ApiProperty({ example: 'Best weighted score and two positive references.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  rationale: string;
}
