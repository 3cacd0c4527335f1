import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { eventually } from './eventually';

export interface ReceivedDelivery {
  headers: Record<string, string>;
  body: string;
  payload: {
    type: string;
    timestamp: string;
    data: { position: string; streamId: string; type: string; data: Record<string, unknown> };
  };
}

/** How the receiver answers its n-th request (1-based): a status code, or 'hang' to never answer. */
export type Answer = (n: number) => number | 'hang';

function plain(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
}

/**
 * A real HTTP receiver on 127.0.0.1 that records every request it gets, in arrival order, answering each after
 * `answerAfterMs`; `mostAtOnce` is the most requests it had in hand at one time.
 */
export async function startReceiver(answer: Answer = () => 200, answerAfterMs = 0) {
  const received: ReceivedDelivery[] = [];
  let inHand = 0;
  let mostAtOnce = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    mostAtOnce = Math.max(mostAtOnce, ++inHand);
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: plain(request.headers), body, payload: JSON.parse(body) });
      const status = answer(received.length);
      if (status === 'hang') return;
      setTimeout(() => {
        inHand--;
        response.writeHead(status).end();
      }, answerAfterMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    ids: () => received.map((r) => r.headers['webhook-id']),
    mostAtOnce: () => mostAtOnce,
    /** Resolves once at least `count` requests arrived. */
    until: (count: number, timeoutMs?: number) =>
      eventually(() => {
        if (received.length < count) throw new Error(`${received.length} of ${count} deliveries arrived.`);
        return Promise.resolve();
      }, timeoutMs),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
