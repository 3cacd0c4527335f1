import { Query } from '@nestjs/cqrs';

export class CountBusinessMinutesQuery extends Query<{ minutes: number }> {
  constructor(
    readonly calendarId: string,
    readonly from: Date,
    readonly to: Date,
  ) {
    super();
  }
}
