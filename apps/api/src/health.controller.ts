import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProjectionCheckpoints, ProjectionStatus } from '@vendorwatch/event-store';
import { Public } from '@vendorwatch/identity';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly checkpoints: ProjectionCheckpoints) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'The database is up; projections with their position and lag.' })
  async health(): Promise<{ status: 'ok'; database: 'up'; projections: ProjectionStatus[] }> {
    try {
      return { status: 'ok', database: 'up', projections: await this.checkpoints.statuses() };
    } catch {
      throw new ServiceUnavailableException({ message: 'The database is down.', database: 'down' });
    }
  }
}
