import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { InlineProjection, Projection } from './projection';
import { ProjectionRegistry } from './projection-registry';
import { ScheduledJob } from './scheduled-job';

export const PROJECTION_KIND = Symbol('PROJECTION_KIND');
export type ProjectionKind = 'projection' | 'inline' | 'job';

/**
 * Marks a provider of a context's module as a projection or process manager (`Projection`), an inline projection
 * (`InlineProjection`) or a scheduled job (`ScheduledJob`); the registry discovers them at start, as `@nestjs/cqrs`
 * discovers handlers, so they are built with ordinary constructor injection in their own module.
 */
export const AsyncProjection = () => SetMetadata(PROJECTION_KIND, 'projection' satisfies ProjectionKind);
export const InlineReadModel = () => SetMetadata(PROJECTION_KIND, 'inline' satisfies ProjectionKind);
export const Job = () => SetMetadata(PROJECTION_KIND, 'job' satisfies ProjectionKind);

/** Fills the registry with the marked providers of every module, before any module's bootstrap hook runs. */
@Injectable()
export class ProjectionDiscovery implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly registry: ProjectionRegistry,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const { metatype } = wrapper;
      const instance: unknown = wrapper.instance;
      if (!metatype || !instance || !wrapper.isDependencyTreeStatic()) continue;
      const kind = this.reflector.get<ProjectionKind | undefined>(PROJECTION_KIND, metatype);
      if (kind === 'projection') this.registry.register(instance as Projection);
      if (kind === 'inline') this.registry.registerInline(instance as InlineProjection);
      if (kind === 'job') this.registry.registerJob(instance as ScheduledJob);
    }
  }
}
