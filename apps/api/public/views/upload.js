import { upload } from '../api.js';
import { html } from '../dom.js';

/** A CSV of interactions (SPEC §6), sent with XHR for its progress; the answer's rejected rows stay on screen. */
export function uploadForm() {
  return html`<form id="upload-interactions" class="card action" aria-labelledby="upload-title">
    <h3 id="upload-title">Upload interactions (CSV)</h3>
    <div class="field">
      <label for="interactions-file">CSV file with a header row (externalId, channel, createdAt, …)</label>
      <input id="interactions-file" name="file" type="file" accept=".csv,text/csv" required />
    </div>
    <div class="field">
      <label for="interactions-timezone"
        >Time zone of times without an offset <span class="muted">(optional)</span></label
      >
      <input id="interactions-timezone" name="timezone" placeholder="e.g. Europe/Berlin" />
    </div>
    <progress id="upload-progress" max="100" value="0" hidden aria-label="Upload progress"></progress>
    <p class="form-error" role="alert"></p>
    <button type="submit">Upload</button>
    <div id="upload-result" role="status"></div>
  </form>`;
}

function resultOf(answer) {
  const rejected = answer.rejected ?? [];
  return html`<p class="confirm">
      <strong>${answer.accepted}</strong> accepted (${answer.replaced ?? 0} replaced earlier records),
      <strong>${rejected.length}</strong> rejected.
      ${answer.assumedTimezone ? ` Times without an offset were read in ${answer.assumedTimezone.zone} (${answer.assumedTimezone.rows} rows).` : ''}
    </p>
    ${
      rejected.length
        ? html`<table id="rejected-rows" class="cards compact">
            <caption>
              Rejected rows: correct them and upload again
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Record</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              ${rejected.map(
                (r) =>
                  html`<tr>
                    <td data-label="Row">${r.row}</td>
                    <td data-label="Record">${r.externalId ?? '—'}</td>
                    <td data-label="Why">${r.reason}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : ''
    }`;
}

export function bindUpload(main, contractPath) {
  const form = main.querySelector('#upload-interactions');
  if (!form) return;
  const progress = form.querySelector('progress');
  const error = form.querySelector('.form-error');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const file = form.file.files[0];
    const button = form.querySelector('button');
    button.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    const zone = form.timezone.value.trim();
    try {
      const answer = await upload(
        `${contractPath}/interactions${zone ? `?timezone=${encodeURIComponent(zone)}` : ''}`,
        file,
        'text/csv',
        (fraction) => (progress.value = Math.round(fraction * 100)),
      );
      progress.value = 100;
      form.querySelector('#upload-result').innerHTML = resultOf(answer);
    } catch (failure) {
      error.textContent = failure.message;
    } finally {
      button.disabled = false;
    }
  });
}
