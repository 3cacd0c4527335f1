import { StoredEvent } from '@vendorwatch/event-store';
import { VendorChecklistFacts } from '../domain/checklist/checklist-facts';

const STATUS_OF: Record<string, string> = {
  VendorApproved: 'approved',
  VendorRejected: 'rejected',
  VendorActivated: 'active',
  VendorSuspended: 'suspended',
  VendorReinstated: 'active',
  VendorOffboarded: 'offboarded',
};

const CONTRACT_STATUS_OF: Record<string, VendorChecklistFacts['contracts'][string]> = {
  ContractDrafted: 'draft',
  ContractSigned: 'signed',
  ContractWentLive: 'live',
  ContractTerminated: 'terminated',
};

/** The events that change a vendor's checklist facts; each carries `vendorId`. */
export const VENDOR_FACT_EVENTS = new Set([
  'VendorRegistered',
  'VendorEvaluated',
  'VendorReferenceChecked',
  'VendorDueDiligenceRecorded',
  'VendorRosterReported',
  ...Object.keys(STATUS_OF),
  ...Object.keys(CONTRACT_STATUS_OF),
]);

/** The next checklist facts of a vendor after one event of the vendors or contracts context. */
export function foldVendorFacts(
  doc: VendorChecklistFacts | undefined,
  { type, data }: StoredEvent,
): VendorChecklistFacts | undefined {
  if (type === 'VendorRegistered') {
    return {
      vendorId: data.vendorId,
      name: data.name,
      status: 'prospect',
      evaluation: null,
      referenceChecks: { positive: 0, neutral: 0, negative: 0 },
      dueDiligence: {},
      roster: null,
      lastRosterReportedAt: null,
      contracts: {},
    };
  }
  if (!doc) return undefined;
  if (STATUS_OF[type]) return { ...doc, status: STATUS_OF[type] };
  if (CONTRACT_STATUS_OF[type])
    return { ...doc, contracts: { ...doc.contracts, [data.contractId]: CONTRACT_STATUS_OF[type] } };
  switch (type) {
    case 'VendorEvaluated':
      // As in the vendor summary: a back-dated evaluation recorded later does not replace a more recent one.
      if (doc.evaluation && doc.evaluation.evaluatedAt > data.evaluatedAt) return doc;
      return {
        ...doc,
        evaluation: {
          criteriaKeys: data.criteria.map((c: { key: string }) => c.key),
          priceWeightShare: data.priceWeightShare,
          evaluatedAt: data.evaluatedAt,
        },
      };
    case 'VendorReferenceChecked': {
      const outcome = data.outcome as keyof VendorChecklistFacts['referenceChecks'];
      return { ...doc, referenceChecks: { ...doc.referenceChecks, [outcome]: doc.referenceChecks[outcome] + 1 } };
    }
    case 'VendorDueDiligenceRecorded':
      return { ...doc, dueDiligence: { ...doc.dueDiligence, [data.item]: data.outcome } };
    case 'VendorRosterReported': {
      const lastRosterReportedAt =
        doc.lastRosterReportedAt && doc.lastRosterReportedAt > data.reportedAt
          ? doc.lastRosterReportedAt
          : data.reportedAt;
      const latest = !doc.roster || doc.roster.month <= data.month;
      const roster = latest
        ? { month: data.month, annualizedAttritionPercent: data.annualizedAttritionPercent }
        : doc.roster;
      return { ...doc, roster, lastRosterReportedAt };
    }
    default:
      return doc;
  }
}
