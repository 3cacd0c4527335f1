import { api, hasRole, optional, send } from '../api.js';
import { badge, dateTime, html } from '../dom.js';
import { bindForm, field, form, text } from '../forms.js';
import { causeOf, deadlineOf, levelOf, slaNamesOf } from './escalations.js';

const EVENT_WORDS = {
  EscalationOpened: 'Opened',
  EscalationRetriggered: 'Fired again',
  EscalationAcknowledged: 'Acknowledged',
  EscalationLevelRaised: 'Raised a level',
  EscalationRepeated: 'Ladder started again',
  EscalationOverdue: 'Overdue',
  EscalationResolved: 'Resolved',
  EscalationNotified: 'Recipients notified',
  EscalationNotificationFailed: 'Notification failed',
};

function timeline(entries) {
  return html`<ol class="timeline">
    ${entries.map(
      (t) =>
        html`<li>
          <strong>${EVENT_WORDS[t.type] ?? t.type}</strong> <span class="muted">${dateTime(t.at)}</span>
          ${t.level ? ` · level ${t.level}` : ''}${t.note ? html`<br />Note: ${t.note}` : ''}${t.resolution ? html`<br />Resolution: ${t.resolution}` : ''}
        </li>`,
    )}
  </ol>`;
}

/** One escalation with its timeline; operations (and the vendor, for its own) acknowledge, operations resolve. */
export async function escalationView(main, id) {
  const e = await api(`/escalations/${id}`);
  const [contract, slaNames] = await Promise.all([optional(`/contracts/${e.contractId}`), slaNamesOf([e])]);
  const canAck = e.status === 'open' && hasRole('ops_manager', 'vendor');
  const canResolve = e.status !== 'resolved' && hasRole('ops_manager');
  main.innerHTML = html`<p class="crumbs"><a href="#/escalations">Escalations</a></p>
    <h1>${e.ruleName ?? 'Escalation'}</h1>
    <p class="sub" id="escalation-status">
      ${badge(e.severity)} ${badge(e.status)} · contract
      <a href="#/contracts/${e.contractId}">${contract?.title ?? 'Open contract'}</a>
    </p>
    <dl class="grid">
      <div class="figure wide">
        <dt>Cause</dt>
        <dd>${causeOf(e, slaNames)}</dd>
      </div>
      <div class="figure">
        <dt>Level</dt>
        <dd>${levelOf(e)}</dd>
      </div>
      <div class="figure">
        <dt>Deadline</dt>
        <dd>${deadlineOf(e)}</dd>
      </div>
      <div class="figure">
        <dt>Opened</dt>
        <dd>${dateTime(e.openedAt)}</dd>
      </div>
    </dl>
    <div class="actions">
      ${canAck ? form('acknowledge-escalation', 'Acknowledge', [field('note', 'Note', { rows: 2 })], 'Acknowledge escalation') : ''}
      ${canResolve ? form('resolve-escalation', 'Resolve', [field('resolution', 'What was done', { rows: 3, required: true })], 'Resolve escalation') : ''}
    </div>
    <h2>Timeline</h2>
    ${timeline(e.timeline ?? [])}`;
  bindForm(
    main.querySelector('#acknowledge-escalation'),
    (v) => send(`/escalations/${id}/acknowledge`, { note: text(v.note) }),
    () => 'Escalation acknowledged: its deadline clock has stopped.',
  );
  bindForm(
    main.querySelector('#resolve-escalation'),
    (v) => send(`/escalations/${id}/resolve`, { resolution: text(v.resolution) ?? '' }),
    () => 'Escalation resolved.',
  );
}
