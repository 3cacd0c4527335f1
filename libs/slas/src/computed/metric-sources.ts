import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { ComputedMetric } from '../domain/computed-sla';
import { METRIC_SOURCE, MetricSource } from './metric-source';

/** The metric source of each computed metric: filled at start from the `@ComputesMetrics()` providers. */
@Injectable()
export class MetricSources {
  private readonly byMetric = new Map<ComputedMetric, MetricSource>();

  register(source: MetricSource): void {
    for (const metric of source.metrics) {
      if (this.byMetric.has(metric)) throw new Error(`Two metric sources compute ${metric}.`);
      this.byMetric.set(metric, source);
    }
  }

  of(metric: ComputedMetric): MetricSource | undefined {
    return this.byMetric.get(metric);
  }

  metrics(): ComputedMetric[] {
    return [...this.byMetric.keys()];
  }
}

@Injectable()
export class MetricSourceDiscovery implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly sources: MetricSources,
  ) {}

  onModuleInit(): void {
    for (const { metatype, instance } of this.discovery.getProviders()) {
      if (!metatype || !instance || !this.reflector.get<boolean | undefined>(METRIC_SOURCE, metatype)) continue;
      this.sources.register(instance as MetricSource);
    }
  }
}
