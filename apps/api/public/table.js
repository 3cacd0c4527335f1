import { api, downloadCsv } from './api.js';
import { empty, esc, html, raw } from './dom.js';

/**
 * A list with search, filters, paging (the API's `limit`/`offset`/filters), sort within the page (the API has no
 * sort) and CSV export (the API's own `Accept: text/csv`, same filters, every row). At narrow widths each row
 * becomes a card whose cells carry their column's label, so no column is off-screen.
 *
 * spec: { id, caption, columns: [{ key, label, cell(item), sort?(item), num? }], path (a list route, or
 * `rows` for a report's list), filters?: [{ name, label, options: [[value, label]] }], search?: label,
 * exportName, pageSize?, emptyText }
 */
export async function mountTable(container, spec) {
  const state = { offset: 0, q: '', filters: {}, sortKey: null, descending: false, page: null };
  const pageSize = spec.pageSize ?? 25;

  const query = (paged) => {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    for (const [k, v] of Object.entries(state.filters)) if (v) params.set(k, v);
    if (paged) (params.set('limit', pageSize), params.set('offset', state.offset));
    return params.toString();
  };
  const withQuery = (path, q) => (q ? `${path}${path.includes('?') ? '&' : '?'}${q}` : path);

  async function load() {
    if (spec.rows) return (state.page = { items: spec.rows, total: spec.rows.length, offset: 0 });
    state.page = await api(withQuery(spec.path, query(true)));
    if (spec.enrich) await spec.enrich(state.page.items);
  }

  function sorted() {
    const column = spec.columns.find((c) => c.key === state.sortKey);
    if (!column) return state.page.items;
    const value = column.sort ?? column.cell;
    const text = (item) => {
      const v = value(item);
      return typeof v === 'number' ? v : String(v?.raw ?? v ?? '').replace(/<[^>]*>/g, '');
    };
    const order = (a, b) => {
      const [x, y] = [text(a), text(b)];
      return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    };
    const list = [...state.page.items].sort(order);
    return state.descending ? list.reverse() : list;
  }

  function header(c) {
    const sortState = state.sortKey === c.key ? (state.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" class="${c.num ? 'num' : ''}" aria-sort="${sortState}">
      <button type="button" class="sort" data-sort="${c.key}">
        ${c.label}<span aria-hidden="true"
          >${sortState === 'ascending' ? ' ▲' : sortState === 'descending' ? ' ▼' : ''}</span
        >
      </button>
    </th>`;
  }

  function render() {
    const { items, total } = state.page;
    const last = Math.min(state.offset + items.length, total);
    container.innerHTML = html` ${
        spec.search || spec.filters?.length
          ? html`<form class="list-controls" role="search" aria-label="Filter ${spec.caption}">
              ${spec.search ? html`<div><label for="${spec.id}-q">${spec.search}</label> <input id="${spec.id}-q" type="search" name="q" value="${state.q}" /></div>` : ''}
              ${(spec.filters ?? []).map(
                (f) =>
                  html`<div>
                    <label for="${spec.id}-${f.name}">${f.label}</label>
                    <select id="${spec.id}-${f.name}" name="${f.name}">
                      <option value="">All</option>
                      ${f.options.map(
                        ([v, l]) =>
                          html`<option value="${v}" ${state.filters[f.name] === v ? raw('selected') : ''}>
                            ${l}
                          </option>`,
                      )}
                    </select>
                  </div>`,
              )}
              <button type="submit">Apply</button>
            </form>`
          : ''
      }
      ${
        items.length === 0
          ? empty(spec.emptyText ?? 'Nothing to show.')
          : html`<div class="scroll">
              <table id="${spec.id}" class="cards">
                <caption>
                  ${spec.caption}
                </caption>
                <thead>
                  <tr>
                    ${spec.columns.map(header)}
                  </tr>
                </thead>
                <tbody>
                  ${sorted().map(
                    (item) =>
                      html`<tr ${raw(spec.rowAttrs ? spec.rowAttrs(item) : '')}>
                        ${spec.columns.map(
                          (c) => html`<td data-label="${c.label}" class="${c.num ? 'num' : ''}">${c.cell(item)}</td>`,
                        )}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      <div class="list-footer">
        <p class="muted" role="status">${total === 0 ? '' : `${state.offset + 1}–${last} of ${total}`}</p>
        ${
          total > pageSize
            ? html`<nav class="pager" aria-label="${spec.caption}: pages">
                <button type="button" data-page="-1" ${state.offset === 0 ? raw('disabled') : ''}>Previous page</button>
                <button type="button" data-page="1" ${last >= total ? raw('disabled') : ''}>Next page</button>
              </nav>`
            : ''
        }
        ${spec.exportPath !== null ? html`<button type="button" class="export" data-export>Export CSV</button>` : ''}
      </div>`;
  }

  async function refresh() {
    container.setAttribute('aria-busy', 'true');
    await load();
    render();
    container.removeAttribute('aria-busy');
  }

  container.addEventListener('submit', async (event) => {
    if (!event.target.matches('.list-controls')) return;
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.target));
    state.q = String(values.q ?? '').trim();
    state.filters = Object.fromEntries((spec.filters ?? []).map((f) => [f.name, values[f.name]]));
    state.offset = 0;
    await refresh();
    container.querySelector('table, .empty')?.setAttribute('tabindex', '-1');
  });
  container.addEventListener('click', async (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.dataset.sort) {
      state.descending = state.sortKey === button.dataset.sort ? !state.descending : false;
      state.sortKey = button.dataset.sort;
      render();
      container.querySelector(`[data-sort="${esc(button.dataset.sort)}"]`).focus();
    } else if (button.dataset.page) {
      state.offset = Math.max(0, state.offset + Number(button.dataset.page) * pageSize);
      await refresh();
      container.querySelector('caption')?.scrollIntoView();
    } else if (button.dataset.export !== undefined) {
      const path = spec.exportPath ?? withQuery(spec.path, query(false));
      await downloadCsv(path, `${spec.exportName ?? spec.id}.csv`);
    }
  });
  await refresh();
}
