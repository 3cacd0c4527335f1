import { Injectable } from '@nestjs/common';
import { DomainError } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { VendorErrorCode } from '../domain/vendor-errors';

const UNIQUE_VIOLATION = '23505';

/** 409: another vendor that is not offboarded already uses the name (case-insensitive). */
export class VendorNameTaken extends DomainError {
  readonly kind = 'conflict';
  readonly code = VendorErrorCode.VENDOR_NAME_TAKEN;

  static of(name: string): VendorNameTaken {
    return new VendorNameTaken(`A vendor named "${name}" is already registered.`, [
      { field: 'name', errors: ['is already taken'] },
    ]);
  }
}

/**
 * Names of vendors that are not offboarded, unique on lower(name). Written in the same transaction as the
 * vendor's events, so of two racing registrations of one name exactly one commits.
 */
@Injectable()
export class VendorNameReservations {
  async reserve(name: string, vendorId: string, manager: EntityManager): Promise<void> {
    try {
      await manager.query(`INSERT INTO vendor_name_reservations (vendor_id, name) VALUES ($1, $2)`, [vendorId, name]);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw VendorNameTaken.of(name);
      throw error;
    }
  }

  async release(vendorId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM vendor_name_reservations WHERE vendor_id = $1`, [vendorId]);
  }
}
