/** Human words for the API's keys, shared by every page. */
export const CHANNELS = { voice: 'Voice', chat: 'Chat', email: 'Email', social: 'Social' };
export const VENDOR_STATUSES = {
  prospect: 'Prospect',
  approved: 'Approved',
  rejected: 'Rejected',
  active: 'Active',
  suspended: 'Suspended',
  offboarded: 'Offboarded',
};
export const CONTRACT_STATUSES = { draft: 'Draft', signed: 'Signed', live: 'Live', terminated: 'Terminated' };
export const CRITERIA = {
  price: 'Price',
  training_depth: 'Training depth',
  qa_discipline: 'QA discipline',
  escalation_handling: 'Escalation handling',
  operational_maturity: 'Operational maturity',
};
export const PRICING_MODELS = { per_hour: 'Per hour', per_ticket: 'Per ticket', per_seat: 'Per seat' };
export const DUE_DILIGENCE = {
  case_handling_review: 'Case handling review',
  qa_process: 'QA process',
  peak_volume_handling: 'Peak volume handling',
  change_management: 'Change management',
  security_review: 'Security review',
  escalation_process: 'Escalation process',
};
export const DD_OUTCOMES = { verified: 'Verified', concerns: 'Concerns', missing: 'Missing' };
export const REFERENCE_OUTCOMES = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };
export const METRICS = {
  first_response_time: 'First response time',
  resolution_time: 'Resolution time',
  csat: 'Customer satisfaction (CSAT)',
  qa_score: 'QA score',
  reopen_rate: 'Reopen rate',
  abandonment_rate: 'Abandonment rate',
  service_level: 'Service level',
  custom: 'Custom figure',
};
export const EVIDENCE_OUTCOMES = { met: 'Met the target', missed: 'Missed the target', excluded: 'Not counted' };
export const EXCLUSION_REASONS = {
  not_in_scope: 'outside the SLA’s priorities or channels',
  no_csat: 'no satisfaction score given',
  not_resolved: 'not resolved yet',
  not_voice: 'not a voice call',
  not_yet_due: 'no answer yet, still within the threshold',
};
export const SOURCES = {
  computed: 'Computed from interactions',
  manual: 'Entered by operations',
  vendor_report: 'Reported by the vendor',
  dispute: 'Set by a dispute resolution',
};
export const DAYS = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

export const options = (labels) => Object.entries(labels);
export const label = (labels, key) => labels[key] ?? String(key ?? '').replaceAll('_', ' ');
