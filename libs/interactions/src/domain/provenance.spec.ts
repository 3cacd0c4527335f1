import { protectedRecordReason, replacesOnlyVendorRecords, senderOf } from './provenance';

describe('provenance', () => {
  it('takes the sender from the actor, counting any holder of the vendor role as the vendor', () => {
    expect(senderOf({ id: 'u-1', role: 'ops_manager', roles: ['ops_manager'] })).toEqual({
      userId: 'u-1',
      role: 'ops_manager',
    });
    expect(senderOf({ id: 'u-2', role: 'auditor', roles: ['auditor', 'vendor'] })).toEqual({
      userId: 'u-2',
      role: 'vendor',
    });
    expect(senderOf({ id: 'system', role: 'system' })).toEqual({ userId: 'system', role: 'system' });
  });

  it('lets a vendor replace only vendor records, and client staff (or a process) anything', () => {
    expect(replacesOnlyVendorRecords({ userId: 'v', role: 'vendor' })).toBe(true);
    expect(replacesOnlyVendorRecords({ userId: 'o', role: 'ops_manager' })).toBe(false);
    expect(replacesOnlyVendorRecords({ userId: 'system', role: 'system' })).toBe(false);
  });

  it('names the record in its reason', () => {
    expect(protectedRecordReason('T-1')).toBe(
      'externalId T-1 was last sent by client staff; a vendor cannot replace it',
    );
  });
});
