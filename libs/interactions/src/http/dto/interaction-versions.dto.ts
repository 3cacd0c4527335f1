import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, PRIORITIES } from '../../domain/interaction';
import { InteractionHistory, InteractionVersion } from '../../queries/interaction-versions.query';

export class SubmittedByDto {
  @ApiProperty({ description: 'The user who sent it (`system` for the cli).' }) userId: string;
  @ApiProperty({ example: 'ops_manager', description: 'Their role; `vendor` for a vendor user.' }) role: string;
}

export class InteractionVersionDto implements InteractionVersion {
  @ApiProperty({ example: 'TCK-1042' }) externalId: string;
  @ApiProperty({ description: 'Numbered from 1 in the order the versions were stored.' }) version: number;
  @ApiProperty({ enum: CHANNELS }) channel: string;
  @ApiPropertyOptional({ enum: PRIORITIES, nullable: true, type: String }) priority: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) customerRef: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) agentRef: string | null;
  @ApiProperty({ example: '2026-03-02T14:05:00.000Z' }) createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) firstResponseAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) resolvedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: Boolean }) reopened: boolean | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) csat: number | null;
  @ApiPropertyOptional({ nullable: true, type: Boolean }) abandoned: boolean | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) pausedMinutes: number | null;
  @ApiProperty({
    type: SubmittedByDto,
    nullable: true,
    description: 'Who sent this version; null for records stored before senders were kept.',
  })
  submittedBy: SubmittedByDto | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-03-10T08:00:00.000Z' }) submittedAt: string | null;
}

export class InteractionHistoryDto implements InteractionHistory {
  @ApiProperty({ type: InteractionVersionDto, description: 'The version the figures are measured from.' })
  current: InteractionVersionDto;
  @ApiProperty({
    type: [InteractionVersionDto],
    description: 'Every stored version, newest first, the current one included (paged by limit and offset).',
  })
  versions: InteractionVersionDto[];
  @ApiProperty({ description: 'How many versions are stored.' }) totalVersions: number;
}
