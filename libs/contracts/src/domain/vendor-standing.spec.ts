import { canSignWith, vendorStatusAfter } from './vendor-standing';

describe('vendor standing', () => {
  it('follows the vendor status events', () => {
    expect(vendorStatusAfter('VendorRegistered')).toBe('prospect');
    expect(vendorStatusAfter('VendorReinstated')).toBe('active');
    expect(vendorStatusAfter('VendorEvaluated')).toBeUndefined();
  });

  it('lets a contract be signed only with an approved or active vendor', () => {
    expect(
      ['prospect', 'approved', 'rejected', 'active', 'suspended', 'offboarded'].filter((s) => canSignWith(s as never)),
    ).toEqual(['approved', 'active']);
  });
});
