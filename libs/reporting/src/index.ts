export * from './reporting.module';
export {
  CONTRACT_FACTS_PROJECTION,
  VENDOR_FACTS_PROJECTION,
  PERFORMANCE_FACTS_PROJECTION,
} from './projections/reporting-projections';
export type { ContractChecklistView, VendorChecklistView } from './queries/checklist-reader';
