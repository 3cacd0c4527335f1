import { escalationMail, EscalationMailFacts } from './escalation-mail';

const facts: EscalationMailFacts = {
  ruleName: 'Missed first response',
  severity: 'critical',
  cause: {
    trigger: 'sla_breach',
    description: 'SLA First response breached its 2 latest measured periods.',
    figures: {},
    sourceEventId: 'event-1',
    sourceEventType: 'SlaMeasured',
  },
  level: 2,
  levelOf: { notify: 'Ops director', ackWithinMinutes: 120, authority: 'Director of Support' },
  reached: { kind: 'raised', reason: 'not_resolved' },
  deadline: '2026-03-02T16:05:00.000Z',
  link: 'https://vendorwatch.example.com/escalations/esc-1',
};

describe('the escalation email', () => {
  it('says the cause, what happened, the deadline and the link', () => {
    expect(escalationMail(facts)).toEqual({
      subject: 'Level 2: Missed first response (critical escalation)',
      text: [
        'Escalation "Missed first response", severity critical.',
        '',
        'Why: SLA First response breached its 2 latest measured periods.',
        'It was acknowledged but not resolved in time, so it has reached level 2 (Ops director, decided by ' +
          'Director of Support): you are asked to acknowledge it.',
        '',
        'Acknowledge it by 2026-03-02 16:05 UTC.',
        'Open it: https://vendorwatch.example.com/escalations/esc-1',
      ].join('\n'),
    });
  });

  it('names the round of a repeated ladder and the missed deadline when overdue', () => {
    const repeated = escalationMail({
      ...facts,
      level: 1,
      reached: { kind: 'repeated', reason: 'not_acknowledged', round: 1, repeat: 2 },
    });
    expect(repeated.text).toContain(
      'was not acknowledged in time, so the ladder starts again (round 1 of 2) at level 1',
    );
    const overdue = escalationMail({ ...facts, reached: { kind: 'overdue', reason: 'not_acknowledged' } });
    expect(overdue.subject).toBe('Overdue: Missed first response (critical escalation)');
    expect(overdue.text).toContain('Missed deadline: 2026-03-02 16:05 UTC.');
  });
});
