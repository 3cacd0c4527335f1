import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';

export class SupportDebtQueryDto {
  @ApiProperty({ description: 'The contract whose warning signs to report.' })
  @IsString()
  @IsNotEmpty()
  contractId: string;
}
