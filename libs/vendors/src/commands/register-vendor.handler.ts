import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Vendor } from '../domain/vendor.aggregate';
import { RegisterVendorCommand } from './register-vendor.command';
import { VendorNameReservations } from './vendor-name-reservations';

@CommandHandler(RegisterVendorCommand)
export class RegisterVendorHandler implements ICommandHandler<RegisterVendorCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Vendor) private readonly vendors: AggregateRepository<Vendor>,
    private readonly names: VendorNameReservations,
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  execute({ profile }: RegisterVendorCommand): Promise<WriteResult> {
    const vendor = Vendor.register(randomUUID(), profile, this.clock.now().toISOString());
    return this.db.transaction(async (manager) => {
      await this.names.reserve(vendor.name, vendor.id, manager);
      return this.vendors.save(vendor, { manager });
    });
  }
}
