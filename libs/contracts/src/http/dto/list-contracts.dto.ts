import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@vendorwatch/event-store';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ContractStatus } from '../../domain/contract.aggregate';

const STATUSES: ContractStatus[] = ['draft', 'signed', 'live', 'terminated'];

export class ListContractsDto extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  vendorId?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: ContractStatus;
}
