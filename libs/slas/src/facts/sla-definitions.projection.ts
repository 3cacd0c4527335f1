import { Injectable } from '@nestjs/common';
import { DocumentProjection, InlineProjection, InlineReadModel, StoredEvent } from '@vendorwatch/event-store';
import { Sla } from '../domain/sla.aggregate';
import { nextSlaDefinition, SlaDefinitionView } from './sla-definition.fold';

/** Every SLA's current definition, written in each SLA append's transaction: the backing of the SLA facts API. */
@Injectable()
@InlineReadModel()
export class SlaDefinitionsProjection extends DocumentProjection<SlaDefinitionView> implements InlineProjection {
  readonly name = 'sla-definitions';
  readonly table = 'sla_definitions';
  readonly streamTypes = [Sla.streamType];

  protected keysOf(event: StoredEvent): string[] {
    return event.streamType === Sla.streamType ? [event.streamId] : [];
  }

  protected override columns(doc: SlaDefinitionView): Record<string, unknown> {
    return { contract_id: doc.contractId, status: doc.status };
  }

  protected reduce(doc: SlaDefinitionView | undefined, event: StoredEvent): SlaDefinitionView | undefined {
    return nextSlaDefinition(doc, event);
  }
}
