import { StoredEvent } from '@vendorwatch/event-store';
import { VendorStatus } from '../domain/vendor-status';
import { VendorSummary } from './vendor-summary';

/** The contracts context's event that lists a contract under its vendor; matched by name, not imported. */
export const CONTRACT_DRAFTED = 'ContractDrafted';

const STATUS_AFTER: Record<string, VendorStatus> = {
  VendorApproved: 'approved',
  VendorRejected: 'rejected',
  VendorActivated: 'active',
  VendorSuspended: 'suspended',
  VendorReinstated: 'active',
  VendorOffboarded: 'offboarded',
};

/** The summary of a just-registered vendor. */
export function registeredSummary({ data, version }: StoredEvent): VendorSummary {
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
export function nextSummary(doc: VendorSummary, { type, data }: StoredEvent): VendorSummary {
  if (STATUS_AFTER[type]) return { ...doc, status: STATUS_AFTER[type] };
  switch (type) {
    case 'VendorEvaluated': {
      // A back-dated evaluation recorded later does not replace a more recent one.
      if (doc.evaluation && doc.evaluation.evaluatedAt > data.evaluatedAt) return doc;
      const { weightedScore, priceWeightShare, criteria, pricing, evaluatedAt } = data;
      return { ...doc, evaluation: { weightedScore, priceWeightShare, criteria, pricing, evaluatedAt } };
    }
    case 'VendorReferenceChecked': {
      const { company, contactRole, outcome, notes, checkedAt } = data;
      return { ...doc, referenceChecks: [...doc.referenceChecks, { company, contactRole, outcome, notes, checkedAt }] };
    }
    case 'VendorDueDiligenceRecorded':
      return { ...doc, dueDiligence: { ...doc.dueDiligence, [data.item]: data.outcome } };
    case 'VendorRosterReported': {
      if (doc.latestRoster && doc.latestRoster.month > data.month) return doc;
      const {
        month,
        headcountStart,
        headcountEnd,
        leavers,
        hires,
        avgTenureMonths,
        trainingHoursPerNewHire,
        reportedAt,
      } = data;
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
    case CONTRACT_DRAFTED:
      return doc.contractIds.includes(data.contractId)
        ? doc
        : { ...doc, contractIds: [...doc.contractIds, data.contractId] };
    default:
      return doc;
  }
}
