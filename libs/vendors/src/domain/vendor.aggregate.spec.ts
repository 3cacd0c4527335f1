import { BusinessRuleError, DomainEvent, InvalidStateError } from '@vendorwatch/event-store';
import { Vendor } from './vendor.aggregate';
import { VendorStatus } from './vendor-status';
import {
  VendorActivated,
  VendorApproved,
  VendorDueDiligenceRecorded,
  VendorEvaluated,
  VendorOffboarded,
  VendorReferenceChecked,
  VendorRegistered,
  VendorRejected,
  VendorReinstated,
  VendorRosterReported,
  VendorSuspended,
} from './vendor.events';

const ID = 'b0c0e7a2-0000-4000-8000-000000000001';
const AT = '2026-03-02T14:05:00.000Z';
const PROFILE = {
  name: 'Acme Support',
  legalName: 'Acme Support Ltd',
  website: null,
  country: 'PH',
  channels: ['voice' as const, 'chat' as const],
  languages: ['en', 'fil'],
  sites: [{ city: 'Manila', country: 'PH', timezone: 'Asia/Manila' }],
};
const CRITERIA = [
  { key: 'price', score: 4, weight: 3, notes: null },
  { key: 'qa_discipline', score: 5, weight: 2, notes: 'calibrates weekly' },
];
const PRICING = { model: 'per_hour' as const, rate: { amount: 14.5, currency: 'USD' } };
const ROSTER = {
  month: '2026-02',
  headcountStart: 100,
  headcountEnd: 96,
  leavers: 6,
  hires: 2,
  avgTenureMonths: 14,
  trainingHoursPerNewHire: null,
};

const registered = new VendorRegistered(
  ID,
  PROFILE.name,
  PROFILE.legalName,
  null,
  'PH',
  PROFILE.channels,
  PROFILE.languages,
  PROFILE.sites,
  AT,
);
const evaluated = new VendorEvaluated(ID, CRITERIA, PRICING, AT, 4.4, 0.6);
const approved = new VendorApproved(ID, 'best references', AT);
const activated = new VendorActivated(ID, 'contract-1', AT);

const HISTORY: Record<VendorStatus, DomainEvent[]> = {
  prospect: [registered, evaluated],
  approved: [registered, evaluated, approved],
  rejected: [registered, new VendorRejected(ID, 'too expensive', AT)],
  active: [registered, evaluated, approved, activated],
  suspended: [registered, evaluated, approved, activated, new VendorSuspended(ID, 'data breach', AT)],
  offboarded: [registered, new VendorOffboarded(ID, 'no longer needed', AT)],
};

function given(history: DomainEvent[]): Vendor {
  const vendor = new Vendor();
  vendor.id = ID;
  vendor.loadFromHistory(history);
  return vendor;
}

/** Runs the command on a vendor in `status` and answers the events it applied. */
function when(status: VendorStatus, command: (vendor: Vendor) => void): DomainEvent[] {
  const vendor = given(HISTORY[status]);
  command(vendor);
  return vendor.getUncommittedEvents();
}

const COMMANDS: Record<string, { run: (v: Vendor) => void; then: DomainEvent; allowedIn: VendorStatus[] }> = {
  evaluate: {
    run: (v) => v.evaluate({ criteria: CRITERIA, pricing: PRICING, evaluatedAt: AT }),
    then: evaluated,
    allowedIn: ['prospect', 'approved', 'active', 'suspended'],
  },
  recordReferenceCheck: {
    run: (v) => v.recordReferenceCheck({ company: 'Globex', contactRole: 'COO', outcome: 'positive', notes: null }, AT),
    then: new VendorReferenceChecked(ID, 'Globex', 'COO', 'positive', null, AT),
    allowedIn: ['prospect', 'approved', 'active', 'suspended'],
  },
  recordDueDiligence: {
    run: (v) => v.recordDueDiligence({ item: 'qa_process', outcome: 'verified', notes: null }, AT),
    then: new VendorDueDiligenceRecorded(ID, 'qa_process', 'verified', null, AT),
    allowedIn: ['prospect', 'approved', 'active', 'suspended'],
  },
  reportRoster: {
    run: (v) => v.reportRoster(ROSTER, AT),
    then: new VendorRosterReported(ID, '2026-02', 100, 96, 6, 2, 14, null, 73.5, AT),
    allowedIn: ['prospect', 'approved', 'active', 'suspended'],
  },
  approve: { run: (v) => v.approve('best references', AT), then: approved, allowedIn: ['prospect'] },
  reject: {
    run: (v) => v.reject('too expensive', AT),
    then: new VendorRejected(ID, 'too expensive', AT),
    allowedIn: ['prospect'],
  },
  suspend: {
    run: (v) => v.suspend('data breach', AT),
    then: new VendorSuspended(ID, 'data breach', AT),
    allowedIn: ['active'],
  },
  reinstate: {
    run: (v) => v.reinstate('fixed', AT),
    then: new VendorReinstated(ID, 'fixed', AT),
    allowedIn: ['suspended'],
  },
  offboard: {
    run: (v) => v.offboard('ended', AT),
    then: new VendorOffboarded(ID, 'ended', AT),
    allowedIn: ['prospect', 'approved', 'rejected', 'active', 'suspended'],
  },
};

const STATUSES = Object.keys(HISTORY) as VendorStatus[];

describe('Vendor', () => {
  it('registers as a prospect', () => {
    const vendor = Vendor.register(ID, PROFILE, AT);
    expect(vendor.getUncommittedEvents()).toEqual([registered]);
    expect(vendor.status).toBe('prospect');
    expect(vendor.version).toBe(1);
  });

  it.each(STATUSES)('reaches %s through its history', (status) => {
    expect(given(HISTORY[status]).status).toBe(status);
  });

  describe.each(Object.entries(COMMANDS))('%s', (_name, command) => {
    it.each(command.allowedIn)('is allowed when %s', (status) => {
      expect(when(status, command.run)).toEqual([command.then]);
    });

    it.each(STATUSES.filter((s) => !command.allowedIn.includes(s)))('is 409 naming the status when %s', (status) => {
      const attempt = () => when(status, command.run);
      expect(attempt).toThrow(InvalidStateError);
      expect(attempt).toThrow(`it is ${status}`);
    });
  });

  it.each([
    ['approve', 'approved'],
    ['reject', 'rejected'],
    ['suspend', 'suspended'],
    ['reinstate', 'active'],
    ['offboard', 'offboarded'],
  ])('%s moves the vendor to %s', (name, next) => {
    const from = COMMANDS[name].allowedIn[0];
    const vendor = given(HISTORY[from]);
    COMMANDS[name].run(vendor);
    expect(vendor.status).toBe(next);
  });

  it('goes suspended ⇄ active more than once', () => {
    const vendor = given(HISTORY.active);
    vendor.suspend('audit', AT);
    vendor.reinstate('audit passed', AT);
    vendor.suspend('second audit', AT);
    expect(vendor.status).toBe('suspended');
  });

  it('needs an evaluation before approval (422)', () => {
    const attempt = () => given([registered]).approve('looks fine', AT);
    expect(attempt).toThrow(BusinessRuleError);
    expect(attempt).toThrow('evaluated at least once');
  });

  describe('when one of its contracts goes live', () => {
    it('activates an approved vendor', () => {
      const vendor = given(HISTORY.approved);
      vendor.contractWentLive('contract-1', AT);
      expect(vendor.getUncommittedEvents()).toEqual([activated]);
      expect(vendor.status).toBe('active');
    });

    it.each(STATUSES.filter((s) => s !== 'approved'))('changes nothing when %s (idempotent)', (status) => {
      expect(when(status, (v) => v.contractWentLive('contract-2', AT))).toEqual([]);
    });
  });

  it('rejects an evaluation that scores a criterion twice (422)', () => {
    const twice = [...CRITERIA, { key: 'price', score: 2, weight: 1, notes: null }];
    const attempt = () => when('prospect', (v) => v.evaluate({ criteria: twice, pricing: PRICING, evaluatedAt: AT }));
    expect(attempt).toThrow(BusinessRuleError);
    expect(attempt).toThrow('repeated: price');
  });

  it('reports a null attrition when the average headcount is 0', () => {
    const [event] = when('active', (v) =>
      v.reportRoster({ ...ROSTER, headcountStart: 0, headcountEnd: 0, leavers: 0 }, AT),
    );
    expect((event as VendorRosterReported).annualizedAttritionPercent).toBeNull();
  });

  it.each(STATUSES)('decides every command alike after a snapshot round trip when %s', (status) => {
    const snapshot = JSON.parse(JSON.stringify(given(HISTORY[status]).toSnapshot())) as object;
    const restored = () => {
      const vendor = new Vendor();
      vendor.id = ID;
      vendor.restoreFrom(snapshot, HISTORY[status].length);
      return vendor;
    };
    const outcome = (vendor: Vendor, run: (v: Vendor) => void) => {
      try {
        run(vendor);
        return vendor.getUncommittedEvents();
      } catch (error) {
        return (error as Error).message;
      }
    };
    for (const { run } of Object.values(COMMANDS)) {
      expect(outcome(restored(), run)).toEqual(outcome(given(HISTORY[status]), run));
    }
  });
});
