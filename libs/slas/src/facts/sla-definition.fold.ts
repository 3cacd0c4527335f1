import { isEvent, StoredEvent } from '@vendorwatch/event-store';
import { SlaDefinition, SlaStatus } from '../domain/sla.aggregate';
import { SlaDefined, SlaRetired, SlaRevised } from '../domain/sla.events';

/** An SLA's current definition, as the contexts that measure it need it (ADR 0005). */
export interface SlaDefinitionView extends SlaDefinition {
  id: string;
  contractId: string;
  vendorId: string;
  status: SlaStatus;
  definedAt: string;
  retiredAt: string | null;
  version: number;
  /** The stream version of the definition's last change (SlaDefined or SlaRevised): what figures are measured with. */
  definitionVersion?: number;
}

/** Folds an SLA's definition events; measurements do not change it. */
export function nextSlaDefinition(
  doc: SlaDefinitionView | undefined,
  event: StoredEvent,
): SlaDefinitionView | undefined {
  if (isEvent(event, SlaDefined)) {
    const { slaId, contractId, vendorId, name, metric, objective, period, minimumSample, serviceCreditPercent } =
      event.data;
    return {
      id: slaId,
      contractId,
      vendorId,
      name,
      metric,
      objective,
      period,
      minimumSample,
      serviceCreditPercent,
      status: 'active',
      definedAt: event.data.definedAt,
      retiredAt: null,
      version: event.version,
      definitionVersion: event.version,
    };
  }
  if (!doc) return undefined;
  if (isEvent(event, SlaRevised)) {
    return { ...doc, ...event.data.changes, version: event.version, definitionVersion: event.version };
  }
  if (isEvent(event, SlaRetired)) {
    return { ...doc, status: 'retired', retiredAt: event.data.retiredAt, version: event.version };
  }
  return { ...doc, version: event.version };
}
