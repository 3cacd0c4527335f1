import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, PRIORITIES } from '../../domain/interaction';
import { IngestReport, Rejection } from '../../ingest/ingest-report';

/** OpenAPI description only: the body is streamed and validated row by row, not by a pipe. */
export class InteractionDto {
  @ApiProperty({ example: 'TCK-1042' }) externalId: string;
  @ApiProperty({ enum: CHANNELS }) channel: string;
  @ApiPropertyOptional({ enum: PRIORITIES }) priority?: string;
  @ApiPropertyOptional() customerRef?: string;
  @ApiPropertyOptional() agentRef?: string;
  @ApiProperty({ example: '2026-03-02T14:05:00.000Z', description: 'Without an offset: read in ?timezone=.' })
  createdAt: string;
  @ApiPropertyOptional({ description: 'Not before createdAt.' }) firstResponseAt?: string;
  @ApiPropertyOptional({ description: 'Not before createdAt.' }) resolvedAt?: string;
  @ApiPropertyOptional() reopened?: boolean;
  @ApiPropertyOptional({ minimum: 1, maximum: 5 }) csat?: number;
  @ApiPropertyOptional() abandoned?: boolean;
  @ApiPropertyOptional({
    minimum: 0,
    description: "Minutes waiting on the customer, in the SLA clock's minutes; deducted from resolution time.",
  })
  pausedMinutes?: number;
}

export class InteractionsBodyDto {
  @ApiProperty({
    type: [InteractionDto],
    description:
      'As JSON; or a text/csv body whose header row names these fields (booleans true/false, empty cells = absent).',
  })
  interactions: InteractionDto[];
}

export class RejectionDto implements Rejection {
  @ApiProperty() row: number;
  @ApiPropertyOptional() externalId?: string;
  @ApiProperty({ example: 'firstResponseAt is before createdAt' }) reason: string;
}

export class AssumedTimezoneDto {
  @ApiProperty({ example: 'Asia/Manila' }) zone: string;
  @ApiProperty({ description: 'Accepted rows with a time read in that zone.' }) rows: number;
}

export class IngestReportDto implements IngestReport {
  @ApiProperty({ description: 'Valid rows kept: new, replacing or identical.' }) accepted: number;
  @ApiProperty({ description: 'Accepted rows that changed an interaction stored earlier.' }) replaced: number;
  @ApiProperty({ description: 'Accepted rows identical to the stored interaction.' }) unchanged: number;
  @ApiProperty({ type: [RejectionDto], description: 'At most 10,000 are listed; rejectedCount counts all.' })
  rejected: RejectionDto[];
  @ApiProperty() rejectedCount: number;
  @ApiProperty({ description: 'SlaMeasured events appended by the re-measurement.' }) measurementsRecorded: number;
  @ApiPropertyOptional({ description: 'Position of the last event appended; send it as X-Min-Position.' })
  position?: string;
  @ApiPropertyOptional({ type: AssumedTimezoneDto, description: 'Present when some times had no zone offset.' })
  assumedTimezone?: AssumedTimezoneDto;
}
