/** Who sent an ingest's rows (SPEC §6 provenance): the signed-in user, or `system` for a process such as the cli. */
export interface Sender {
  userId: string;
  role: string;
}

export const VENDOR_ROLE = 'vendor';

/** The sender of an ingest from the request's actor; a user holding the vendor role counts as the vendor's. */
export function senderOf(actor: { id: string; role: string; roles?: readonly string[] }): Sender {
  const vendor = actor.role === VENDOR_ROLE || (actor.roles ?? []).includes(VENDOR_ROLE);
  return { userId: actor.id, role: vendor ? VENDOR_ROLE : actor.role };
}

/**
 * Does `sender` replace only records a vendor sent last? A vendor's row never replaces client staff's record (any
 * role but vendor, or a sender unknown because stored before provenance was kept): it could erase a breach. Client
 * staff may replace anything.
 */
export function replacesOnlyVendorRecords(sender: Sender): boolean {
  return sender.role === VENDOR_ROLE;
}

export function protectedRecordReason(externalId: string): string {
  return `externalId ${externalId} was last sent by client staff; a vendor cannot replace it`;
}
