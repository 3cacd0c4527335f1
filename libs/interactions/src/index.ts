export * from './interactions.module';
export { InteractionIngest } from './ingest/interaction-ingest.service';
export { IngestProgress, IngestReport, Rejection } from './ingest/ingest-report';
export { csvRecords } from './ingest/csv-records';
export { MalformedBodyError } from './ingest/source-record';
export { InteractionActivity } from './queries/interaction-activity.query';
export type { PriorityWindow, RepeatWindow } from './queries/interaction-activity.query';
