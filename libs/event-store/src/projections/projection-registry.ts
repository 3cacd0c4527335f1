import { Injectable } from '@nestjs/common';
import { Projection } from './projection';
import { ScheduledJob } from './scheduled-job';

/** Every projection and scheduled job of the running app, registered by the context modules that own them. */
@Injectable()
export class ProjectionRegistry {
  private readonly projections = new Map<string, Projection>();
  private readonly jobs = new Map<string, ScheduledJob>();

  registerJob(job: ScheduledJob): void {
    if (this.jobs.has(job.name)) throw new Error(`Scheduled job ${job.name} is registered twice.`);
    this.jobs.set(job.name, job);
  }

  allJobs(): ScheduledJob[] {
    return [...this.jobs.values()];
  }

  register(projection: Projection): void {
    if (this.projections.has(projection.name)) throw new Error(`Projection ${projection.name} is registered twice.`);
    this.projections.set(projection.name, projection);
  }

  all(): Projection[] {
    return [...this.projections.values()];
  }

  get(name: string): Projection {
    const projection = this.projections.get(name);
    if (!projection)
      throw new Error(`Unknown projection "${name}". Known: ${[...this.projections.keys()].join(', ')}.`);
    return projection;
  }
}
