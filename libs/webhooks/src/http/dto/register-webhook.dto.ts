import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

export class RegisterWebhookDto {
  @ApiProperty({
    example: 'https://hooks.example.com/vendorwatch',
    description: 'http or https. A host resolving to a loopback, private or link-local address is refused (422).',
  })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url: string;

  @ApiPropertyOptional({ example: 'Ticketing system sync', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiProperty({
    example: ['SlaPeriodMeasured', 'EscalationRaised'],
    description: 'Event type names (the `type` of GET /audit/events), or "*" for every type.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @Matches(/^(\*|[A-Za-z][A-Za-z0-9]{0,99})$/, { each: true, message: 'each event type is a name or "*"' })
  eventTypes: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Only events naming one of these contracts. Required for a vendor user (its own contracts only).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  contractIds?: string[];
}
