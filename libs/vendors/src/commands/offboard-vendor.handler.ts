import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  AggregateRepository,
  Clock,
  ConcurrencyError,
  InjectAggregateRepository,
  WriteResult,
} from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { Vendor } from '../domain/vendor.aggregate';
import { OffboardVendorCommand } from './offboard-vendor.command';
import { VendorNameReservations } from './vendor-name-reservations';

const MAX_ATTEMPTS = 5;

/** Offboarding frees the name in the same transaction, so it can be registered again at once. */
@CommandHandler(OffboardVendorCommand)
export class OffboardVendorHandler implements ICommandHandler<OffboardVendorCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Vendor) private readonly vendors: AggregateRepository<Vendor>,
    private readonly names: VendorNameReservations,
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ vendorId, reason, ifMatch }: OffboardVendorCommand): Promise<WriteResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(async (manager) => {
          const at = this.clock.now().toISOString();
          const result = await this.vendors.update(vendorId, ifMatch, (v) => v.offboard(reason, at), { manager });
          await this.names.release(vendorId, manager);
          return result;
        });
      } catch (error) {
        // The repository does not retry inside a caller's transaction; a lost race without If-Match retries here.
        const retry = error instanceof ConcurrencyError && ifMatch === undefined && attempt < MAX_ATTEMPTS;
        if (!retry) throw error;
      }
    }
  }
}
