import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class RegisteredWebhookDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() version: number;
  @ApiProperty({ example: '42' }) position: string;
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret, shown only in this answer (Standard Webhooks).',
  })
  secret: string;
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ type: [String] }) eventTypes: string[];
  @ApiPropertyOptional({ nullable: true, type: [String] }) contractIds: string[] | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: "Set on a vendor user's webhook." })
  vendorId: string | null;
  @ApiProperty({ enum: ['enabled', 'disabled'] }) status: string;
  @ApiPropertyOptional({ nullable: true, type: String }) disabledReason: string | null;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty() version: number;
}

export class DeliveryAttemptDto {
  @ApiProperty({ format: 'uuid', description: 'The event id: the webhook-id header.' }) eventId: string;
  @ApiProperty() eventType: string;
  @ApiProperty({ example: '42' }) position: string;
  @ApiProperty({ description: '1 for the first attempt at this event, then 2, 3…' }) attempt: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) statusCode: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why no answer came (timeout, refused…).' })
  error: string | null;
  @ApiProperty() durationMs: number;
  @ApiProperty({ format: 'date-time' }) attemptedAt: string;
}
