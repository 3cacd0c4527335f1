import { failpointOn } from './failpoint';

describe('failpoints', () => {
  it('is on only when VENDORWATCH_FAILPOINT names it', () => {
    expect(failpointOn('skip-ingest-drain', {})).toBe(false);
    expect(failpointOn('skip-ingest-drain', { VENDORWATCH_FAILPOINT: 'skip-ingest-drain' })).toBe(true);
    expect(failpointOn('skip-ingest-drain', { VENDORWATCH_FAILPOINT: 'other, skip-ingest-drain' })).toBe(true);
    expect(failpointOn('skip-ingest-drain', { VENDORWATCH_FAILPOINT: 'skip-ingest-drain-later' })).toBe(false);
  });
});
