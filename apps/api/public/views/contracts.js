import { items } from '../api.js';
import { badge, grade, html } from '../dom.js';
import { CONTRACT_STATUSES, options } from '../labels.js';
import { mountTable } from '../table.js';

/** Columns of a contract list; `vendorNames` adds the vendor, `gradeOf` the governance grade. */
export function contractColumns({ vendorNames, gradeOf } = {}) {
  return [
    {
      key: 'title',
      label: 'Contract',
      cell: (c) => html`<a href="#/contracts/${c.id}">${c.title}</a>`,
      sort: (c) => c.title,
    },
    ...(vendorNames
      ? [{ key: 'vendor', label: 'Vendor', cell: (c) => vendorNames.get(c.vendorId) ?? 'Unknown vendor' }]
      : []),
    { key: 'status', label: 'Status', cell: (c) => badge(c.status), sort: (c) => c.status },
    { key: 'period', label: 'Period', cell: (c) => `${c.startDate} – ${c.endDate}`, sort: (c) => c.startDate },
    ...(gradeOf
      ? [
          {
            key: 'grade',
            label: 'Governance grade',
            cell: (c) => grade(gradeOf(c.id)),
            sort: (c) => gradeOf(c.id) ?? 'Z',
          },
        ]
      : []),
  ];
}

export async function contractsView(main) {
  const vendors = await items('/vendors', 1000);
  const vendorNames = new Map(vendors.map((v) => [v.id, v.name]));
  main.innerHTML = html`<h1>Contracts</h1>
    <p class="sub">Procurement drafts a contract from its vendor's page.</p>
    <div id="contract-list"></div>`;
  await mountTable(main.querySelector('#contract-list'), {
    id: 'contracts',
    caption: 'Contracts',
    path: '/contracts',
    filters: [
      { name: 'status', label: 'Status', options: options(CONTRACT_STATUSES) },
      ...(vendors.length > 1
        ? [{ name: 'vendorId', label: 'Vendor', options: vendors.map((v) => [v.id, v.name]) }]
        : []),
    ],
    exportName: 'contracts',
    emptyText: 'No contract matches.',
    columns: contractColumns({ vendorNames }),
  });
}
