import { Injectable } from '@nestjs/common';
import {
  AggregateRepository,
  AsyncProjection,
  InjectAggregateRepository,
  isEvent,
  Projection,
  RequestContext,
  StoredEvent,
  StoredEventOf,
  SYSTEM_ACTOR,
} from '@vendorwatch/event-store';
import { ContractWentLive } from '@vendorwatch/contracts';
import { EntityManager } from 'typeorm';
import { Vendor } from '../domain/vendor.aggregate';

/**
 * Process manager: a vendor becomes active when any of its contracts goes live. Its appends commit with its
 * checkpoint, and the aggregate ignores go-lives that change nothing, so the reaction happens exactly once.
 */
@Injectable()
@AsyncProjection()
export class VendorActivationProcess implements Projection {
  readonly name = 'vendor-activation';
  readonly appendsEvents = true;
  readonly processManager = true;
  readonly tables = [] as const;

  constructor(@InjectAggregateRepository(Vendor) private readonly vendors: AggregateRepository<Vendor>) {}

  concerns(event: StoredEvent): boolean {
    return isEvent(event, ContractWentLive);
  }

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      if (isEvent(event, ContractWentLive)) await this.activate(event, manager);
    }
  }

  private activate(event: StoredEventOf<ContractWentLive>, manager: EntityManager): Promise<unknown> {
    const { contractId, vendorId, liveAt } = event.data;
    const context = { actor: SYSTEM_ACTOR, causationId: event.eventId, correlationId: event.metadata.correlationId };
    return RequestContext.run(context, async () => {
      const vendor = await this.vendors.tryLoad(vendorId, { manager });
      if (!vendor) return;
      vendor.contractWentLive(contractId, liveAt ?? event.recordedAt);
      await this.vendors.save(vendor, { manager });
    });
  }
}
