import { Roster } from '../domain/roster';

export class ReportRosterCommand {
  constructor(
    readonly vendorId: string,
    readonly roster: Roster,
    readonly ifMatch?: number,
  ) {}
}
