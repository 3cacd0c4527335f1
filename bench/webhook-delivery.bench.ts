import { randomUUID } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { EventStore, NewEvent, ProjectionCheckpoints, ProjectionRegistry } from '@vendorwatch/event-store';
import { startBenchApp } from './bench-app';

const THROUGHPUT_EVENTS = 5_000;
const EVENTS_PER_APPEND = 50;
const LATENCY_EVENTS = 200;
const LATENCY_PACE_MS = 25;

const vendorRegistered = (): NewEvent => {
  const vendorId = randomUUID();
  return {
    type: 'VendorRegistered',
    schemaVersion: 1,
    data: {
      vendorId,
      name: `Bench vendor ${vendorId}`,
      legalName: null,
      website: null,
      country: 'PH',
      channels: ['chat'],
      languages: ['en'],
      sites: [],
      registeredAt: '2026-01-01T00:00:00.000Z',
    },
  };
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One POST on a kept-alive connection, as the dispatcher sends them. */
function postOnce(url: string, agent: Agent, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      { method: 'POST', agent, headers: { 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.on('end', resolve).resume();
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

/** A local receiver that answers 200 at once and notes when each event (by position) arrived. */
async function startReceiver() {
  const arrivals = new Map<string, number>();
  let requests = 0;
  let waiter: { count: number; resolve: () => void } | undefined;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: { position?: string } };
      arrivals.set(body.data?.position ?? randomUUID(), performance.now());
      requests++;
      response.writeHead(200).end();
      if (waiter && requests >= waiter.count) waiter.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  /** Resolves once `count` requests arrived since the last `reset`. */
  const until = (count: number) =>
    requests >= count ? Promise.resolve() : new Promise<void>((resolve) => (waiter = { count, resolve }));
  const reset = () => {
    arrivals.clear();
    requests = 0;
  };
  return { url, arrivals, until, reset, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Webhook delivery (SPEC §14, issue 18): events/s from the event store to a local receiver, and the delay from an
 * append's commit to its delivery (p50/p95) with an idle receiver; beside plain sequential HTTP POSTs of the same
 * size to the same receiver, the ceiling one webhook's in-order deliveries can approach.
 */
export async function webhookDeliveryBench(): Promise<void> {
  const product = await startBenchApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
  const { app, base, auth } = product;
  const receiver = await startReceiver();
  try {
    const registered = await fetch(`${base}/webhooks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify({ url: receiver.url, eventTypes: ['VendorRegistered'] }),
    });
    if (registered.status !== 201) throw new Error(`POST /webhooks answered ${registered.status}`);
    const webhookId = ((await registered.json()) as { id: string }).id;

    const store = app.get(EventStore);
    const started = performance.now();
    let firstPosition: string | undefined;
    for (let i = 0; i < THROUGHPUT_EVENTS; i += EVENTS_PER_APPEND) {
      const events = Array.from({ length: EVENTS_PER_APPEND }, vendorRegistered);
      const { position } = await store.append({ id: randomUUID(), type: 'Vendor' }, 0, events);
      firstPosition ??= String(BigInt(position) - BigInt(EVENTS_PER_APPEND - 1));
    }
    await receiver.until(THROUGHPUT_EVENTS);
    const rate = THROUGHPUT_EVENTS / ((performance.now() - started) / 1000);
    // The projections of this process work through the same events: the delay is measured once they are idle.
    const names = app
      .get(ProjectionRegistry)
      .all()
      .map((p) => p.name);
    const { position: last } = await store.append({ id: randomUUID(), type: 'Vendor' }, 0, [vendorRegistered()]);
    await app.get(ProjectionCheckpoints).waitUntilProcessed(names, last, 600_000);
    await receiver.until(THROUGHPUT_EVENTS + 1);

    const appendedAt = new Map<string, number>();
    for (let i = 0; i < LATENCY_EVENTS; i++) {
      const { position } = await store.append({ id: randomUUID(), type: 'Vendor' }, 0, [vendorRegistered()]);
      appendedAt.set(position, performance.now());
      await new Promise((resolve) => setTimeout(resolve, LATENCY_PACE_MS));
    }
    await receiver.until(THROUGHPUT_EVENTS + 1 + LATENCY_EVENTS);
    const delays = [...appendedAt].map(([position, at]) => receiver.arrivals.get(position)! - at).sort((a, b) => a - b);

    // The same events again by a replay, with the projections idle: the dispatcher's own rate.
    receiver.reset();
    const replayStarted = performance.now();
    const replay = await fetch(`${base}/webhooks/${webhookId}/replay`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify({ fromPosition: firstPosition }),
    });
    if (replay.status !== 201) throw new Error(`POST /webhooks/:id/replay answered ${replay.status}`);
    await receiver.until(THROUGHPUT_EVENTS);
    const replayRate = THROUGHPUT_EVENTS / ((performance.now() - replayStarted) / 1000);
    // Right after the replay, under the same load on the machine.
    const sample = JSON.stringify({ type: 'VendorRegistered', data: vendorRegistered() });
    const agent = new Agent({ keepAlive: true });
    const baselineStarted = performance.now();
    for (let i = 0; i < 2_000; i++) {
      await postOnce(receiver.url, agent, sample.replace('"data"', `"n${i}":1,"data"`));
    }
    const baseline = 2_000 / ((performance.now() - baselineStarted) / 1000);
    agent.destroy();

    console.log(
      `webhook delivery to one local receiver (${THROUGHPUT_EVENTS.toLocaleString('en-US')} events; target >= 1,000/s): ` +
        `${Math.round(rate).toLocaleString('en-US')} events/s as they are appended (the projections of the same process ` +
        `working through them too), ${Math.round(replayRate).toLocaleString('en-US')} events/s replayed with the projections idle; ` +
        `baseline: plain sequential POSTs to it (kept-alive node:http): ${Math.round(baseline).toLocaleString('en-US')}/s`,
    );
    console.log(
      `  append-to-delivery delay, idle receiver (${LATENCY_EVENTS} events, one per ${LATENCY_PACE_MS} ms): ` +
        `p50 ${percentile(delays, 50).toFixed(0)} ms, p95 ${percentile(delays, 95).toFixed(0)} ms (target p95 < 1,000 ms)`,
    );
  } finally {
    await receiver.close();
    await product.close();
  }
}
