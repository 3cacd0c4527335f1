import { Query } from '@nestjs/cqrs';

/**
 * Identity's published fact for messages to people: the email address of each active user among `userIds`.
 * Unknown and disabled users are absent from the answer.
 */
export class GetUserAddressesQuery extends Query<Map<string, string>> {
  constructor(readonly userIds: readonly string[]) {
    super();
  }
}
