import { ApiProperty } from '@nestjs/swagger';
import { IsISO4217CurrencyCode, IsNumber, Min } from 'class-validator';

export class MoneyDto {
  @ApiProperty({ example: 12500.0, minimum: 0 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(0)
  amount: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217' })
  @IsISO4217CurrencyCode()
  currency: string;
}
