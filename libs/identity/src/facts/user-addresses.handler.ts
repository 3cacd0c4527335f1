import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UsersRepository } from '../users/users.repository';
import { GetUserAddressesQuery } from './user-addresses.query';

@QueryHandler(GetUserAddressesQuery)
export class UserAddressesHandler implements IQueryHandler<GetUserAddressesQuery> {
  constructor(private readonly users: UsersRepository) {}

  execute({ userIds }: GetUserAddressesQuery): Promise<Map<string, string>> {
    return this.users.activeEmails(userIds);
  }
}
