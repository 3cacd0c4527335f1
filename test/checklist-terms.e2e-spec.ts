import {
  Actors,
  contractChecklist,
  draftContract,
  itemOf,
  write,
  startWithApprovedVendor,
} from './helpers/checklist-fixtures';
import { TestApp } from './helpers/test-app';

/** Items decided by the contract's terms alone (1, 10, 11, 12), driven into pass, warn and fail by amendments. */
describe('checklist: items decided by the contract terms', () => {
  let t: TestApp;
  let actors: Actors;
  let admin: string;
  let vendorId: string;

  beforeAll(async () => ({ t, actors, admin, vendorId } = await startWithApprovedVendor()));
  afterAll(() => t.close());

  const amend = (contractId: string, changes: object) =>
    write(t, actors.procurement, 'patch', `/contracts/${contractId}`, changes);

  it('answers the SPEC §8 shape for a bare draft: grade D', async () => {
    const { id, position } = await draftContract(t, actors, vendorId);
    const checklist = await contractChecklist(t, admin, id, position);
    expect(checklist).toMatchObject({ contractId: id, vendorId, evaluatedAt: expect.any(String), grade: 'D' });
    expect(checklist.items).toHaveLength(12);
    expect(itemOf(checklist, 'clear_goals')).toEqual({
      key: 'clear_goals',
      title: 'Starting without clear goals',
      status: 'fail',
      evidence: [
        'No goal written down yet',
        'Goals missing: response-time targets, escalation boundaries, tone guidelines and resolution standards',
      ],
      recommendation: expect.stringMatching(/^Write the missing goals .*\.$/),
    });
    // fails: 1, 3, 4, 6, 7, 9, 10, 11, 12 = 9 × 2; warns: 5 (not live, none done), 8 (no report, nothing live) = 2 → 20.
    // Item 2 passes: the approved vendor's evaluation has all five criteria, price 1 of 4 = 0.25.
    expect(checklist.riskScore).toBe(20);
  });

  it('item 1 clear_goals: fail → warn → pass as goals are written down', async () => {
    const { id } = await draftContract(t, actors, vendorId);
    let { position } = await amend(id, {
      goals: { responseTimeTargets: '1h first response', toneGuidelines: 'friendly' },
    });
    const item = itemOf(await contractChecklist(t, admin, id, position), 'clear_goals');
    expect(item.status).toBe('warn');
    expect(item.evidence).toEqual([
      'Goals written down: response-time targets and tone guidelines',
      'Goals missing: escalation boundaries and resolution standards',
    ]);
    ({ position } = await amend(id, {
      goals: { escalationBoundaries: 'refunds > $100 to L2', resolutionStandards: 'one touch' },
    }));
    const checklist = await contractChecklist(t, admin, id, position);
    expect(itemOf(checklist, 'clear_goals')).toMatchObject({ status: 'pass', recommendation: '' });
    expect(checklist).toMatchObject({ riskScore: 18, grade: 'D' });
  });

  it('item 11 tool_integration: none → some → all flags', async () => {
    const { id, position } = await draftContract(t, actors, vendorId, {
      integration: { customerHistoryAccess: false },
    });
    expect(itemOf(await contractChecklist(t, admin, id, position), 'tool_integration')).toMatchObject({
      status: 'fail',
      evidence: [
        'Agents cannot see customer history',
        'Agents cannot read internal notes',
        'Agents do not receive product updates',
        'Agents cannot use the knowledge base',
      ],
    });
    let next = await amend(id, { integration: { customerHistoryAccess: true, knowledgeBaseAccess: true } });
    expect(itemOf(await contractChecklist(t, admin, id, next.position), 'tool_integration')).toMatchObject({
      status: 'warn',
      evidence: [
        'Agents can see customer history',
        'Agents cannot read internal notes',
        'Agents do not receive product updates',
        'Agents can use the knowledge base',
      ],
      recommendation:
        "Give the vendor's agents access to internal notes and the product updates feed so they work from the same context as your team.",
    });
    next = await amend(id, { integration: { internalNotesAccess: true, productUpdatesFeed: true } });
    expect(itemOf(await contractChecklist(t, admin, id, next.position), 'tool_integration').status).toBe('pass');
  });

  it('item 12 scale_planning: one field → capacity short → complete', async () => {
    const { id, position } = await draftContract(t, actors, vendorId, { scalePlan: { peakMultiplier: 1.8 } });
    expect(itemOf(await contractChecklist(t, admin, id, position), 'scale_planning').status).toBe('fail');
    let next = await amend(id, {
      scalePlan: { elasticStaffingPercent: 30, overflowProcedure: 'overflow to Cebu', surgeNoticeHours: 72 },
    });
    const short = itemOf(await contractChecklist(t, admin, id, next.position), 'scale_planning');
    expect(short.status).toBe('warn');
    expect(short.evidence).toContain('Elastic staffing of 30 % falls short of half of a 1.8× peak (40 % needed)'); // (1.8 − 1) × 100 × 0.5
    next = await amend(id, { scalePlan: { elasticStaffingPercent: 40 } });
    expect(itemOf(await contractChecklist(t, admin, id, next.position), 'scale_planning').status).toBe('pass');
  });

  it('item 10 weak_contract: no SLA → SLA without credit → credited SLA with governance text', async () => {
    const { id, position } = await draftContract(t, actors, vendorId);
    expect(itemOf(await contractChecklist(t, admin, id, position), 'weak_contract')).toMatchObject({
      status: 'fail',
      evidence: ['No active SLA'],
    });
    const sla = await write(t, actors.ops, 'post', `/contracts/${id}/slas`, {
      name: 'First response within 1h',
      metric: 'first_response_time',
      objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
      period: 'week',
      minimumSample: 30,
      serviceCreditPercent: 0,
    });
    const warn = itemOf(await contractChecklist(t, admin, id, sla.position), 'weak_contract');
    expect(warn.status).toBe('warn');
    expect(warn.evidence).toEqual([
      '1 active SLA',
      "SLA 'First response within 1h' earns no service credit when breached",
      'No reporting cadence agreed',
      'No ownership boundaries written down',
    ]);
    await write(t, actors.ops, 'patch', `/slas/${sla.id}`, { serviceCreditPercent: 5 });
    const done = await amend(id, {
      governance: { reportingCadence: 'weekly', ownershipBoundaries: 'vendor owns tier 1' },
    });
    expect(itemOf(await contractChecklist(t, admin, id, done.position), 'weak_contract')).toMatchObject({
      status: 'pass',
      evidence: ['1 active SLA', 'Reporting cadence: weekly', 'Ownership boundaries written down'],
    });
  });

  it('answers 404 for an unknown contract', async () => {
    await t.http
      .get('/api/v1/contracts/7d1c3a52-1111-4a4a-9a9a-000000000000/checklist')
      .set({ Authorization: `Bearer ${admin}` })
      .expect(404);
  });
});
