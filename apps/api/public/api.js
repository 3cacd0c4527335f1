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

/** A list's items, or an empty list when the route is not available to this user. */
export async function items(path) {
  try {
    return (await api(path)).items;
  } catch (error) {
    if (error.status === 403 || error.status === 404) return [];
    throw error;
  }
}
