import { migrate } from '@vendorwatch/event-store';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrations } from '../migrations';

/** An API and workers starting together on an empty database (issue 15): the migrations run once, none fails. */
describe('processes starting together', () => {
  const url = process.env.DATABASE_URL!;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const sql = async (text: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  };
  afterAll(() => sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));

  it('applies every migration exactly once when three processes migrate an empty schema at once', async () => {
    const applied = await Promise.all([1, 2, 3].map(() => migrate({ url, schema }, migrations)));
    expect(applied.map((names) => names.length).sort((a, b) => a - b)).toEqual([0, 0, migrations.length]);
    const [row] = await sql(`SELECT count(*)::int AS n FROM "${schema}".schema_migrations`);
    expect(row.n).toBe(migrations.length);
  });
});
