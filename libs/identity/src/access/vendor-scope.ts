import { NotFoundError, RequestContext } from '@vendorwatch/event-store';

/**
 * The vendor-scope rule of SPEC §2, in one place: a `vendor` user sees only its own vendor's resources, and any
 * other vendor's ids answer 404 as if they did not exist.
 */
export const VendorScope = {
  /** The vendor the caller is confined to; undefined for staff. Lists filter on it. */
  vendorId(): string | undefined {
    const actor = RequestContext.actor();
    return actor?.roles.includes('vendor') ? (actor.vendorId ?? 'none') : undefined;
  },

  /** Throws a 404 for `what id` unless the caller may see resources of `ownerVendorId`. */
  assertVisible(ownerVendorId: string, what: string, id: string): void {
    const scope = VendorScope.vendorId();
    if (scope !== undefined && scope !== ownerVendorId) throw NotFoundError.of(what, id);
  },
};
