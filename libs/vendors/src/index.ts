export * from './vendors.module';
export * from './domain/vendor.events';
export { VendorErrorCode } from './domain/vendor-errors';
export { VENDOR_STATUSES } from './domain/vendor-status';
export type { VendorStatus } from './domain/vendor-status';
export { VENDOR_SUMMARY_PROJECTION } from './projections/vendor-summary';
export type { VendorSummary } from './projections/vendor-summary';
