import { canSignWith } from './vendor-standing';

describe('vendor standing', () => {
  it('lets a contract be signed only with an approved or active vendor', () => {
    expect(
      ['prospect', 'approved', 'rejected', 'active', 'suspended', 'offboarded'].filter((s) => canSignWith(s as never)),
    ).toEqual(['approved', 'active']);
  });
});
