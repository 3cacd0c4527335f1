import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ReplayWebhookDto {
  @ApiProperty({ example: '1024', description: 'Global position (inclusive) of the first event to deliver again.' })
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'fromPosition must be a position: a whole number from 1, as a string' })
  fromPosition: string;
}
