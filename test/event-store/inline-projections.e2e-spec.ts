import { GetVendorStandingQuery } from '@vendorwatch/contracts';
import { InlineProjections, ProjectionRebuilder, ProjectionRegistry } from '@vendorwatch/event-store';
import { QueryBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { adminToken, bearer } from '../helpers/auth';
import { startTestApp, TestApp } from '../helpers/test-app';
import { vendorBody } from '../helpers/vendors-fixtures';

/** The vendor standing read model stands in for every inline projection: written with the append, rebuilt whole. */
describe('inline projections', () => {
  let t: TestApp;
  let token: string;
  let vendorId: string;
  const standing = () => t.app.get(QueryBus).execute(new GetVendorStandingQuery(vendorId));

  beforeAll(async () => {
    t = await startTestApp();
    token = await adminToken(t);
    vendorId = (await t.http.post('/api/v1/vendors').set(bearer(token)).send(vendorBody('Inline Co')).expect(201)).body
      .id;
    await t.http
      .post(`/api/v1/vendors/${vendorId}/reject`)
      .set(bearer(token))
      .send({ reason: 'Not a fit for our languages.' })
      .expect(201);
  });
  afterAll(() => t.close());

  it('hold a change the moment its append commits', async () => {
    expect(await standing()).toEqual({ vendorId, status: 'rejected', channels: expect.any(Array) });
  });

  it('are built from the stored events when a database has not built them yet, and by a rebuild', async () => {
    const db = t.app.get(DataSource);
    await db.query(`TRUNCATE vendor_standing`);
    await db.query(`DELETE FROM inline_projections WHERE name = 'vendor-standing'`);
    expect(await standing()).toBeUndefined();

    await t.app.get(InlineProjections).onApplicationBootstrap(); // what a start does
    expect(await standing()).toMatchObject({ status: 'rejected' });

    await db.query(`UPDATE vendor_standing SET doc = jsonb_set(doc, '{status}', '"active"')`);
    const progress = await t.app.get(ProjectionRebuilder).rebuild('vendor-standing');
    expect(progress).toMatchObject({ projection: 'vendor-standing', done: 2, total: 2 });
    expect(await standing()).toMatchObject({ status: 'rejected' });
    expect(
      t.app
        .get(ProjectionRegistry)
        .allInline()
        .map((p) => p.name),
    ).toEqual(expect.arrayContaining(['vendor-standing', 'contract-facts', 'sla-definitions']));
  });
});
