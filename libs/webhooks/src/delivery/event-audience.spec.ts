import { StoredEvent } from '@vendorwatch/event-store';
import { isForAudience, WebhookAudience } from './event-audience';

const catalogue = { has: (type: string) => !type.startsWith('Unknown') };

function event(type: string, data: object, streamType = 'Contract', streamId = 's-1'): StoredEvent {
  return {
    position: '1',
    streamId,
    streamType,
    version: 1,
    eventId: 'e-1',
    type,
    schemaVersion: 1,
    data,
    metadata: {} as StoredEvent['metadata'],
    recordedAt: '2026-03-01T00:00:00.000Z',
    transactionId: '1',
  };
}

const staff: WebhookAudience = { id: 'wh-1', eventTypes: ['*'], contractIds: null, vendorId: null };
const vendor: WebhookAudience = { id: 'wh-2', eventTypes: ['*'], contractIds: ['c-own'], vendorId: 'v-own' };

describe('which events go to a webhook', () => {
  it('keeps its event types, or every published type for "*"', () => {
    const some = { ...staff, eventTypes: ['ContractSigned'] };
    expect(isForAudience(some, event('ContractSigned', {}), catalogue)).toBe(true);
    expect(isForAudience(some, event('ContractDrafted', {}), catalogue)).toBe(false);
    expect(isForAudience(staff, event('UnknownThing', {}), catalogue)).toBe(false);
  });

  it('keeps the events naming one of its contracts', () => {
    const some = { ...staff, contractIds: ['c-1'] };
    expect(isForAudience(some, event('SlaDefined', { contractId: 'c-1' }), catalogue)).toBe(true);
    expect(isForAudience(some, event('SlaDefined', { contractId: 'c-2' }), catalogue)).toBe(false);
    expect(isForAudience(some, event('Report', { contractIds: ['c-2', 'c-1'] }), catalogue)).toBe(true);
  });

  it("gives a vendor's webhook its own vendor's events, never another vendor's nor the internal assessment", () => {
    expect(isForAudience(vendor, event('ContractDrafted', { contractId: 'c-new', vendorId: 'v-own' }), catalogue)).toBe(
      true,
    );
    expect(
      isForAudience(vendor, event('ContractDrafted', { contractId: 'c-own', vendorId: 'v-other' }), catalogue),
    ).toBe(false);
    expect(isForAudience(vendor, event('VendorEvaluated', { vendorId: 'v-own' }, 'Vendor'), catalogue)).toBe(false);
    expect(isForAudience(vendor, event('CalendarDefined', { calendarId: 'cal' }, 'Calendar'), catalogue)).toBe(false);
  });

  it("of the webhooks' own stream, gives each only its own test pings", () => {
    expect(isForAudience(staff, event('WebhookTestRequested', {}, 'Webhook', 'wh-1'), catalogue)).toBe(true);
    expect(isForAudience(staff, event('WebhookTestRequested', {}, 'Webhook', 'wh-2'), catalogue)).toBe(false);
    expect(isForAudience(staff, event('WebhookRegistered', {}, 'Webhook', 'wh-1'), catalogue)).toBe(false);
  });
});
