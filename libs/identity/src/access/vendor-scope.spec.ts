import { Actor, NotFoundError, RequestContext } from '@vendorwatch/event-store';
import { VendorScope } from './vendor-scope';

const OWN = '6f1c7c1e-2a5e-4f4a-9d43-1d7f3c2b9a01';
const OTHER = 'b2d9e4a0-7c1f-4a4e-8f0b-5e6d7c8b9a02';

function as<T>(actor: Actor | undefined, fn: () => T): T {
  return RequestContext.run({ actor }, fn);
}

describe('VendorScope (SPEC §2: a vendor user sees only its own vendor)', () => {
  const vendorUser: Actor = { id: 'u1', role: 'vendor', roles: ['vendor'], vendorId: OWN };

  it('confines a vendor user to its vendor', () => {
    as(vendorUser, () => {
      expect(VendorScope.vendorId()).toBe(OWN);
      expect(() => VendorScope.assertVisible(OWN, 'Vendor', OWN)).not.toThrow();
    });
  });

  it("answers another vendor's resource with a 404 error naming it", () => {
    as(vendorUser, () => {
      expect(() => VendorScope.assertVisible(OTHER, 'Contract', 'c-42')).toThrow(NotFoundError);
      expect(() => VendorScope.assertVisible(OTHER, 'Contract', 'c-42')).toThrow('Contract c-42 was not found.');
    });
  });

  it('does not confine staff, whatever their role', () => {
    for (const role of ['admin', 'procurement', 'ops_manager', 'qa_reviewer', 'auditor']) {
      as({ id: 's1', role, roles: [role] }, () => {
        expect(VendorScope.vendorId()).toBeUndefined();
        expect(() => VendorScope.assertVisible(OTHER, 'Vendor', OTHER)).not.toThrow();
      });
    }
  });

  it('confines a vendor user that has other roles too', () => {
    as({ id: 'u2', role: 'procurement', roles: ['procurement', 'vendor'], vendorId: OWN }, () => {
      expect(VendorScope.vendorId()).toBe(OWN);
      expect(() => VendorScope.assertVisible(OTHER, 'Vendor', OTHER)).toThrow(NotFoundError);
    });
  });

  it('shows a vendor user without a vendor nothing', () => {
    as({ id: 'u3', role: 'vendor', roles: ['vendor'] }, () => {
      expect(VendorScope.vendorId()).toBe('none');
      expect(() => VendorScope.assertVisible(OWN, 'Vendor', OWN)).toThrow(NotFoundError);
    });
  });
});
