/** The dashboard talks to the same public API as every other client, with the token of the signed-in user. */
const TOKEN_KEY = 'vendorwatch.token';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `Request failed (${status})`);
    this.status = status;
  }
}

export const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set token(value) {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

export async function api(path, options = {}) {
  const response = await fetch(`/api/v1${path}`, {
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...(session.token ? { Authorization: `Bearer ${session.token}` } : {}),
      ...options.headers,
    },
  });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function login(email, password) {
  const result = await api('/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) });
  session.token = result.accessToken;
  return result.user;
}

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
