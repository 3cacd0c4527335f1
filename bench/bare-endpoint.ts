import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { pgClientConfig } from '@vendorwatch/event-store';

/**
 * The HTTP commands' baseline, run as its own process: a bare node:http endpoint that reads a JSON body and does
 * one INSERT into a table shaped like `events`, with no framework, auth, validation or event store in between.
 * Env: PORT, DATABASE_URL, DATABASE_SCHEMA. Prints `listening` once ready.
 */
async function main(): Promise<void> {
  const settings = { url: process.env.DATABASE_URL ?? '', schema: process.env.DATABASE_SCHEMA ?? 'public' };
  const pool = new Pool({ ...pgClientConfig(settings), max: 10 });
  await pool.query(`CREATE TABLE IF NOT EXISTS bare_events (LIKE events INCLUDING ALL)`);
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const id = randomUUID();
      pool
        .query<{ position: string }>(
          `INSERT INTO bare_events (stream_id, stream_type, stream_version, event_id, event_type, schema_version, data, metadata)
           VALUES ($1, 'Bare', 1, $2, 'BareRecorded', 1, $3, '{}') RETURNING global_position::text AS position`,
          [id, randomUUID(), Buffer.concat(chunks).toString() || '{}'],
        )
        .then(({ rows }) => {
          response.writeHead(201, { 'Content-Type': 'application/json' });
          response.end(JSON.stringify({ id, version: 1, position: rows[0].position }));
        })
        .catch((error: Error) => {
          response.writeHead(500);
          response.end(error.message);
        });
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}

void main();
