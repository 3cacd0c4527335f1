import { isEvent, StoredEvent } from '@vendorwatch/event-store';
import { VendorRegistered } from '../domain/vendor.events';
import { nextSummary, registeredSummary } from './vendor-summary.fold';
import { VendorSummary } from './vendor-summary';

const VENDOR = 'b0c0e7a2-0000-4000-8000-000000000001';
let version = 0;

function stored(type: string, data: object): StoredEvent {
  version += 1;
  return {
    position: String(version),
    streamId: VENDOR,
    streamType: 'Vendor',
    version,
    eventId: `event-${version}`,
    type,
    schemaVersion: 1,
    data: { vendorId: VENDOR, ...data },
    metadata: { actorId: 'u1', actorRole: 'procurement', requestId: 'r', correlationId: 'r', causationId: 'r' },
    recordedAt: '2026-03-02T00:00:00.000Z',
    transactionId: '1',
  };
}

function fold(...events: StoredEvent[]): VendorSummary {
  const [first, ...rest] = events;
  if (!isEvent(first, VendorRegistered)) throw new Error('a vendor summary starts with VendorRegistered');
  return rest.reduce(nextSummary, registeredSummary(first));
}

const registered = () =>
  stored('VendorRegistered', {
    name: 'Acme',
    legalName: null,
    website: null,
    country: 'PH',
    channels: ['voice'],
    languages: ['en'],
    sites: [],
  });
const evaluated = (evaluatedAt: string, weightedScore: number) =>
  stored('VendorEvaluated', {
    criteria: [],
    pricing: { model: 'per_hour', rate: { amount: 1, currency: 'USD' } },
    evaluatedAt,
    weightedScore,
    priceWeightShare: 0,
  });
const roster = (month: string, annualizedAttritionPercent: number | null) =>
  stored('VendorRosterReported', {
    month,
    headcountStart: 10,
    headcountEnd: 10,
    leavers: 1,
    hires: 1,
    avgTenureMonths: null,
    trainingHoursPerNewHire: null,
    annualizedAttritionPercent,
    reportedAt: 'x',
  });

describe('vendor summary fold', () => {
  it('keeps the most recent evaluation even when an older one is recorded later', () => {
    const summary = fold(
      registered(),
      evaluated('2026-02-20T00:00:00.000Z', 4.1),
      evaluated('2026-01-05T00:00:00.000Z', 2.2),
    );
    expect(summary.evaluation).toMatchObject({ weightedScore: 4.1, evaluatedAt: '2026-02-20T00:00:00.000Z' });
  });

  it('keeps the latest month of roster reports, and a repeated month replaces it', () => {
    const summary = fold(registered(), roster('2026-02', 120), roster('2026-01', 60), roster('2026-02', 90));
    expect(summary.latestRoster?.month).toBe('2026-02');
    expect(summary.annualizedAttritionPercent).toBe(90);
  });

  it('follows the status through its events', () => {
    const summary = fold(
      registered(),
      stored('VendorApproved', { rationale: 'ok' }),
      stored('VendorActivated', { contractId: 'c1' }),
      stored('VendorSuspended', { reason: 'r' }),
    );
    expect(summary.status).toBe('suspended');
  });

  it('lists each drafted contract once', () => {
    const drafted = { ...stored('ContractDrafted', { contractId: 'c1' }), streamType: 'Contract', streamId: 'c1' };
    expect(fold(registered(), drafted, drafted).contractIds).toEqual(['c1']);
  });
});
