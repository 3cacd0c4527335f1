import { assertUsableClock, ClockContext, normalizedClock, normalizedScope } from './sla-clock';
import { objectiveFor } from './sla-metrics';
import { SlaDefinition } from './sla-definition';
import { SlaTermChanges } from './sla.events';

/** What a requested revision really changes of a definition; a change of clock is checked against its context. */
export function revisionChanges(
  definition: SlaDefinition,
  requested: SlaTermChanges,
  clockContext: ClockContext,
): SlaTermChanges {
  const changes: SlaTermChanges = {};
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  if (requested.name !== undefined && requested.name !== definition.name) changes.name = requested.name;
  if (requested.objective !== undefined) {
    const objective = objectiveFor(definition.metric, requested.objective);
    if (differs(objective, definition.objective)) changes.objective = objective;
  }
  if (requested.minimumSample !== undefined && requested.minimumSample !== definition.minimumSample) {
    changes.minimumSample = requested.minimumSample;
  }
  if (
    requested.serviceCreditPercent !== undefined &&
    requested.serviceCreditPercent !== definition.serviceCreditPercent
  ) {
    changes.serviceCreditPercent = requested.serviceCreditPercent;
  }
  if (requested.clock !== undefined) {
    const clock = normalizedClock(requested.clock);
    if (differs(clock, definition.clock)) {
      assertUsableClock(clock, clockContext);
      changes.clock = clock;
    }
  }
  if (requested.appliesTo !== undefined) {
    const scope = normalizedScope(requested.appliesTo);
    if (differs(scope, definition.appliesTo)) changes.appliesTo = scope;
  }
  return changes;
}
