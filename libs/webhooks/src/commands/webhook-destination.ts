import { Inject, Injectable } from '@nestjs/common';
import * as ipaddr from 'ipaddr.js';
import { lookup } from 'node:dns/promises';
import { WebhookErrorCode, WebhookRuleError } from '../domain/webhook-errors';

export interface WebhooksOptions {
  /** WEBHOOK_ALLOW_PRIVATE_NETWORKS: deliver to loopback, private and link-local addresses too. */
  allowPrivateNetworks: boolean;
}

export const WEBHOOKS_OPTIONS = Symbol('WEBHOOKS_OPTIONS');

/**
 * The private-address rule of SPEC §14: a webhook's host must resolve only to public unicast addresses, so the
 * product cannot be used to reach services inside its own network.
 */
@Injectable()
export class WebhookDestination {
  constructor(@Inject(WEBHOOKS_OPTIONS) private readonly options: WebhooksOptions) {}

  async assertAllowed(url: string): Promise<void> {
    if (this.options.allowPrivateNetworks) return;
    const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
    const addresses = ipaddr.isValid(host) ? [host] : await this.resolve(host);
    const refused = addresses.find((address) => ipaddr.process(address).range() !== 'unicast');
    if (refused) {
      throw new WebhookRuleError(
        WebhookErrorCode.PRIVATE_ADDRESS,
        `${host} resolves to ${refused}, a ${ipaddr.process(refused).range()} address; webhooks go to public addresses only.`,
      );
    }
  }

  private async resolve(host: string): Promise<string[]> {
    try {
      return (await lookup(host, { all: true })).map((entry) => entry.address);
    } catch {
      throw new WebhookRuleError(WebhookErrorCode.UNRESOLVABLE_HOST, `${host} does not resolve to an address.`);
    }
  }
}
