/** The web app talks to the same public API as every other client, with the token of the signed-in user. */
const TOKEN_KEY = 'vendorwatch.token';
const USER_KEY = 'vendorwatch.user';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `Request failed (${status})`);
    this.status = status;
    this.code = body?.code;
    /** Per-field problems of a 400: `[{ field: "criteria.0.score", errors: [...] }]` (SPEC §1). */
    this.details = Array.isArray(body?.details) ? body.details : [];
  }
}

export const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set token(value) {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else [TOKEN_KEY, USER_KEY].forEach((key) => sessionStorage.removeItem(key));
  },
  /** `{ id, email, roles, vendorId? }` of the signed-in user. */
  get user() {
    return JSON.parse(sessionStorage.getItem(USER_KEY) ?? 'null');
  },
  set user(value) {
    sessionStorage.setItem(USER_KEY, JSON.stringify(value));
  },
};

/** The global position of this tab's last write: reads wait for it (X-Min-Position), so a page shows what it just did. */
let lastPosition = null;

function headers(extra = {}) {
  return {
    'Content-Type': 'application/json',
    ...(session.token ? { Authorization: `Bearer ${session.token}` } : {}),
    ...(lastPosition ? { 'X-Min-Position': lastPosition } : {}),
    ...extra,
  };
}

/**
 * fetch that honours `503` + `Retry-After` (the read models catching up with this tab's last write, SPEC §1), as
 * a client is meant to, for up to ten retries.
 */
async function request(path, options = {}) {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`/api/v1${path}`, { ...options, headers: headers(options.headers) });
    const retryAfter = Number(response.headers.get('Retry-After'));
    if (response.status !== 503 || !retryAfter || attempt >= 10) return response;
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  }
}

export async function api(path, options = {}) {
  const response = await request(path, options);
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  if (body?.position) lastPosition = body.position;
  return body;
}

/** A write: POST (or `method`) with a JSON body. */
export const send = (path, body, method = 'POST') => api(path, { method, body: JSON.stringify(body) });

export async function login(email, password) {
  const result = await send('/auth/login', { email, password });
  session.token = result.accessToken;
  session.user = result.user;
  return result.user;
}

export const hasRole = (...roles) => {
  const mine = session.user?.roles ?? [];
  return mine.includes('admin') || roles.some((role) => mine.includes(role));
};

/**
 * A report this user may not see, or that this server does not offer yet, is left out (null) and the page says
 * so; an expired session (401) still signs the user out.
 */
export async function optional(path) {
  try {
    return await api(path);
  } catch (error) {
    if (error.status === 401) throw error;
    return null;
  }
}

/** Every item of a list route, page by page, up to `max`; an empty list when the route is not available. */
export async function items(path, max = 200) {
  const all = [];
  const join = path.includes('?') ? '&' : '?';
  for (;;) {
    const page = await optional(`${path}${join}limit=200&offset=${all.length}`);
    if (!page) return all;
    all.push(...page.items);
    if (page.items.length === 0 || all.length >= Math.min(page.total, max)) return all;
  }
}

/** Saves the API's own CSV of a list or report (SPEC §1: `Accept: text/csv`) as a file. */
export async function downloadCsv(path, filename) {
  const response = await request(path, { headers: { Accept: 'text/csv' } });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  if (!response.headers.get('Content-Type')?.startsWith('text/csv'))
    throw new ApiError(406, { message: 'This server does not export this table as CSV yet.' });
  saveBlob(await response.blob(), filename);
}

export async function downloadFile(path, filename) {
  const response = await request(path, { headers: { Accept: '*/*' } });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  saveBlob(await response.blob(), filename);
}

function saveBlob(blob, filename) {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Uploads a file's bytes as `contentType` with XHR, whose upload events (unlike fetch's) report progress. */
export function upload(path, file, contentType, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    Object.entries(headers({ 'Content-Type': contentType })).forEach(([k, v]) => xhr.setRequestHeader(k, v));
    xhr.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress(e.loaded / e.total));
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: the status says enough */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, { message: 'The upload failed: no connection.' })));
    xhr.send(file);
  });
}
