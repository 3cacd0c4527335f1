import {
  applyTermChanges,
  ContractAmended,
  ContractDrafted,
  ContractSigned,
  ContractTerminated,
  ContractTerms,
  ContractWentLive,
  draftedTerms,
  GovernanceReviewHeld,
  OnboardingMilestoneCompleted,
} from '@vendorwatch/contracts';
import {
  EscalationRuleDefined,
  EscalationRuleDisabled,
  EscalationRuleEnabled,
  EscalationRuleRevised,
} from '@vendorwatch/escalations';
import { EventData, isEvent, isEventOf, StoredEvent } from '@vendorwatch/event-store';
import { QaReviewSubmitted } from '@vendorwatch/qa';
import { SlaDefined, SlaRetired, SlaRevised } from '@vendorwatch/slas';
import { ContractChecklistFacts, CoverageFacts, QaFacts } from '../domain/checklist/checklist-facts';
import { weeklyCoverage } from '../domain/coverage';

const DAY_MS = 86_400_000;
/** Reviews older than this before the newest one can no longer fall in a 30-day window ending now. */
const REVIEW_HORIZON_DAYS = 31;
const MAX_GAPS_KEPT = 20;

/** The events, of every context, that change a contract's checklist facts; each carries `contractId`. */
export const CONTRACT_FACT_EVENTS = [
  ContractDrafted,
  ContractAmended,
  ContractSigned,
  OnboardingMilestoneCompleted,
  ContractWentLive,
  GovernanceReviewHeld,
  ContractTerminated,
  EscalationRuleDefined,
  EscalationRuleRevised,
  EscalationRuleDisabled,
  EscalationRuleEnabled,
  SlaDefined,
  SlaRevised,
  SlaRetired,
  QaReviewSubmitted,
] as const;

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
  const terms = JSON.parse(
    JSON.stringify({ goals, coverage, scalePlan, integration, governance, qaPlan }),
  ) as ContractChecklistFacts['terms'];
  return { ...doc, title: full.title, startDate: full.startDate, terms, coverage: coverageOf(terms, full.startDate) };
}

function drafted(data: EventData<ContractDrafted>): ContractChecklistFacts {
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
  event: StoredEvent,
): ContractChecklistFacts | undefined {
  if (isEvent(event, ContractDrafted)) return drafted(event.data);
  if (!doc) return undefined;
  if (isEvent(event, QaReviewSubmitted)) {
    return { ...doc, qa: reviewed(doc.qa, event.data.submittedAt, event.data.calibrationGroup ?? null) };
  }
  return withEscalationRule(withSla(withContract(doc, event), event), event);
}

function withContract(doc: ContractChecklistFacts, event: StoredEvent): ContractChecklistFacts {
  if (isEvent(event, ContractAmended)) {
    const current = { ...doc.terms, title: doc.title, startDate: doc.startDate } as ContractTerms;
    return withTerms(doc, applyTermChanges(current, event.data.changes));
  }
  if (isEvent(event, ContractSigned)) return { ...doc, status: 'signed' };
  if (isEvent(event, OnboardingMilestoneCompleted)) {
    return { ...doc, milestones: { ...doc.milestones, [event.data.milestone]: event.data.completedAt } };
  }
  if (isEvent(event, ContractWentLive)) return { ...doc, status: 'live', liveAt: event.data.liveAt };
  if (isEvent(event, GovernanceReviewHeld)) {
    const { heldAt } = event.data;
    return doc.lastGovernanceReviewAt && doc.lastGovernanceReviewAt >= heldAt
      ? doc
      : { ...doc, lastGovernanceReviewAt: heldAt };
  }
  if (isEvent(event, ContractTerminated)) return { ...doc, status: 'terminated' };
  return doc;
}

function withEscalationRule(doc: ContractChecklistFacts, event: StoredEvent): ContractChecklistFacts {
  if (isEvent(event, EscalationRuleDefined)) {
    const { ruleId, name, levels, definedAt } = event.data;
    return {
      ...doc,
      escalationRules: { ...doc.escalationRules, [ruleId]: { name, enabled: true, levels, definedAt } },
    };
  }
  if (!isEventOf(event, EscalationRuleRevised, EscalationRuleDisabled, EscalationRuleEnabled)) return doc;
  const rule = doc.escalationRules[event.data.ruleId];
  if (!rule) return doc;
  const changes = isEvent(event, EscalationRuleRevised)
    ? {
        ...(event.data.changes.name ? { name: event.data.changes.name } : {}),
        ...(event.data.changes.levels ? { levels: event.data.changes.levels } : {}),
      }
    : { enabled: isEvent(event, EscalationRuleEnabled) };
  return { ...doc, escalationRules: { ...doc.escalationRules, [event.data.ruleId]: { ...rule, ...changes } } };
}

function withSla(doc: ContractChecklistFacts, event: StoredEvent): ContractChecklistFacts {
  if (isEvent(event, SlaDefined)) {
    const { slaId, name, serviceCreditPercent } = event.data;
    return { ...doc, slas: { ...doc.slas, [slaId]: { name, serviceCreditPercent, active: true } } };
  }
  if (!isEventOf(event, SlaRevised, SlaRetired)) return doc;
  const sla = doc.slas[event.data.slaId];
  if (!sla) return doc;
  const changes = isEvent(event, SlaRevised)
    ? {
        ...(event.data.changes.name !== undefined ? { name: event.data.changes.name } : {}),
        ...(event.data.changes.serviceCreditPercent !== undefined
          ? { serviceCreditPercent: event.data.changes.serviceCreditPercent }
          : {}),
      }
    : { active: false };
  return { ...doc, slas: { ...doc.slas, [event.data.slaId]: { ...sla, ...changes } } };
}
