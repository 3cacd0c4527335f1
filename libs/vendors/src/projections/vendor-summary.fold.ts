import { ContractDrafted } from '@vendorwatch/contracts';
import { isEvent, StoredEvent, StoredEventOf } from '@vendorwatch/event-store';
import {
  VendorActivated,
  VendorApproved,
  VendorDueDiligenceRecorded,
  VendorEvaluated,
  VendorOffboarded,
  VendorReferenceChecked,
  VendorRegistered,
  VendorReinstated,
  VendorRejected,
  VendorRosterReported,
  VendorSuspended,
} from '../domain/vendor.events';
import { VendorStatus } from '../domain/vendor-status';
import { VendorSummary } from './vendor-summary';

const STATUS_AFTER = new Map<string, VendorStatus>([
  [VendorApproved.type, 'approved'],
  [VendorRejected.type, 'rejected'],
  [VendorActivated.type, 'active'],
  [VendorSuspended.type, 'suspended'],
  [VendorReinstated.type, 'active'],
  [VendorOffboarded.type, 'offboarded'],
]);

/** The summary of a just-registered vendor. */
export function registeredSummary({ data, version }: StoredEventOf<VendorRegistered>): VendorSummary {
  return {
    id: data.vendorId,
    name: data.name,
    legalName: data.legalName,
    website: data.website,
    country: data.country,
    channels: data.channels,
    languages: data.languages,
    sites: data.sites,
    status: 'prospect',
    evaluation: null,
    referenceChecks: [],
    dueDiligence: {},
    latestRoster: null,
    annualizedAttritionPercent: null,
    contractIds: [],
    version,
  };
}

/** The summary after one more event of the vendor (or a contract of it). */
export function nextSummary(doc: VendorSummary, event: StoredEvent): VendorSummary {
  const status = STATUS_AFTER.get(event.type);
  if (status) return { ...doc, status };
  if (isEvent(event, VendorEvaluated)) {
    const { weightedScore, priceWeightShare, criteria, pricing, evaluatedAt } = event.data;
    // A back-dated evaluation recorded later does not replace a more recent one.
    if (doc.evaluation && doc.evaluation.evaluatedAt > evaluatedAt) return doc;
    return { ...doc, evaluation: { weightedScore, priceWeightShare, criteria, pricing, evaluatedAt } };
  }
  if (isEvent(event, VendorReferenceChecked)) {
    const { company, contactRole, outcome, notes, checkedAt } = event.data;
    return { ...doc, referenceChecks: [...doc.referenceChecks, { company, contactRole, outcome, notes, checkedAt }] };
  }
  if (isEvent(event, VendorDueDiligenceRecorded)) {
    return { ...doc, dueDiligence: { ...doc.dueDiligence, [event.data.item]: event.data.outcome } };
  }
  if (isEvent(event, VendorRosterReported)) return withRoster(doc, event);
  if (isEvent(event, ContractDrafted)) {
    const { contractId } = event.data;
    return doc.contractIds.includes(contractId) ? doc : { ...doc, contractIds: [...doc.contractIds, contractId] };
  }
  return doc;
}

/** A later report for the same month replaces the earlier one; an older month never replaces a newer one. */
function withRoster(doc: VendorSummary, { data }: StoredEventOf<VendorRosterReported>): VendorSummary {
  if (doc.latestRoster && doc.latestRoster.month > data.month) return doc;
  const { month, headcountStart, headcountEnd, leavers, hires, avgTenureMonths, trainingHoursPerNewHire, reportedAt } =
    data;
  return {
    ...doc,
    latestRoster: {
      month,
      headcountStart,
      headcountEnd,
      leavers,
      hires,
      avgTenureMonths,
      trainingHoursPerNewHire,
      reportedAt,
    },
    annualizedAttritionPercent: data.annualizedAttritionPercent,
  };
}
