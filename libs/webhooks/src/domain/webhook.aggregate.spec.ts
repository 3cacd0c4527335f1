import { InvalidStateError, NotFoundError } from '@vendorwatch/event-store';
import { Webhook } from './webhook.aggregate';
import { retryDelayMs, shouldGiveUp } from './retry-schedule';
import { WebhookDisabled, WebhookEnabled, WebhookRegistered, WebhookTestRequested } from './webhook.events';

const AT = '2026-03-01T00:00:00.000Z';

function given(...changes: ((webhook: Webhook) => void)[]): Webhook {
  const definition = {
    url: 'https://h.example/x',
    description: null,
    eventTypes: ['*'],
    contractIds: null,
    vendorId: 'v-1',
  };
  const webhook = Webhook.register('wh-1', definition, AT);
  for (const change of changes) change(webhook);
  webhook.commit();
  return webhook;
}

const applied = (webhook: Webhook) => webhook.getUncommittedEvents().map((e) => e.constructor);

describe('Webhook', () => {
  it('is registered enabled, for its vendor, with each event type once', () => {
    const webhook = Webhook.register(
      'wh-1',
      { url: 'https://h.example/x', description: null, eventTypes: ['A', 'A'], contractIds: ['c'], vendorId: 'v-1' },
      AT,
    );
    const [event] = webhook.getUncommittedEvents() as WebhookRegistered[];
    expect(event).toBeInstanceOf(WebhookRegistered);
    expect(event.eventTypes).toEqual(['A']);
    expect(webhook.vendorId).toBe('v-1');
  });

  it('is disabled and enabled again, each once', () => {
    const webhook = given();
    webhook.enable(AT);
    webhook.disable('dead receiver', AT);
    webhook.disable('again', AT);
    webhook.enable(AT);
    expect(applied(webhook)).toEqual([WebhookDisabled, WebhookEnabled]);
  });

  it('refuses a test while disabled (409), and every command once deleted (404)', () => {
    expect(() => given((w) => w.disable('dead', AT)).test(AT)).toThrow(InvalidStateError);
    const webhook = given();
    webhook.test(AT);
    expect(applied(webhook)).toEqual([WebhookTestRequested]);
    const deleted = given((w) => w.delete(AT));
    for (const command of [() => deleted.enable(AT), () => deleted.replay('1', AT), () => deleted.delete(AT)]) {
      expect(command).toThrow(NotFoundError);
    }
  });
});

describe('the retry schedule', () => {
  it('waits about 5 s, 30 s, 2 min, 15 min, 1 h, then hourly', () => {
    expect([1, 2, 3, 4, 5, 6, 30].map(retryDelayMs)).toEqual([
      5_000, 30_000, 120_000, 900_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
  });

  it('gives up after 24 h of failures', () => {
    const since = new Date('2026-03-01T00:00:00Z');
    expect(shouldGiveUp(since, new Date('2026-03-01T23:59:59Z'))).toBe(false);
    expect(shouldGiveUp(since, new Date('2026-03-02T00:00:00Z'))).toBe(true);
  });
});
