import { StoredEvent } from '@vendorwatch/event-store';
import { ContractQaFacts, disputeWindowDays, foldContractQaFacts } from './contract-qa-facts';

const drafted = (qaPlan?: object) => ({
  type: 'ContractDrafted',
  data: { contractId: 'c-1', vendorId: 'v-1', title: 'EU chat', ...(qaPlan ? { qaPlan } : {}) },
});
const amended = (changes: object) => ({
  type: 'ContractAmended',
  data: { contractId: 'c-1', vendorId: 'v-1', changes },
});
const fold = (...events: { type: string; data: object }[]) =>
  events.reduce<ContractQaFacts | undefined>(
    (facts, event) => foldContractQaFacts(facts, event as StoredEvent),
    undefined,
  )!;

describe('contract QA facts', () => {
  it('defaults the dispute window to 14 days when the contract has no qaPlan', () => {
    expect(fold(drafted())).toEqual({ contractId: 'c-1', vendorId: 'v-1', disputeWindowDays: null });
    expect(disputeWindowDays(fold(drafted()))).toBe(14);
  });

  it('takes the drafted window and follows amendments field by field', () => {
    expect(disputeWindowDays(fold(drafted({ disputeWindowDays: 7 })))).toBe(7);
    expect(
      disputeWindowDays(fold(drafted({ disputeWindowDays: 7 }), amended({ qaPlan: { monthlyReviewTarget: 10 } }))),
    ).toBe(7);
    expect(
      disputeWindowDays(fold(drafted({ disputeWindowDays: 7 }), amended({ qaPlan: { disputeWindowDays: 3 } }))),
    ).toBe(3);
    expect(
      disputeWindowDays(fold(drafted({ disputeWindowDays: 7 }), amended({ qaPlan: { disputeWindowDays: null } }))),
    ).toBe(14);
    expect(disputeWindowDays(fold(drafted({ disputeWindowDays: 7 }), amended({ qaPlan: null })))).toBe(14);
    expect(disputeWindowDays(fold(drafted({ disputeWindowDays: 7 }), amended({ title: 'renamed' })))).toBe(7);
  });

  it('knows no contract before it is drafted', () => {
    expect(
      foldContractQaFacts(undefined, amended({ qaPlan: { disputeWindowDays: 3 } }) as StoredEvent),
    ).toBeUndefined();
  });
});
