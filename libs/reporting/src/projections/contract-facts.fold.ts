import { applyTermChanges, ContractTerms, draftedTerms } from '@vendorwatch/contracts';
import { StoredEvent } from '@vendorwatch/event-store';
import { ContractChecklistFacts, CoverageFacts, QaFacts } from '../domain/checklist/checklist-facts';
import { weeklyCoverage } from '../domain/coverage';

const DAY_MS = 86_400_000;
/** Reviews older than this before the newest one can no longer fall in a 30-day window ending now. */
const REVIEW_HORIZON_DAYS = 31;
const MAX_GAPS_KEPT = 20;

/** The events, of every context, that change a contract's checklist facts; each carries `contractId`. */
export const CONTRACT_FACT_EVENTS = new Set([
  'ContractDrafted',
  'ContractAmended',
  'ContractSigned',
  'OnboardingMilestoneCompleted',
  'ContractWentLive',
  'GovernanceReviewHeld',
  'ContractTerminated',
  'EscalationRuleDefined',
  'EscalationRuleRevised',
  'EscalationRuleDisabled',
  'EscalationRuleEnabled',
  'SlaDefined',
  'SlaRevised',
  'SlaRetired',
  'QaReviewSubmitted',
]);

/** Item 4 is not time-dependent, so the coverage of the demand week is computed once per change of terms. */
export function coverageOf(terms: Pick<ContractTerms, 'coverage'>, startDate: string): CoverageFacts | null {
  const plan = terms.coverage;
  if (!plan?.demand?.windows?.length || !plan.vendorShifts?.length) return null;
  const timezone = plan.demand.timezone ?? 'UTC';
  const result = weeklyCoverage(
    plan.demand.windows.map((w) => ({ ...w, timezone })),
    plan.vendorShifts,
    startDate,
  );
  if (!Number.isFinite(result.share)) return null;
  const { weekStart, demandMinutes, coveredMinutes, share, gaps } = result;
  return { weekOf: weekStart, demandMinutes, coveredMinutes, share, gaps: gaps.slice(0, MAX_GAPS_KEPT) };
}

function withTerms(doc: ContractChecklistFacts, full: ContractTerms): ContractChecklistFacts {
  const { goals, coverage, scalePlan, integration, governance, qaPlan } = full;
  const terms = JSON.parse(JSON.stringify({ goals, coverage, scalePlan, integration, governance, qaPlan }));
  return { ...doc, title: full.title, startDate: full.startDate, terms, coverage: coverageOf(terms, full.startDate) };
}

function drafted(data: any): ContractChecklistFacts {
  const empty: ContractChecklistFacts = {
    contractId: data.contractId,
    vendorId: data.vendorId,
    title: '',
    status: 'draft',
    startDate: '',
    liveAt: null,
    terms: {},
    coverage: null,
    milestones: {},
    lastGovernanceReviewAt: null,
    escalationRules: {},
    slas: {},
    qa: { recentReviewTimes: [], reviewsPerCalibrationGroup: {}, lastCalibration: null },
  };
  return withTerms(empty, draftedTerms(data));
}

function reviewed(qa: QaFacts, submittedAt: string, group: string | null): QaFacts {
  const times = [...qa.recentReviewTimes, submittedAt].sort();
  const horizon = new Date(new Date(times[times.length - 1]).getTime() - REVIEW_HORIZON_DAYS * DAY_MS).toISOString();
  const next = { ...qa, recentReviewTimes: times.filter((t) => t >= horizon) };
  if (!group) return next;
  const count = (qa.reviewsPerCalibrationGroup[group] ?? 0) + 1;
  const calibrated = count >= 2 && (!qa.lastCalibration || qa.lastCalibration.at <= submittedAt);
  return {
    ...next,
    reviewsPerCalibrationGroup: { ...qa.reviewsPerCalibrationGroup, [group]: count },
    lastCalibration: calibrated ? { group, at: submittedAt } : qa.lastCalibration,
  };
}

/** The next checklist facts of a contract after one event of any context. */
export function foldContractFacts(
  doc: ContractChecklistFacts | undefined,
  { type, data }: StoredEvent,
): ContractChecklistFacts | undefined {
  if (type === 'ContractDrafted') return drafted(data);
  if (!doc) return undefined;
  switch (type) {
    case 'ContractAmended':
      return withTerms(
        doc,
        applyTermChanges({ ...doc.terms, title: doc.title, startDate: doc.startDate } as ContractTerms, data.changes),
      );
    case 'ContractSigned':
      return { ...doc, status: 'signed' };
    case 'OnboardingMilestoneCompleted':
      return { ...doc, milestones: { ...doc.milestones, [data.milestone]: data.completedAt } };
    case 'ContractWentLive':
      return { ...doc, status: 'live', liveAt: data.liveAt };
    case 'GovernanceReviewHeld':
      return doc.lastGovernanceReviewAt && doc.lastGovernanceReviewAt >= data.heldAt
        ? doc
        : { ...doc, lastGovernanceReviewAt: data.heldAt };
    case 'ContractTerminated':
      return { ...doc, status: 'terminated' };
    case 'EscalationRuleDefined':
      return {
        ...doc,
        escalationRules: {
          ...doc.escalationRules,
          [data.ruleId]: { name: data.name, enabled: true, levels: data.levels, definedAt: data.definedAt },
        },
      };
    case 'EscalationRuleRevised':
    case 'EscalationRuleDisabled':
    case 'EscalationRuleEnabled': {
      const rule = doc.escalationRules[data.ruleId];
      if (!rule) return doc;
      const changes =
        type === 'EscalationRuleRevised'
          ? {
              ...(data.changes.name ? { name: data.changes.name } : {}),
              ...(data.changes.levels ? { levels: data.changes.levels } : {}),
            }
          : { enabled: type === 'EscalationRuleEnabled' };
      return { ...doc, escalationRules: { ...doc.escalationRules, [data.ruleId]: { ...rule, ...changes } } };
    }
    case 'SlaDefined':
      return {
        ...doc,
        slas: {
          ...doc.slas,
          [data.slaId]: { name: data.name, serviceCreditPercent: data.serviceCreditPercent, active: true },
        },
      };
    case 'SlaRevised':
    case 'SlaRetired': {
      const sla = doc.slas[data.slaId];
      if (!sla) return doc;
      const changes =
        type === 'SlaRetired'
          ? { active: false }
          : {
              ...(data.changes.name !== undefined ? { name: data.changes.name } : {}),
              ...(data.changes.serviceCreditPercent !== undefined
                ? { serviceCreditPercent: data.changes.serviceCreditPercent }
                : {}),
            };
      return { ...doc, slas: { ...doc.slas, [data.slaId]: { ...sla, ...changes } } };
    }
    case 'QaReviewSubmitted':
      return { ...doc, qa: reviewed(doc.qa, data.submittedAt, data.calibrationGroup ?? null) };
    default:
      return doc;
  }
}
