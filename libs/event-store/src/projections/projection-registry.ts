import { Injectable } from '@nestjs/common';
import { InlineProjection, Projection } from './projection';
import { ScheduledJob } from './scheduled-job';

/**
 * Every projection, inline projection and scheduled job of the running app: filled at start by
 * `ProjectionDiscovery` from the context modules (or by hand, for a bench or a test of the engine alone).
 */
@Injectable()
export class ProjectionRegistry {
  private readonly projections = new Map<string, Projection>();
  private readonly inline = new Map<string, InlineProjection>();
  private readonly jobs = new Map<string, ScheduledJob>();

  register(projection: Projection): void {
    this.add(this.projections, projection);
  }

  registerInline(projection: InlineProjection): void {
    this.add(this.inline, projection);
  }

  registerJob(job: ScheduledJob): void {
    this.add(this.jobs, job);
  }

  private add<T extends { name: string }>(map: Map<string, T>, item: T): void {
    if (this.projections.has(item.name) || this.inline.has(item.name) || this.jobs.has(item.name)) {
      throw new Error(`${item.name} is registered twice.`);
    }
    map.set(item.name, item);
  }

  /** The asynchronous projections and process managers, run by the engine. */
  all(): Projection[] {
    return [...this.projections.values()];
  }

  allInline(): InlineProjection[] {
    return [...this.inline.values()];
  }

  inlineFor(streamType: string): InlineProjection[] {
    return this.allInline().filter((p) => p.streamTypes.includes(streamType));
  }

  allJobs(): ScheduledJob[] {
    return [...this.jobs.values()];
  }

  /** A projection of either kind, by name (for rebuilds). */
  get(name: string): Projection | InlineProjection {
    const projection = this.projections.get(name) ?? this.inline.get(name);
    if (!projection) {
      const known = [...this.projections.keys(), ...this.inline.keys()].join(', ');
      throw new Error(`Unknown projection "${name}". Known: ${known}.`);
    }
    return projection;
  }

  isInline(projection: Projection): projection is InlineProjection {
    return this.inline.get(projection.name) === projection;
  }
}
