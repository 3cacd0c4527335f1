import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@vendorwatch/event-store';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { EscalationStatus } from '../../domain/escalation.aggregate';
import { Severity, SEVERITIES } from '../../domain/escalation-level';

const STATUSES: EscalationStatus[] = ['open', 'acknowledged', 'resolved'];

export class ListEscalationRulesDto extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  contractId?: string;

  @ApiPropertyOptional({ enum: ['enabled', 'disabled'] })
  @IsOptional()
  @IsIn(['enabled', 'disabled'])
  status?: 'enabled' | 'disabled';
}

export class ListEscalationsDto extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  contractId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  vendorId?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: EscalationStatus;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;
}
