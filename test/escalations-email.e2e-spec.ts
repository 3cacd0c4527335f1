import { EscalationDeadlineJob, EscalationView } from '@vendorwatch/escalations';
import { randomUUID } from 'node:crypto';
import { Clock, ProjectionRebuilder } from '@vendorwatch/event-store';
import { MailDeliveryJob } from '@vendorwatch/notifications';
import { bearer, userWithRole } from './helpers/auth';
import { eventually } from './helpers/eventually';
import { escalationHistory, EscalationsWorld, openEscalation, startWorld } from './helpers/escalations-fixtures';
import { ReceivedMail, SmtpReceiver, startSmtpReceiver } from './helpers/smtp-receiver';
import { settled } from './helpers/test-app';

const MINUTE = 60_000;
const PUBLIC_URL = 'https://vendorwatch.example.com';
const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

describe('escalations: email to the recipients of each level (SPEC §9, §14)', () => {
  let smtp: SmtpReceiver;
  let w: EscalationsWorld;
  let clock: Clock;
  let deadlines: EscalationDeadlineJob;
  let mail: MailDeliveryJob;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    w = await startWorld({ SMTP_URL: smtp.url, MAIL_FROM: 'Vendorwatch <alerts@acme.example>', PUBLIC_URL });
    clock = w.t.app.get(Clock);
    deadlines = w.t.app.get(EscalationDeadlineJob);
    mail = w.t.app.get(MailDeliveryJob);
  });
  afterEach(() => clock.reset());
  afterAll(async () => {
    await w.t.close();
    await smtp.close();
  });

  /** Runs the deadline clock at `at` and waits until the notification process has seen what it appended. */
  async function deadlinePassesAt(id: string, at: Date): Promise<EscalationView> {
    clock.set(at);
    await deadlines.run();
    await settled(w.t, (await escalationHistory(w, id)).at(-1)!.position);
    return (await w.t.http.get(`/api/v1/escalations/${id}`).set(bearer(w.ops)).expect(200)).body;
  }

  /** The messages about escalation `id`, once there are `count` of them (the delivery job runs meanwhile). */
  async function mailsAbout(id: string, count: number): Promise<ReceivedMail[]> {
    return eventually(async () => {
      await mail.deliverDue();
      const about = smtp.received.filter((m) => m.parsed.text?.includes(`${PUBLIC_URL}/escalations/${id}`));
      if (about.length < count) throw new Error(`${about.length} of ${count} messages about ${id} arrived`);
      return about;
    });
  }

  async function timelineOf(id: string, count: number) {
    return eventually(async () => {
      const res = await w.t.http.get(`/api/v1/escalations/${id}`).set(bearer(w.ops)).expect(200);
      const notified = (res.body as EscalationView).timeline.filter((e) => e.type.startsWith('EscalationNotif'));
      if (notified.length < count) throw new Error(`${notified.length} of ${count} notifications in the timeline`);
      return notified;
    });
  }

  it('tells each level reached, then the last level when overdue, with the cause, the deadline and the link', async () => {
    const director = await userWithRole(w.t, 'ops_manager');
    const escalation = await openEscalation(w, [
      { notify: 'Vendor team lead', ackWithinMinutes: 60, recipients: ['lead@vendor.example'] },
      { notify: 'Ops director', ackWithinMinutes: 120, recipients: [`user:${director.id}`, 'ops@acme.example'] },
      { notify: 'CFO', ackWithinMinutes: 240, authority: 'Chief Financial Officer', recipients: ['cfo@acme.example'] },
    ]);
    const level2 = await deadlinePassesAt(escalation.id, new Date(Date.parse(escalation.dueAt) + 1000));
    const level3 = await deadlinePassesAt(escalation.id, new Date(Date.parse(level2.dueAt) + 1000));
    const overdue = await deadlinePassesAt(escalation.id, new Date(Date.parse(level3.dueAt) + 1000));
    expect([level2.level, level3.level, overdue.overdue]).toEqual([2, 3, true]);

    // Sent as they come due, perhaps by two workers at once: in level order once sorted by subject.
    const mails = (await mailsAbout(escalation.id, 4)).sort((a, b) =>
      a.parsed.subject!.localeCompare(b.parsed.subject!),
    );
    expect(mails).toHaveLength(4);
    expect(mails.map((m) => m.to.sort())).toEqual([
      ['lead@vendor.example'],
      [director.email, 'ops@acme.example'].sort(),
      ['cfo@acme.example'],
      ['cfo@acme.example'],
    ]);
    expect(mails.map((m) => m.parsed.subject)).toEqual([
      'Level 1: Rule on sla_breach (high escalation)',
      'Level 2: Rule on sla_breach (high escalation)',
      'Level 3: Rule on sla_breach (high escalation)',
      'Overdue: Rule on sla_breach (high escalation)',
    ]);
    expect(mails[0].from).toBe('alerts@acme.example');
    const deadlines = [escalation.dueAt, level2.dueAt, level3.dueAt];
    mails
      .slice(0, 3)
      .forEach((m, index) => expect(m.parsed.text).toContain(`Acknowledge it by ${utc(deadlines[index])}.`));
    expect(mails[3].parsed.text).toContain(`Missed deadline: ${utc(level3.dueAt)}.`);
    expect(mails[1].parsed.text).toContain('was not acknowledged in time, so it has reached level 2 (Ops director)');
    for (const m of mails) expect(m.parsed.text).toContain(`Why: ${escalation.cause.description}`);

    const timeline = (await timelineOf(escalation.id, 4)).sort((a, b) => a.level! - b.level!);
    expect(timeline.map(({ type, level, channel }) => ({ type, level, channel }))).toEqual([
      { type: 'EscalationNotified', level: 1, channel: 'email' },
      { type: 'EscalationNotified', level: 2, channel: 'email' },
      { type: 'EscalationNotified', level: 3, channel: 'email' },
      { type: 'EscalationNotified', level: 3, channel: 'email' },
    ]);
    expect(timeline[1].recipients?.sort()).toEqual([director.email, 'ops@acme.example'].sort());

    await w.t.app.get(ProjectionRebuilder).rebuild('escalation-notifications');
    await settled(w.t, (await escalationHistory(w, escalation.id)).at(-1)!.position);
    await mail.deliverDue();
    expect(await mailsAbout(escalation.id, 4)).toHaveLength(4);
    expect((await w.t.http.get('/api/v1/health').expect(200)).body.mailOutbox).toEqual({ depth: 0 });
  }, 120_000);

  it('retries a server that refuses, and the message arrives once; the outbox depth shows it meanwhile', async () => {
    smtp.refuseNext(1);
    const escalation = await openEscalation(w, [
      { notify: 'Vendor team lead', ackWithinMinutes: 60, recipients: ['retry@vendor.example'] },
    ]);
    await eventually(async () => {
      await mail.deliverDue();
      if (smtp.refused < 1) throw new Error('the server has not refused yet');
    });
    const health = await w.t.http.get('/api/v1/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', database: 'up', mailOutbox: { depth: 1 } });
    expect(health.body.projections.length).toBeGreaterThan(0);

    clock.set(new Date(Date.now() + 31_000));
    const mails = await mailsAbout(escalation.id, 1);
    // Later retries find nothing to send (well before the level's 60-minute deadline raises it).
    clock.set(new Date(Date.now() + 20 * MINUTE));
    await mail.deliverDue();
    expect(smtp.received.filter((m) => m.to.includes('retry@vendor.example'))).toEqual(mails);
    expect(mails[0].to).toEqual(['retry@vendor.example']);
    expect(smtp.refused).toBe(1);

    const timeline = await timelineOf(escalation.id, 1);
    expect(timeline).toEqual([
      expect.objectContaining({ type: 'EscalationNotified', recipients: ['retry@vendor.example'] }),
    ]);
    expect((await w.t.http.get('/api/v1/health').expect(200)).body.mailOutbox).toEqual({ depth: 0 });
  });

  it('sends to the addresses it can resolve and records a user id that names no active user as failed', async () => {
    const nobody = `user:${randomUUID()}`;
    const escalation = await openEscalation(w, [
      { notify: 'Vendor team lead', ackWithinMinutes: 60, recipients: [nobody, 'known@acme.example'] },
    ]);
    const [sent] = await mailsAbout(escalation.id, 1);
    expect(sent.to).toEqual(['known@acme.example']);
    const timeline = await timelineOf(escalation.id, 2);
    expect(timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'EscalationNotificationFailed',
          recipients: [nobody],
          reason: 'No active user has this id.',
        }),
        expect.objectContaining({ type: 'EscalationNotified', recipients: ['known@acme.example'] }),
      ]),
    );
  });

  it('records the recipients a server refuses apart from those it took the message for', async () => {
    smtp.refuseAddress('gone@acme.example');
    const escalation = await openEscalation(w, [
      { notify: 'Ops', ackWithinMinutes: 60, recipients: ['gone@acme.example', 'here@acme.example'] },
    ]);
    const [sent] = await mailsAbout(escalation.id, 1);
    expect(sent.to).toEqual(['here@acme.example']);
    const timeline = await timelineOf(escalation.id, 2);
    expect(timeline).toEqual([
      expect.objectContaining({ type: 'EscalationNotified', recipients: ['here@acme.example'] }),
      expect.objectContaining({
        type: 'EscalationNotificationFailed',
        recipients: ['gone@acme.example'],
        reason: 'The mail server refused these recipients.',
      }),
    ]);
  });
});
