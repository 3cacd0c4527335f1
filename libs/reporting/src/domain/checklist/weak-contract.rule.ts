import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { isSet } from './time-facts';

/** Item 10: measurable SLAs with service credits, a reporting cadence and clear ownership. */
export const weakContract: ChecklistRule<ContractChecklistFacts> = {
  key: 'weak_contract',
  title: 'Weak contracts and vague expectations',
  evaluate({ slas, terms }) {
    const active = Object.values(slas).filter((s) => s.active);
    if (active.length === 0)
      return fail(['No active SLA'], 'Define SLAs with measurable objectives and service credits for the contract.');
    const withoutCredit = active.filter((s) => !(s.serviceCreditPercent > 0));
    const governance = terms.governance ?? {};
    const evidence = [
      `${active.length} active SLA${active.length === 1 ? '' : 's'}`,
      ...withoutCredit.map((s) => `SLA '${s.name}' earns no service credit when breached`),
      isSet(governance.reportingCadence)
        ? `Reporting cadence: ${governance.reportingCadence}`
        : 'No reporting cadence agreed',
      isSet(governance.ownershipBoundaries)
        ? 'Ownership boundaries written down'
        : 'No ownership boundaries written down',
    ];
    if (withoutCredit.length === 0 && isSet(governance.reportingCadence) && isSet(governance.ownershipBoundaries))
      return pass(evidence);
    return warn(
      evidence,
      'Give every SLA a service credit and write the reporting cadence and ownership boundaries into the contract.',
    );
  },
};
