import { Escalation } from './escalation.aggregate';
import {
  EscalationAcknowledged,
  EscalationLevelRaised,
  EscalationNotificationFailed,
  EscalationNotified,
  EscalationOpened,
  EscalationOverdue,
  EscalationRepeated,
} from './escalation.events';

const T0 = new Date('2026-03-02T14:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();
const LEVELS = [
  { notify: 'Vendor lead', ackWithinMinutes: 60, recipients: ['lead@vendor.example'] },
  { notify: 'Director', ackWithinMinutes: 120, authority: 'Director', recipients: ['director@acme.example'] },
];
const cause = {
  trigger: 'sla_breach' as const,
  description: 'SLA breached.',
  figures: {},
  sourceEventId: 'event-1',
  sourceEventType: 'SlaMeasured',
};
const ids = ['esc-1', 'contract-1', 'vendor-1'] as const;

function opened(repeat: number, resolveWithinMinutes: number | null) {
  return new EscalationOpened(
    'esc-1',
    'rule-1',
    'Missed first response',
    'contract-1',
    'vendor-1',
    'sla-1',
    cause,
    'high',
    LEVELS,
    1,
    iso(60),
    T0.toISOString(),
    repeat,
    resolveWithinMinutes,
  );
}
const raisedToLevel2 = (minutes: number, reason: 'not_acknowledged' | 'not_resolved' = 'not_acknowledged') =>
  new EscalationLevelRaised(...ids, 2, 'Director', 'Director', iso(minutes + 120), iso(minutes), reason);

/** given(events).when(command).then(events), with no database. */
function given(...events: object[]) {
  const escalation = new Escalation();
  escalation.id = 'esc-1';
  escalation.loadFromHistory(events);
  return {
    when(command: (e: Escalation) => void) {
      command(escalation);
      return { then: (...expected: object[]) => expect(escalation.getUncommittedEvents()).toEqual(expected) };
    },
  };
}

describe('Escalation ladders', () => {
  it('starts the ladder again at level 1 past its last level while rounds remain', () => {
    given(opened(1, null), raisedToLevel2(60))
      .when((e) => e.raiseIfDue(at(181)))
      .then(new EscalationRepeated(...ids, 1, 1, 'Vendor lead', null, iso(241), 'not_acknowledged', iso(181)));
  });

  it('climbs the repeated round, then is overdue once its rounds are spent', () => {
    const repeated = new EscalationRepeated(...ids, 1, 1, 'Vendor lead', null, iso(241), 'not_acknowledged', iso(181));
    const raisedAgain = new EscalationLevelRaised(...ids, 2, 'Director', 'Director', iso(361), iso(241));
    given(opened(1, null), raisedToLevel2(60), repeated)
      .when((e) => e.raiseIfDue(at(241)))
      .then(raisedAgain);
    given(opened(1, null), raisedToLevel2(60), repeated, raisedAgain)
      .when((e) => {
        e.raiseIfDue(at(362));
        e.raiseIfDue(at(900));
      })
      .then(new EscalationOverdue(...ids, 2, iso(361), iso(362), 'not_acknowledged'));
  });

  it('sets a resolution deadline on acknowledgement when the rule has one', () => {
    given(opened(0, 240))
      .when((e) => e.acknowledge('On it.', at(10)))
      .then(new EscalationAcknowledged(...ids, 1, 'On it.', iso(10), iso(250)));
  });

  it('raises an acknowledged escalation not resolved in time, which must then be acknowledged again', () => {
    const acknowledged = new EscalationAcknowledged(...ids, 1, null, iso(10), iso(250));
    given(opened(0, 240), acknowledged)
      .when((e) => e.raiseIfDue(at(249)))
      .then();
    given(opened(0, 240), acknowledged)
      .when((e) => {
        e.raiseIfDue(at(250));
        e.acknowledge(undefined, at(260));
      })
      .then(raisedToLevel2(250, 'not_resolved'), new EscalationAcknowledged(...ids, 2, null, iso(260), iso(500)));
  });

  it('follows the same path at the last level when not resolved: repeat, then overdue', () => {
    const acknowledgedAt2 = new EscalationAcknowledged(...ids, 2, null, iso(70), iso(310));
    given(opened(1, 240), raisedToLevel2(60), acknowledgedAt2)
      .when((e) => e.raiseIfDue(at(310)))
      .then(new EscalationRepeated(...ids, 1, 1, 'Vendor lead', null, iso(370), 'not_resolved', iso(310)));
    given(opened(0, 240), raisedToLevel2(60), acknowledgedAt2)
      .when((e) => e.raiseIfDue(at(310)))
      .then(new EscalationOverdue(...ids, 2, iso(310), iso(310), 'not_resolved'));
  });

  it('keeps an acknowledged escalation without a resolution deadline where it is', () => {
    given(opened(3, null), new EscalationAcknowledged(...ids, 1, null, iso(10), null))
      .when((e) => e.raiseIfDue(at(10_000)))
      .then();
  });

  it('records the outcome of each notification, even after resolution', () => {
    given(opened(0, null))
      .when((e) => {
        e.resolve('Fixed.', at(5));
        e.recordNotification({ sent: true, recipients: ['lead@vendor.example'], level: 1 }, at(6));
        e.recordNotification({ sent: false, recipients: ['x@acme.example'], level: 1, reason: 'refused' }, at(7));
      })
      .then(
        expect.objectContaining({ resolution: 'Fixed.' }),
        new EscalationNotified(...ids, ['lead@vendor.example'], 'email', 1, iso(6)),
        new EscalationNotificationFailed(...ids, ['x@acme.example'], 'email', 1, 'refused', iso(7)),
      );
  });
});
