import { html } from '../dom.js';

/** A real "not found" page, for unknown addresses and for ids the API does not know (or hides: SPEC §1 404). */
export function notFoundView(main, path) {
  main.innerHTML = html`<h1>Page not found</h1>
    <p>There is nothing at <code>${path}</code>, or it is not yours to see.</p>
    <p><a href="#/">Go to your start page</a></p>`;
}
