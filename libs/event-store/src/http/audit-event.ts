import { StoredEvent } from '../store/stored-event';

/** The shape of `/history` and `/audit/events` items (SPEC §10). */
export function toAuditEvent(event: StoredEvent) {
  return {
    position: event.position,
    streamId: event.streamId,
    streamType: event.streamType,
    version: event.version,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
  };
}
