import { agentChurn } from './agent-churn.rule';
import { ContractChecklistFacts, VendorChecklistFacts } from './checklist-facts';
import { ChecklistItem, ChecklistRule, ChecklistStatus, fail, Verdict, worstStatus } from './checklist-item';
import { clearGoals } from './clear-goals.rule';
import { coverageDesign } from './coverage-design.rule';
import { escalationLogic } from './escalation-logic.rule';
import { handoffMentality } from './handoff-mentality.rule';
import { onboarding } from './onboarding.rule';
import { priceOnlySelection } from './price-only-selection.rule';
import { qaProgram } from './qa-program.rule';
import { scalePlanning } from './scale-planning.rule';
import { toolIntegration } from './tool-integration.rule';
import { vendorVetting } from './vendor-vetting.rule';
import { whenAnswersChange } from './time-facts';
import { weakContract } from './weak-contract.rule';

type Rule =
  | { scope: 'contract'; rule: ChecklistRule<ContractChecklistFacts> }
  | { scope: 'vendor'; rule: ChecklistRule<VendorChecklistFacts> };

/** SPEC §8's twelve items, in the table's order. */
const RULES: Rule[] = [
  { scope: 'contract', rule: clearGoals },
  { scope: 'vendor', rule: priceOnlySelection },
  { scope: 'contract', rule: handoffMentality },
  { scope: 'contract', rule: coverageDesign },
  { scope: 'contract', rule: onboarding },
  { scope: 'contract', rule: escalationLogic },
  { scope: 'contract', rule: qaProgram },
  { scope: 'vendor', rule: agentChurn },
  { scope: 'vendor', rule: vendorVetting },
  { scope: 'contract', rule: weakContract },
  { scope: 'contract', rule: toolIntegration },
  { scope: 'contract', rule: scalePlanning },
];

export type Grade = 'A' | 'B' | 'C' | 'D';

export interface ChecklistResult {
  items: ChecklistItem[];
  riskScore: number;
  grade: Grade;
}

export function riskScoreOf(statuses: ChecklistStatus[]): number {
  return statuses.reduce((sum, s) => sum + (s === 'fail' ? 2 : s === 'warn' ? 1 : 0), 0);
}

export function gradeOf(riskScore: number): Grade {
  if (riskScore <= 2) return 'A';
  if (riskScore <= 6) return 'B';
  if (riskScore <= 12) return 'C';
  return 'D';
}

function result(items: ChecklistItem[]): ChecklistResult {
  const riskScore = riskScoreOf(items.map((i) => i.status));
  return { items, riskScore, grade: gradeOf(riskScore) };
}

const item = ({ key, title }: ChecklistRule<unknown>, verdict: Verdict): ChecklistItem => ({ key, title, ...verdict });

/** The checklist of one contract of `vendor` at time `now`. */
export function contractChecklist(
  contract: ContractChecklistFacts,
  vendor: VendorChecklistFacts,
  now: Date,
): ChecklistResult {
  return result(
    RULES.map((r) =>
      item(r.rule, r.scope === 'contract' ? r.rule.evaluate(contract, now) : r.rule.evaluate(vendor, now)),
    ),
  );
}

/**
 * The vendor-level list: each item's worst status across the given (non-terminated) contract checklists, with the
 * evidence of the contracts that have that status. Without contracts, only the vendor's own items are judged.
 */
export function vendorChecklist(
  vendor: VendorChecklistFacts,
  contracts: { title: string; checklist: ChecklistResult }[],
  now: Date,
): ChecklistResult {
  return result(
    RULES.map(({ scope, rule }, index) => {
      if (scope === 'vendor') return item(rule, rule.evaluate(vendor, now));
      if (contracts.length === 0)
        return item(
          rule,
          fail(
            ['No contract with the vendor yet'],
            'Sign a contract that addresses this item before the vendor starts work.',
          ),
        );
      const perContract = contracts.map((c) => ({ title: c.title, item: c.checklist.items[index] }));
      const status = worstStatus(perContract.map((c) => c.item.status));
      const deciding = perContract.filter((c) => c.item.status === status);
      return {
        key: rule.key,
        title: rule.title,
        status,
        evidence: deciding.flatMap((c) => c.item.evidence.map((e) => `${c.title}: ${e}`)),
        recommendation: deciding[0].item.recommendation,
      };
    }),
  );
}

/**
 * The vendor-level risk score and grade of `vendor` with its non-terminated contracts at `now` (what the ranking
 * uses), and the first instant at which the clock alone may change them (null: only new facts will).
 */
export function vendorRisk(
  vendor: VendorChecklistFacts,
  contracts: ContractChecklistFacts[],
  now: Date,
): { riskScore: number; grade: Grade; changesAt: Date | null } {
  const { result, changesAt } = whenAnswersChange(() =>
    vendorChecklist(
      vendor,
      contracts.map((contract) => ({ title: contract.title, checklist: contractChecklist(contract, vendor, now) })),
      now,
    ),
  );
  return { riskScore: result.riskScore, grade: result.grade, changesAt };
}
