import { hydrateEvent, UpcasterRegistry } from '@vendorwatch/event-store';
import { Escalation } from './escalation.aggregate';
import { EscalationOpened, EscalationOverdue } from './escalation.events';
import { ESCALATION_UPCASTERS } from './escalation.upcasters';

const registry = new UpcasterRegistry();
registry.register(...ESCALATION_UPCASTERS);
const upcast = (type: string, data: object) => registry.upcast(type, 1, data);

const openedV1 = {
  escalationId: 'esc-1',
  ruleId: 'rule-1',
  ruleName: 'Old rule',
  contractId: 'contract-1',
  vendorId: 'vendor-1',
  subject: 'sla-1',
  cause: { trigger: 'sla_breach', description: 'Breached.', figures: {}, sourceEventId: 'e', sourceEventType: 'X' },
  severity: 'high',
  levels: [{ notify: 'Lead', ackWithinMinutes: 60 }],
  level: 1,
  dueAt: '2026-03-02T15:00:00.000Z',
  openedAt: '2026-03-02T14:00:00.000Z',
};

describe('escalation upcasters', () => {
  it('reads version 1 events as ladders without repeat or resolution deadline', () => {
    expect(upcast('EscalationOpened', openedV1)).toEqual({
      schemaVersion: 2,
      data: { ...openedV1, repeat: 0, resolveWithinMinutes: null },
    });
    expect(upcast('EscalationRuleDefined', { ruleId: 'rule-1' }).data).toEqual({
      ruleId: 'rule-1',
      repeat: 0,
      resolveWithinMinutes: null,
    });
    expect(upcast('EscalationAcknowledged', { level: 1 }).data).toEqual({ level: 1, resolveBy: null });
    expect(upcast('EscalationLevelRaised', { level: 2 }).data).toEqual({ level: 2, reason: 'not_acknowledged' });
    expect(upcast('EscalationOverdue', { level: 2 }).data).toEqual({ level: 2, reason: 'not_acknowledged' });
  });

  it('keeps the old meaning: past the last level an old escalation is overdue, not repeated', () => {
    const escalation = new Escalation();
    escalation.id = 'esc-1';
    escalation.loadFromHistory([hydrateEvent(EscalationOpened, upcast('EscalationOpened', openedV1).data as object)]);
    escalation.raiseIfDue(new Date('2026-03-02T15:00:01.000Z'));
    expect(escalation.getUncommittedEvents()).toEqual([
      new EscalationOverdue(
        'esc-1',
        'contract-1',
        'vendor-1',
        1,
        '2026-03-02T15:00:00.000Z',
        '2026-03-02T15:00:01.000Z',
        'not_acknowledged',
      ),
    ]);
  });
});
