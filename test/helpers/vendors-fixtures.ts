import { EventStore } from '@vendorwatch/event-store';
import { TestApp } from './test-app';

/** A valid registration body; override any field. */
export function vendorBody(name: string, overrides: Record<string, unknown> = {}) {
  return {
    name,
    legalName: `${name} Ltd`,
    website: 'https://vendor.example',
    country: 'PH',
    channels: ['voice', 'chat'],
    languages: ['en', 'fil'],
    sites: [{ city: 'Manila', country: 'PH', timezone: 'Asia/Manila' }],
    ...overrides,
  };
}

export const EVALUATION = {
  criteria: [
    { key: 'price', score: 3, weight: 2 },
    { key: 'training_depth', score: 5, weight: 1 },
    { key: 'qa_discipline', score: 4, weight: 3, notes: 'weekly calibration' },
    { key: 'escalation_handling', score: 4, weight: 2 },
  ],
  pricing: { model: 'per_hour', rate: { amount: 14.5, currency: 'USD' } },
  evaluatedAt: '2026-02-20T10:00:00.000Z',
};

/** Appends the contracts context's facts (its event shapes) that the vendors context reacts to. */
export async function contractGoesLive(t: TestApp, vendorId: string, contractId: string): Promise<string> {
  const result = await t.app.get(EventStore).append({ id: contractId, type: 'Contract' }, 0, [
    {
      type: 'ContractDrafted',
      schemaVersion: 1,
      data: {
        contractId,
        vendorId,
        title: 'Tier-1 support',
        startDate: '2026-03-01',
        endDate: '2027-02-28',
        channels: ['voice'],
        monthlyFee: { amount: 50000, currency: 'USD' },
        draftedAt: '2026-02-25T00:00:00.000Z',
      },
    },
    { type: 'ContractWentLive', schemaVersion: 1, data: { contractId, vendorId, liveAt: '2026-03-01T00:00:00.000Z' } },
  ]);
  return result.position;
}
