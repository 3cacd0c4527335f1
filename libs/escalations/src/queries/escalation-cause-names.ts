import { Injectable } from '@nestjs/common';
import { ContractFacts } from '@vendorwatch/contracts';
import { SlaFacts } from '@vendorwatch/slas';
import { causeInWords, CauseNames } from '../domain/cause-in-words';
import { EscalationCause } from '../domain/escalation-cause';

export type NamedCause = EscalationCause & { names: CauseNames };

/** Gives an escalation's causes the names of the contract and SLA they speak of (the ids stay in `figures`). */
@Injectable()
export class EscalationCauseNames {
  constructor(
    private readonly contracts: ContractFacts,
    private readonly slas: SlaFacts,
  ) {}

  async name<V extends { contractId: string; cause: EscalationCause; timeline?: { cause?: EscalationCause }[] }>(
    view: V,
  ): Promise<V & { cause: NamedCause }> {
    const contract = (await this.contracts.find(view.contractId))?.terms.title;
    const named = async (cause: EscalationCause): Promise<NamedCause> => {
      const slaId = cause.figures.slaId;
      const sla = typeof slaId === 'string' ? (await this.slas.find(slaId))?.name : undefined;
      const names: CauseNames = { ...(contract ? { contract } : {}), ...(sla ? { sla } : {}) };
      return { ...cause, description: causeInWords(cause, names), names };
    };
    const timeline =
      view.timeline &&
      (await Promise.all(
        view.timeline.map(async (entry) => (entry.cause ? { ...entry, cause: await named(entry.cause) } : entry)),
      ));
    return { ...view, cause: await named(view.cause), ...(timeline ? { timeline } : {}) };
  }
}
