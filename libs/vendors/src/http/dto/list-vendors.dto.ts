import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@vendorwatch/event-store';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { VENDOR_STATUSES, VendorStatus } from '../../domain/vendor-status';

export class ListVendorsDto extends PageQuery {
  @ApiPropertyOptional({ enum: VENDOR_STATUSES })
  @IsOptional()
  @IsIn(VENDOR_STATUSES)
  status?: VendorStatus;

  @ApiPropertyOptional({ description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
