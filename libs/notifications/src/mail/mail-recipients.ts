import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetUserAddressesQuery } from '@vendorwatch/identity';

const USER_PREFIX = 'user:';

/** Turns `user:<userId>` recipients into the user's address now (identity's published fact); unknown ones apart. */
@Injectable()
export class MailRecipients {
  constructor(private readonly queries: QueryBus) {}

  async resolve(recipients: string[]): Promise<{ addresses: string[]; unknown: string[] }> {
    const userIds = recipients.filter((r) => r.startsWith(USER_PREFIX)).map((r) => userIdOf(r));
    const known = userIds.length
      ? await this.queries.execute(new GetUserAddressesQuery(userIds))
      : new Map<string, string>();
    const addresses = new Set<string>();
    const unknown: string[] = [];
    for (const recipient of recipients) {
      const address = recipient.startsWith(USER_PREFIX) ? known.get(userIdOf(recipient)) : recipient;
      if (address) addresses.add(address);
      else unknown.push(recipient);
    }
    return { addresses: [...addresses], unknown };
  }
}

function userIdOf(recipient: string): string {
  return recipient.slice(USER_PREFIX.length).toLowerCase();
}
