/** The names of the reporting read models, for `@ReadsProjections` and the health route. */
export const CONTRACT_FACTS_PROJECTION = 'reporting-contract-facts';
export const VENDOR_FACTS_PROJECTION = 'reporting-vendor-facts';
export const PERFORMANCE_FACTS_PROJECTION = 'reporting-performance-facts';

export const CHECKLIST_PROJECTIONS = [CONTRACT_FACTS_PROJECTION, VENDOR_FACTS_PROJECTION];
export const ALL_REPORTING_PROJECTIONS = [...CHECKLIST_PROJECTIONS, PERFORMANCE_FACTS_PROJECTION];
