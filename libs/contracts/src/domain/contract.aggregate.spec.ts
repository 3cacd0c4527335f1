import { BusinessRuleError, DomainEvent, InvalidStateError } from '@vendorwatch/event-store';
import { Contract } from './contract.aggregate';
import { ContractTerms } from './contract-terms';
import {
  ContractAmended,
  ContractDrafted,
  ContractSigned,
  ContractTerminated,
  ContractWentLive,
  GovernanceReviewHeld,
  OnboardingMilestoneCompleted,
} from './contract.events';

const ID = 'c-1';
const VENDOR = 'v-1';
const NOW = new Date('2026-03-10T12:00:00.000Z');
const TERMS: ContractTerms = {
  title: 'EU chat',
  startDate: '2026-01-01',
  endDate: '2027-12-31',
  channels: ['chat', 'email'],
  monthlyFee: { amount: 50000, currency: 'USD' },
  goals: { toneGuidelines: 'warm' },
};

const drafted = new ContractDrafted(ID, VENDOR, TERMS, '2026-03-01T00:00:00.000Z');
const signed = new ContractSigned(ID, VENDOR, '2026-03-02T00:00:00.000Z');
const live = new ContractWentLive(ID, VENDOR, '2026-03-05T00:00:00.000Z');
const terminated = new ContractTerminated(ID, VENDOR, 'done', '2026-03-09', '2026-03-09T00:00:00.000Z');

function given(...history: DomainEvent[]) {
  const contract = new Contract();
  contract.id = ID;
  contract.loadFromHistory(history);
  return {
    when(command: (c: Contract) => void) {
      command(contract);
      return contract.getUncommittedEvents();
    },
  };
}

describe('Contract', () => {
  it('is drafted with its terms', () => {
    const contract = Contract.draft(ID, VENDOR, TERMS, NOW);
    expect(contract.getUncommittedEvents()).toEqual([new ContractDrafted(ID, VENDOR, TERMS, NOW.toISOString())]);
    expect(contract.status).toBe('draft');
  });

  it('refuses an end date that is not after the start date', () => {
    expect(() => Contract.draft(ID, VENDOR, { ...TERMS, endDate: '2026-01-01' }, NOW)).toThrow(BusinessRuleError);
  });

  describe('amend', () => {
    it('records only the changed fields', () => {
      const events = given(drafted).when((c) =>
        c.amend(
          {
            title: 'EU chat',
            goals: { toneGuidelines: 'warm', resolutionStandards: 'first contact' },
            serviceCreditCapPercent: 10,
          },
          NOW,
        ),
      );
      expect(events).toEqual([
        new ContractAmended(
          ID,
          VENDOR,
          { goals: { resolutionStandards: 'first contact' }, serviceCreditCapPercent: 10 },
          NOW.toISOString(),
        ),
      ]);
    });

    it('records nothing when nothing changes', () => {
      expect(given(drafted).when((c) => c.amend({ title: 'EU chat', channels: ['chat', 'email'] }, NOW))).toEqual([]);
    });

    it('merges sections field by field and removes what is set to null', () => {
      const contract = new Contract();
      contract.loadFromHistory([
        drafted,
        new ContractAmended(ID, VENDOR, { goals: { toneGuidelines: null, resolutionStandards: 'fcr' } }, 'x'),
      ]);
      expect(contract.terms.goals).toEqual({ resolutionStandards: 'fcr' });
    });

    it('refuses to remove a required term', () => {
      expect(() => given(drafted).when((c) => c.amend({ title: null }, NOW))).toThrow(BusinessRuleError);
    });

    it('is refused once terminated', () => {
      expect(() => given(drafted, terminated).when((c) => c.amend({ title: 'x' }, NOW))).toThrow(/terminated/);
    });
  });

  describe('sign', () => {
    it('signs a draft with an approved vendor', () => {
      expect(given(drafted).when((c) => c.sign('approved', undefined, NOW))).toEqual([
        new ContractSigned(ID, VENDOR, NOW.toISOString()),
      ]);
    });

    it('refuses a rejected vendor, naming its status', () => {
      expect(() => given(drafted).when((c) => c.sign('rejected', undefined, NOW))).toThrow(
        `Vendor ${VENDOR} is rejected`,
      );
    });

    it('signs only a draft', () => {
      expect(() => given(drafted, signed).when((c) => c.sign('active', undefined, NOW))).toThrow(InvalidStateError);
    });

    it('refuses a signing date in the future', () => {
      expect(() => given(drafted).when((c) => c.sign('active', '2026-04-01T00:00:00Z', NOW))).toThrow(
        BusinessRuleError,
      );
    });
  });

  describe('go live', () => {
    it('takes a signed contract live', () => {
      expect(given(drafted, signed).when((c) => c.goLive('2026-03-06T09:00:00Z', NOW))).toEqual([
        new ContractWentLive(ID, VENDOR, '2026-03-06T09:00:00.000Z'),
      ]);
    });

    it('refuses a draft', () => {
      expect(() => given(drafted).when((c) => c.goLive(undefined, NOW))).toThrow('is draft; only a signed contract');
    });

    it('refuses a live date before the signature', () => {
      expect(() => given(drafted, signed).when((c) => c.goLive('2026-03-01T00:00:00Z', NOW))).toThrow(
        BusinessRuleError,
      );
    });
  });

  it('completes each onboarding milestone once', () => {
    const milestone = new OnboardingMilestoneCompleted(ID, VENDOR, 'shadowing', '2026-03-03T00:00:00.000Z');
    expect(given(drafted).when((c) => c.completeMilestone('shadowing', '2026-03-03T00:00:00Z', NOW))).toEqual([
      milestone,
    ]);
    expect(() => given(drafted, milestone).when((c) => c.completeMilestone('shadowing', undefined, NOW))).toThrow(
      InvalidStateError,
    );
  });

  it('holds governance reviews only when signed or live', () => {
    const review = { heldAt: '2026-03-08T10:00:00Z', attendees: ['ops'], summary: 'ok' };
    expect(given(drafted, signed, live).when((c) => c.holdGovernanceReview(review, NOW))).toEqual([
      new GovernanceReviewHeld(ID, VENDOR, '2026-03-08T10:00:00.000Z', ['ops'], 'ok', []),
    ]);
    expect(() => given(drafted).when((c) => c.holdGovernanceReview(review, NOW))).toThrow(InvalidStateError);
  });

  it('terminates once', () => {
    expect(given(drafted, signed, live).when((c) => c.terminate('done', '2026-04-01', NOW))).toEqual([
      new ContractTerminated(ID, VENDOR, 'done', '2026-04-01', NOW.toISOString()),
    ]);
    expect(() => given(drafted, terminated).when((c) => c.terminate('again', '2026-04-01', NOW))).toThrow(
      InvalidStateError,
    );
  });
});
