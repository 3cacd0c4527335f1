import { ApiProperty } from '@nestjs/swagger';
import { IsISO4217CurrencyCode, IsNumber, Max, Min } from 'class-validator';

export class MoneyDto {
  @ApiProperty({ example: 50000 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e12)
  amount: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217' })
  @IsISO4217CurrencyCode()
  currency: string;
}
