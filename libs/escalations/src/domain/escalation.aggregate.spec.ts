import { EscalationCause } from './escalation-cause';
import { Escalation, EscalationOpening } from './escalation.aggregate';
import {
  EscalationAcknowledged,
  EscalationLevelRaised,
  EscalationOpened,
  EscalationOverdue,
  EscalationResolved,
  EscalationRetriggered,
} from './escalation.events';

const T0 = new Date('2026-03-02T14:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const cause = (sourceEventId: string): EscalationCause => ({
  trigger: 'sla_breach',
  description: 'SLA sla-1 breached its 2 latest measured periods.',
  figures: { slaId: 'sla-1' },
  sourceEventId,
  sourceEventType: 'SlaMeasured',
});
const opening: EscalationOpening = {
  ruleId: 'rule-1',
  ruleName: 'Missed first response',
  contractId: 'contract-1',
  vendorId: 'vendor-1',
  subject: 'sla-1',
  severity: 'high',
  levels: [
    { notify: 'lead@vendor.example', ackWithinMinutes: 60 },
    { notify: 'director@acme.example', ackWithinMinutes: 120, authority: 'Director' },
  ],
  cause: cause('event-1'),
  repeat: 0,
  resolveWithinMinutes: null,
};
const opened = () =>
  new EscalationOpened(
    'esc-1',
    'rule-1',
    opening.ruleName,
    'contract-1',
    'vendor-1',
    'sla-1',
    cause('event-1'),
    'high',
    opening.levels,
    1,
    at(60).toISOString(),
    T0.toISOString(),
  );

function given(...events: object[]): Escalation {
  const escalation = new Escalation();
  escalation.id = 'esc-1';
  escalation.loadFromHistory(events);
  return escalation;
}

describe('Escalation', () => {
  it('opens at level 1, due after level 1 acknowledgement time', () => {
    const escalation = Escalation.open('esc-1', opening, T0);
    expect(escalation.getUncommittedEvents()).toEqual([opened()]);
  });

  it('records a retrigger once per causing event', () => {
    const escalation = given(opened());
    escalation.retrigger(cause('event-2'), at(5));
    escalation.retrigger(cause('event-2'), at(6));
    escalation.retrigger(cause('event-1'), at(7));
    expect(escalation.getUncommittedEvents()).toEqual([
      new EscalationRetriggered(
        'esc-1',
        'rule-1',
        'contract-1',
        'vendor-1',
        'sla-1',
        cause('event-2'),
        at(5).toISOString(),
      ),
    ]);
  });

  it('does nothing before the deadline', () => {
    const escalation = given(opened());
    escalation.raiseIfDue(at(59));
    expect(escalation.getUncommittedEvents()).toEqual([]);
  });

  it('raises to the next level at the deadline, due after that level acknowledgement time', () => {
    const escalation = given(opened());
    escalation.raiseIfDue(at(61));
    expect(escalation.getUncommittedEvents()).toEqual([
      new EscalationLevelRaised(
        'esc-1',
        'contract-1',
        'vendor-1',
        2,
        'director@acme.example',
        'Director',
        at(181).toISOString(),
        at(61).toISOString(),
      ),
    ]);
  });

  it('goes overdue past the last level exactly once', () => {
    const escalation = given(
      opened(),
      new EscalationLevelRaised(
        'esc-1',
        'contract-1',
        'vendor-1',
        2,
        'director@acme.example',
        'Director',
        at(180).toISOString(),
        at(60).toISOString(),
      ),
    );
    escalation.raiseIfDue(at(181));
    escalation.raiseIfDue(at(500));
    expect(escalation.getUncommittedEvents()).toEqual([
      new EscalationOverdue('esc-1', 'contract-1', 'vendor-1', 2, at(180).toISOString(), at(181).toISOString()),
    ]);
  });

  it('stops the clock once acknowledged', () => {
    const escalation = given(
      opened(),
      new EscalationAcknowledged('esc-1', 'contract-1', 'vendor-1', 1, null, at(10).toISOString()),
    );
    escalation.raiseIfDue(at(500));
    expect(escalation.getUncommittedEvents()).toEqual([]);
  });

  it('refuses a second acknowledgement, naming the status', () => {
    const escalation = given(
      opened(),
      new EscalationAcknowledged('esc-1', 'contract-1', 'vendor-1', 1, null, at(10).toISOString()),
    );
    expect(() => escalation.acknowledge('again', at(11))).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATUS',
        message: 'Escalation esc-1 is acknowledged; only an open one can be acknowledged.',
      }),
    );
  });

  it('resolves an open or acknowledged escalation, but not twice', () => {
    const escalation = given(opened());
    escalation.resolve('Vendor added two agents to the night shift.', at(30));
    expect(escalation.getUncommittedEvents()).toEqual([
      new EscalationResolved(
        'esc-1',
        'contract-1',
        'vendor-1',
        'Vendor added two agents to the night shift.',
        at(30).toISOString(),
      ),
    ]);
    expect(() => escalation.resolve('again', at(31))).toThrow('Escalation esc-1 is already resolved.');
    expect(() => escalation.acknowledge(undefined, at(31))).toThrow(
      'Escalation esc-1 is resolved; only an open one can be acknowledged.',
    );
  });
});
