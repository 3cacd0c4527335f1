/** The events of one escalation rule or escalation, for `GET …/:id/history`. */
export class GetStreamHistoryQuery {
  constructor(
    readonly streamType: 'EscalationRule' | 'Escalation',
    readonly label: string,
    readonly id: string,
    readonly page: { limit: number; offset: number },
  ) {}
}
