import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO4217CurrencyCode, IsNumber, Max, Min } from 'class-validator';

export class MoneyDto {
  @ApiProperty({ example: 50000 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e12)
  amount: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217, stored upper-case (`usd` is taken as `USD`)' })
  // Codes are case-insensitive to the people typing them; stored one way, so totals never split by case.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsISO4217CurrencyCode()
  currency: string;
}
