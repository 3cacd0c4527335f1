import { Inject, Injectable } from '@nestjs/common';
import * as ipaddr from 'ipaddr.js';
import { lookup as lookupAll } from 'node:dns/promises';
import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { LookupFunction } from 'node:net';
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
const isPublic = (address: string) => ipaddr.process(address).range() === 'unicast';

@Injectable()
export class WebhookDestination {
  constructor(@Inject(WEBHOOKS_OPTIONS) private readonly options: WebhooksOptions) {}

  /**
   * The DNS lookup of every delivery connection: it refuses a host that has come to resolve to a non-public address
   * since registration (DNS rebinding). Undefined (the default lookup) when private networks are allowed.
   */
  get connectionLookup(): LookupFunction | undefined {
    if (this.options.allowPrivateNetworks) return undefined;
    return (hostname, options, callback) => {
      dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
        const refused = error ? undefined : addresses.find((entry) => !isPublic(entry.address));
        const failure =
          error ?? (refused && new Error(`${hostname} resolves to ${refused.address}, not a public address.`));
        if (failure) return callback(failure, '', 0);
        if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      });
    };
  }

  async assertAllowed(url: string): Promise<void> {
    if (this.options.allowPrivateNetworks) return;
    const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
    const addresses = ipaddr.isValid(host) ? [host] : await this.resolve(host);
    const refused = addresses.find((address) => !isPublic(address));
    if (refused) {
      throw new WebhookRuleError(
        WebhookErrorCode.PRIVATE_ADDRESS,
        `${host} resolves to ${refused}, a ${ipaddr.process(refused).range()} address; webhooks go to public addresses only.`,
      );
    }
  }

  private async resolve(host: string): Promise<string[]> {
    try {
      return (await lookupAll(host, { all: true })).map((entry) => entry.address);
    } catch {
      throw new WebhookRuleError(WebhookErrorCode.UNRESOLVABLE_HOST, `${host} does not resolve to an address.`);
    }
  }
}
