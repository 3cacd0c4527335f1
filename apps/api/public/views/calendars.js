import { hasRole, send } from '../api.js';
import { html } from '../dom.js';
import { bindForm, field, form, text } from '../forms.js';
import { DAYS } from '../labels.js';
import { mountTable } from '../table.js';
import { checkboxes } from './vendors.js';

const hoursOf = (c) =>
  (c.weeklyHours ?? []).map((w) => `${w.days.map((d) => DAYS[d] ?? d).join(', ')} ${w.start}–${w.end}`).join('; ');

/** Business-hours calendars for SLA clocks (SPEC §12): the list, and a form for one weekly window plus holidays. */
export async function calendarsView(main) {
  main.innerHTML = html`<h1>Calendars</h1>
    <p class="sub">Business hours that SLA clocks count in.</p>
    <div id="calendar-list"></div>
    ${
      hasRole('ops_manager', 'procurement')
        ? form(
            'define-calendar',
            'Define a calendar',
            [
              field('name', 'Name', { required: true }),
              field('timezone', 'Time zone (e.g. Europe/Berlin)', { required: true }),
              checkboxes('days', 'Open on', DAYS, ['mon', 'tue', 'wed', 'thu', 'fri']),
              html`<div class="pair">
                ${field('start', 'Opens at', { type: 'time', required: true, value: '09:00', field: 'weeklyHours.0.start' })}
                ${field('end', 'Closes at', { type: 'time', required: true, value: '17:00', field: 'weeklyHours.0.end' })}
              </div>`,
              field('holidays', 'Holidays (one YYYY-MM-DD per line)', { rows: 3 }),
            ],
            'Define calendar',
          )
        : ''
    }`;
  await mountTable(main.querySelector('#calendar-list'), {
    id: 'calendars',
    caption: 'Calendars',
    path: '/calendars',
    exportName: 'calendars',
    emptyText: 'No calendar yet.',
    columns: [
      { key: 'name', label: 'Name', cell: (c) => c.name },
      { key: 'timezone', label: 'Time zone', cell: (c) => c.timezone },
      { key: 'hours', label: 'Weekly hours', cell: hoursOf },
      { key: 'holidays', label: 'Holidays', num: true, cell: (c) => (c.holidays ?? []).length },
    ],
  });
  bindForm(
    main.querySelector('#define-calendar'),
    (v, f) =>
      send('/calendars', {
        name: text(v.name),
        timezone: text(v.timezone),
        weeklyHours: [{ days: f.getAll('days'), start: v.start, end: v.end }],
        holidays: String(v.holidays ?? '')
          .split('\n')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((date) => ({ date })),
      }),
    (_r, v) => `Calendar “${v.name}” defined.`,
  );
}
