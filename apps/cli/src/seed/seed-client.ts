/** A client of the public HTTP API, as the seed and the dashboard test use it: every write goes through validation. */
export class ApiCallError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${path} answered ${status}: ${JSON.stringify(body).slice(0, 500)}`);
  }
}

export interface WriteResult {
  id: string;
  version: number;
  position: string;
}

export class SeedClient {
  /** The highest position written through this client (or its clones), sent as X-Min-Position on reads. */
  private readonly written: { position: bigint };

  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
    written?: { position: bigint },
  ) {
    this.written = written ?? { position: 0n };
  }

  /** Signs in and answers a client acting as that user (sharing the read-your-writes position). */
  async as(email: string, password: string): Promise<SeedClient> {
    const body = await this.request<{ accessToken: string }>('POST', '/auth/login', { email, password });
    return new SeedClient(this.baseUrl, body.accessToken, this.written);
  }

  post<T = WriteResult>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  patch<T = WriteResult>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }

  postCsv<T>(path: string, csv: string): Promise<T> {
    return this.request<T>('POST', path, csv, 'text/csv');
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  /** Waits until every projection has processed everything written (GET /health), e.g. after a large ingest. */
  async settle(timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const health = await this.request<{ projections: { position: string }[] }>('GET', '/health');
      if (health.projections.every((p) => BigInt(p.position) >= this.written.position)) return;
      if (Date.now() > deadline)
        throw new Error(
          `The projections did not reach position ${this.written.position} within ${timeoutMs / 1000} s.`,
        );
      await new Promise((done) => setTimeout(done, 500));
    }
  }

  private async request<T>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['Content-Type'] = contentType;
    if (method === 'GET' && this.written.position > 0n) headers['X-Min-Position'] = String(this.written.position);
    const init = {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    };
    let response = await fetch(`${this.baseUrl}/api/v1${path}`, init);
    // A read may outrun the projections after a large ingest: 503 + Retry-After means "ask again shortly".
    for (let retry = 0; method === 'GET' && response.status === 503 && retry < 30; retry++) {
      await new Promise((done) => setTimeout(done, 1000));
      response = await fetch(`${this.baseUrl}/api/v1${path}`, init);
    }
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new ApiCallError(method, path, response.status, parsed);
    const position = (parsed as { position?: unknown } | undefined)?.position;
    if (typeof position === 'string' && BigInt(position) > this.written.position)
      this.written.position = BigInt(position);
    return parsed as T;
  }
}
