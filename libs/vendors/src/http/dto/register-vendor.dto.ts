import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsISO31661Alpha2,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Channel, CHANNELS } from '../../domain/vendor-profile';
import { IsBcp47LanguageTag, IsIanaTimeZone } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SiteDto {
  @ApiProperty({ example: 'Manila' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  city: string;

  @ApiProperty({ example: 'PH', description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2()
  country: string;

  @ApiProperty({ example: 'Asia/Manila', description: 'IANA time zone' })
  @IsIanaTimeZone()
  timezone: string;
}

export class RegisterVendorDto {
  @ApiProperty({ example: 'Acme Support', description: 'Unique among vendors not offboarded (case-insensitive).' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Acme Support Ltd' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  legalName?: string;

  @ApiPropertyOptional({ example: 'https://acme-support.example' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  website?: string;

  @ApiProperty({ example: 'PH', description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2()
  country: string;

  @ApiProperty({ enum: CHANNELS, isArray: true, example: ['voice', 'chat'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CHANNELS, { each: true })
  @ArrayMaxSize(4)
  channels: Channel[];

  @ApiProperty({ example: ['en', 'fil'], description: 'BCP-47 language tags' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsBcp47LanguageTag({ each: true })
  @ArrayMaxSize(50)
  languages: string[];

  @ApiProperty({ type: [SiteDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => SiteDto)
  @ArrayMaxSize(100)
  sites: SiteDto[];
}
