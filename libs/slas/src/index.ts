export * from './slas.module';
export * from './domain/sla.events';
export { SlaErrorCode } from './domain/sla-errors';
export { SlaDefinition, SlaStatus, MeasurementInput } from './domain/sla.aggregate';
export * from './domain/sla-metrics';
export { clockOrDefault, scopeOrDefault, SLA_PRIORITIES, WALL_CLOCK } from './domain/sla-clock';
export type { SlaClock, SlaPriority, SlaScope } from './domain/sla-clock';
export * from './domain/sla-periods';
export * from './domain/sla-outcome';
export * from './domain/sla-period-record';
export { DEFAULT_SLA_DISPUTE_WINDOW_DAYS } from './domain/sla-disputes';
export { serviceCredit, creditsByMonth, MonthlyCredit } from './domain/service-credits';
export { RecordSlaMeasurementCommand } from './commands/record-sla-measurement.command';
export { SlaFacts } from './queries/sla-facts';
export { ListSlaPeriodsQuery } from './queries/list-sla-periods.query';
export { GetContractComplianceQuery } from './queries/get-contract-compliance.query';
export type { ContractCompliance, SlaCompliance } from './domain/sla-compliance';
export type { SlaDefinitionView } from './facts/sla-definition.fold';
export { SLA_SUMMARY_PROJECTION } from './projections/sla-summary';
export * from './domain/computed-sla';
export { ComputesMetrics, MetricSource } from './computed/metric-source';
export type {
  EvidenceItem,
  EvidenceOutcome,
  EvidencePage,
  EvidenceQuery,
  EvidenceSource,
  MeasuredSla,
} from './computed/metric-source';
export { RemeasureRequests } from './computed/remeasure-requests';
export type { SqlRunner } from './computed/remeasure-requests';
export { ComputedMeasurements } from './computed/computed-measurements';
export { MetricSources } from './computed/metric-sources';
export type { RemeasureResult } from './computed/computed-measurements';
