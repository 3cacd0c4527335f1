import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoInstant, PageQuery } from '@vendorwatch/event-store';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class FindAuditEventsDto extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  streamId?: string;

  @ApiPropertyOptional({ example: 'Vendor' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  streamType?: string;

  @ApiPropertyOptional({ example: 'VendorApproved' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  type?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actorId?: string;

  @ApiPropertyOptional({ description: 'Recorded at or after (ISO-8601).' })
  @IsOptional()
  @IsIsoInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Recorded before (ISO-8601).' })
  @IsOptional()
  @IsIsoInstant()
  to?: string;
}
