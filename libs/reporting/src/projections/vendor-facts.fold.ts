import {
  ContractDrafted,
  ContractSigned,
  ContractStatus,
  ContractTerminated,
  ContractWentLive,
} from '@vendorwatch/contracts';
import { isEvent, isEventOf, StoredEvent } from '@vendorwatch/event-store';
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
  VendorStatus,
  VendorSuspended,
} from '@vendorwatch/vendors';
import { VendorChecklistFacts } from '../domain/checklist/checklist-facts';

const STATUS_OF = new Map<string, VendorStatus>([
  [VendorApproved.type, 'approved'],
  [VendorRejected.type, 'rejected'],
  [VendorActivated.type, 'active'],
  [VendorSuspended.type, 'suspended'],
  [VendorReinstated.type, 'active'],
  [VendorOffboarded.type, 'offboarded'],
]);

const CONTRACT_STATUS_OF = new Map<string, ContractStatus>([
  [ContractDrafted.type, 'draft'],
  [ContractSigned.type, 'signed'],
  [ContractWentLive.type, 'live'],
  [ContractTerminated.type, 'terminated'],
]);

/** The events that change a vendor's checklist facts; each carries `vendorId`. */
export const VENDOR_FACT_EVENTS = [
  VendorRegistered,
  VendorEvaluated,
  VendorReferenceChecked,
  VendorDueDiligenceRecorded,
  VendorRosterReported,
  VendorApproved,
  VendorRejected,
  VendorActivated,
  VendorSuspended,
  VendorReinstated,
  VendorOffboarded,
  ContractDrafted,
  ContractSigned,
  ContractWentLive,
  ContractTerminated,
] as const;

/** The next checklist facts of a vendor after one event of the vendors or contracts context. */
export function foldVendorFacts(
  doc: VendorChecklistFacts | undefined,
  event: StoredEvent,
): VendorChecklistFacts | undefined {
  if (isEvent(event, VendorRegistered)) {
    return {
      vendorId: event.data.vendorId,
      name: event.data.name,
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
  const status = STATUS_OF.get(event.type);
  if (status) return { ...doc, status };
  const contractStatus = CONTRACT_STATUS_OF.get(event.type);
  if (contractStatus && isEventOf(event, ContractDrafted, ContractSigned, ContractWentLive, ContractTerminated)) {
    return { ...doc, contracts: { ...doc.contracts, [event.data.contractId]: contractStatus } };
  }
  if (isEvent(event, VendorEvaluated)) {
    const { criteria, priceWeightShare, evaluatedAt } = event.data;
    // As in the vendor summary: a back-dated evaluation recorded later does not replace a more recent one.
    if (doc.evaluation && doc.evaluation.evaluatedAt > evaluatedAt) return doc;
    return { ...doc, evaluation: { criteriaKeys: criteria.map((c) => c.key), priceWeightShare, evaluatedAt } };
  }
  if (isEvent(event, VendorReferenceChecked)) {
    const { outcome } = event.data;
    return { ...doc, referenceChecks: { ...doc.referenceChecks, [outcome]: doc.referenceChecks[outcome] + 1 } };
  }
  if (isEvent(event, VendorDueDiligenceRecorded)) {
    return { ...doc, dueDiligence: { ...doc.dueDiligence, [event.data.item]: event.data.outcome } };
  }
  if (isEvent(event, VendorRosterReported)) {
    const { month, annualizedAttritionPercent, reportedAt } = event.data;
    const lastRosterReportedAt =
      doc.lastRosterReportedAt && doc.lastRosterReportedAt > reportedAt ? doc.lastRosterReportedAt : reportedAt;
    const latest = !doc.roster || doc.roster.month <= month;
    return { ...doc, roster: latest ? { month, annualizedAttritionPercent } : doc.roster, lastRosterReportedAt };
  }
  return doc;
}
