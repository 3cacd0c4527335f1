import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ContractFacts } from '@vendorwatch/contracts';
import {
  AggregateRepository,
  Clock,
  EventTypeCatalogue,
  InjectAggregateRepository,
  WriteResult,
} from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WebhookCursors } from '../delivery/webhook-cursors';
import { Webhook } from '../domain/webhook.aggregate';
import { WebhookErrorCode, WebhookRuleError } from '../domain/webhook-errors';
import { RegisterWebhookCommand } from './register-webhook.command';
import { WebhookDestination } from './webhook-destination';

export type RegisteredWebhook = WriteResult & { secret: string };

/** Registers a webhook and opens its delivery cursor after its own registration, in one transaction. */
@CommandHandler(RegisterWebhookCommand)
export class RegisterWebhookHandler implements ICommandHandler<RegisterWebhookCommand, RegisteredWebhook> {
  constructor(
    @InjectAggregateRepository(Webhook) private readonly webhooks: AggregateRepository<Webhook>,
    private readonly cursors: WebhookCursors,
    private readonly contracts: ContractFacts,
    private readonly catalogue: EventTypeCatalogue,
    private readonly destination: WebhookDestination,
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ request }: RegisterWebhookCommand): Promise<RegisteredWebhook> {
    const vendorId = VendorScope.vendorId() ?? null;
    if (vendorId !== null && !request.contractIds?.length) {
      throw new WebhookRuleError(
        WebhookErrorCode.CONTRACTS_REQUIRED,
        "A vendor's webhook follows named contracts: send contractIds with your own contracts.",
      );
    }
    this.assertKnown(request.eventTypes);
    const contractIds = request.contractIds ? [...new Set(request.contractIds)] : null;
    for (const contractId of contractIds ?? []) await this.contracts.visible(contractId);
    await this.destination.assertAllowed(request.url);
    const id = randomUUID();
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const webhook = Webhook.register(id, { ...request, contractIds, vendorId }, this.clock.now().toISOString());
    const result = await this.db.transaction(async (manager) => {
      const written = await this.webhooks.save(webhook, { manager });
      await this.cursors.open(manager, id, secret, written.position);
      return written;
    });
    return { ...result, secret };
  }

  private assertKnown(eventTypes: string[]): void {
    const unknown = eventTypes.filter(
      (type) => type !== '*' && (!this.catalogue.has(type) || Webhook.events.some((e) => e.type === type)),
    );
    if (unknown.length > 0) {
      throw new WebhookRuleError(
        WebhookErrorCode.UNKNOWN_EVENT_TYPE,
        `No context publishes ${unknown.join(', ')}; name event types such as ${this.catalogue.all().slice(0, 3).join(', ')}, or "*".`,
      );
    }
  }
}
