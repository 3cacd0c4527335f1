export class RetireSlaCommand {
  constructor(
    readonly slaId: string,
    readonly reason?: string,
    readonly ifMatch?: number,
  ) {}
}
