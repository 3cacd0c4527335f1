import { hasRole, optional, send } from '../api.js';
import { badge, grade, html, number } from '../dom.js';
import { bindForm, field, form, list, text } from '../forms.js';
import { CHANNELS, options, VENDOR_STATUSES } from '../labels.js';
import { mountTable } from '../table.js';

export const attrition = (v) =>
  v.annualizedAttritionPercent === null || v.annualizedAttritionPercent === undefined
    ? 'insufficient data'
    : `${v.annualizedAttritionPercent} %`;

/** Checkboxes for a list field (`channels`), one error slot for the whole group. */
export function checkboxes(name, legend, labels, checked = []) {
  return html`<fieldset class="field checks" data-field="${name}" id="f-${name}" tabindex="-1">
    <legend>${legend}</legend>
    ${options(labels).map(
      ([value, l]) =>
        html`<label class="check"
          ><input type="checkbox" name="${name}" value="${value}" ${checked.includes(value) ? html`checked` : ''} />
          ${l}</label
        >`,
    )}
    <p class="field-error" id="f-${name}-error"></p>
  </fieldset>`;
}

const registerForm = () =>
  form(
    'register-vendor',
    'Register a vendor',
    [
      field('name', 'Name', { required: true }),
      field('legalName', 'Legal name'),
      field('website', 'Website', { type: 'url' }),
      field('country', 'Country (two letters, e.g. PH)', { required: true, attrs: 'maxlength="2"' }),
      checkboxes('channels', 'Channels', CHANNELS),
      field('languages', 'Languages (comma separated, e.g. en, es)', { required: true }),
      field('siteCity', 'Main site: city', { required: true, field: 'sites.0.city' }),
      field('siteCountry', 'Main site: country (two letters)', { required: true, field: 'sites.0.country' }),
      field('siteTimezone', 'Main site: time zone (e.g. Asia/Manila)', { required: true, field: 'sites.0.timezone' }),
    ],
    'Register vendor',
  );

function registerBody(v, data) {
  return {
    name: text(v.name),
    legalName: text(v.legalName),
    website: text(v.website),
    country: text(v.country)?.toUpperCase(),
    channels: data.getAll('channels'),
    languages: list(v.languages),
    sites: [{ city: text(v.siteCity), country: text(v.siteCountry)?.toUpperCase(), timezone: text(v.siteTimezone) }],
  };
}

export async function vendorsView(main) {
  main.innerHTML = html`<h1>Vendors</h1>
    <p class="sub">
      The governance grade measures governance risk on the 12 outsourcing-mistakes checklist (how well the vendor was
      vetted and its contracts are set up and run), not performance: A is the lowest risk, D the highest.
    </p>
    <div id="vendor-list"></div>
    ${hasRole('procurement') ? registerForm() : ''}`;
  const checklists = new Map();
  await mountTable(main.querySelector('#vendor-list'), {
    id: 'vendors',
    caption: 'Vendors',
    path: '/vendors',
    search: 'Search by name',
    filters: [{ name: 'status', label: 'Status', options: options(VENDOR_STATUSES) }],
    exportName: 'vendors',
    emptyText: 'No vendor matches. Procurement registers vendors below.',
    enrich: async (vendors) =>
      (await Promise.all(vendors.map((v) => optional(`/vendors/${v.id}/checklist`)))).forEach((c, i) =>
        checklists.set(vendors[i].id, c),
      ),
    rowAttrs: (v) => `data-vendor-id="${v.id}"`,
    columns: [
      {
        key: 'name',
        label: 'Vendor',
        cell: (v) => html`<a href="#/vendors/${v.id}">${v.name}</a>`,
        sort: (v) => v.name,
      },
      { key: 'status', label: 'Status', cell: (v) => badge(v.status), sort: (v) => v.status },
      { key: 'country', label: 'Country', cell: (v) => v.country },
      {
        key: 'score',
        label: 'Weighted score (of 5)',
        num: true,
        cell: (v) => (v.evaluation ? number(v.evaluation.weightedScore, 2) : 'not evaluated'),
        sort: (v) => v.evaluation?.weightedScore ?? -1,
      },
      {
        key: 'attrition',
        label: 'Attrition (annualized)',
        num: true,
        cell: attrition,
        sort: (v) => v.annualizedAttritionPercent ?? -1,
      },
      {
        key: 'grade',
        label: 'Governance grade',
        cell: (v) => grade(checklists.get(v.id)?.grade),
        sort: (v) => checklists.get(v.id)?.grade ?? 'Z',
      },
    ],
  });
  bindForm(
    main.querySelector('#register-vendor'),
    (values, data) => send('/vendors', registerBody(values, data)),
    (r, values) => ({ message: `Vendor “${values.name}” registered as a prospect.`, href: `#/vendors/${r.id}` }),
  );
}
