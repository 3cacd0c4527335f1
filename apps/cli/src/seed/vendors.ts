import { SeedClient } from './seed-client';

/** The demo vendors, one per state a procurement team meets (SPEC §3). */
export type VendorKey = 'northwind' | 'bluebird' | 'meridian' | 'atlas' | 'cheapcall' | 'harbor';

type Outcome = 'positive' | 'neutral' | 'negative';

interface VendorPlan {
  key: VendorKey;
  registration: Record<string, unknown>;
  /** score per standard criterion key; the weight of each is in WEIGHTS. */
  scores: Record<string, number>;
  weights?: Record<string, number>;
  rate: number;
  references: [string, Outcome][];
  verified: string[];
  decision?: { approve: string } | { reject: string };
}

/** The first vendor registered: the seed looks it up to refuse a second run into the same database. */
export const FIRST_VENDOR_NAME = 'Northwind Support Services';

const BALANCED = { price: 2, training_depth: 2, qa_discipline: 2, escalation_handling: 2, operational_maturity: 2 };
const DILIGENCE = [
  'case_handling_review',
  'qa_process',
  'peak_volume_handling',
  'change_management',
  'security_review',
  'escalation_process',
];

const site = (city: string, country: string, timezone: string) => ({ city, country, timezone });

const PLANS: VendorPlan[] = [
  {
    key: 'northwind',
    registration: {
      name: FIRST_VENDOR_NAME,
      legalName: 'Northwind Support Services Inc.',
      website: 'https://northwind-support.example',
      country: 'PH',
      channels: ['chat', 'email', 'voice'],
      languages: ['en', 'es', 'fil'],
      sites: [site('Manila', 'PH', 'Asia/Manila'), site('Cebu City', 'PH', 'Asia/Manila')],
    },
    scores: { price: 3, training_depth: 5, qa_discipline: 4, escalation_handling: 4, operational_maturity: 5 },
    rate: 14.5,
    references: [
      ['Lumen Telecom', 'positive'],
      ['Brightpath Retail', 'positive'],
      ['Okta Insurance', 'neutral'],
    ],
    verified: DILIGENCE,
    decision: { approve: 'Strongest training and QA discipline of the shortlist; price within budget.' },
  },
  {
    key: 'bluebird',
    registration: {
      name: 'Bluebird Contact Centers',
      website: 'https://bluebird-cc.example',
      country: 'IN',
      channels: ['voice', 'email'],
      languages: ['en', 'hi'],
      sites: [site('Pune', 'IN', 'Asia/Kolkata')],
    },
    scores: { price: 5, qa_discipline: 2, operational_maturity: 3 },
    weights: { price: 5, qa_discipline: 2, operational_maturity: 2 },
    rate: 9.8,
    references: [['Carver Logistics', 'neutral']],
    verified: ['case_handling_review'],
    decision: { approve: 'Cheapest voice overflow offer; approved for a 12-month trial.' },
  },
  {
    key: 'meridian',
    registration: {
      name: 'Meridian CX',
      website: 'https://meridian-cx.example',
      country: 'MY',
      channels: ['email', 'chat'],
      languages: ['en', 'ms', 'zh'],
      sites: [site('Kuala Lumpur', 'MY', 'Asia/Kuala_Lumpur')],
    },
    scores: { price: 3, training_depth: 4, qa_discipline: 4, escalation_handling: 3, operational_maturity: 4 },
    rate: 13.2,
    references: [
      ['Nimbus Software', 'positive'],
      ['Paloma Travel', 'positive'],
    ],
    verified: ['case_handling_review', 'qa_process', 'peak_volume_handling', 'change_management'],
    decision: { approve: 'Good fit for APAC email; contract signed, onboarding under way.' },
  },
  {
    key: 'atlas',
    registration: {
      name: 'Atlas BPO',
      website: 'https://atlas-bpo.example',
      country: 'PL',
      channels: ['chat', 'email', 'social'],
      languages: ['en', 'de', 'pl'],
      sites: [site('Kraków', 'PL', 'Europe/Warsaw')],
    },
    scores: { price: 3, training_depth: 3, qa_discipline: 3, escalation_handling: 4, operational_maturity: 3 },
    rate: 18.9,
    references: [
      ['Vega Banking', 'positive'],
      ['Orbit Games', 'negative'],
    ],
    verified: ['case_handling_review', 'qa_process'],
    decision: { approve: 'EU languages in one site; references mixed, watch QA.' },
  },
  {
    key: 'cheapcall',
    registration: {
      name: 'CheapCall Outsourcing',
      country: 'EG',
      channels: ['voice'],
      languages: ['en', 'ar'],
      sites: [site('Cairo', 'EG', 'Africa/Cairo')],
    },
    scores: { price: 5, operational_maturity: 2 },
    weights: { price: 8, operational_maturity: 1 },
    rate: 6.4,
    references: [['Unnamed retailer', 'negative']],
    verified: [],
    decision: { reject: 'Only the price stood out; no QA process and a negative reference.' },
  },
  {
    key: 'harbor',
    registration: {
      name: 'Harbor Helpdesk',
      website: 'https://harbor-helpdesk.example',
      country: 'ZA',
      channels: ['chat', 'email'],
      languages: ['en', 'af'],
      sites: [site('Cape Town', 'ZA', 'Africa/Johannesburg')],
    },
    scores: { price: 4, training_depth: 3, qa_discipline: 3, escalation_handling: 3, operational_maturity: 3 },
    rate: 11.0,
    references: [['Sable Health', 'positive']],
    verified: ['qa_process'],
  },
];

export type SeededVendors = Record<VendorKey, string>;

async function seedVendor(api: SeedClient, plan: VendorPlan, now: Date): Promise<string> {
  const { id } = await api.post('/vendors', plan.registration);
  const weights = plan.weights ?? BALANCED;
  const criteria = Object.entries(plan.scores).map(([key, score]) => ({
    key,
    score,
    weight: weights[key as keyof typeof weights] ?? 1,
  }));
  const evaluatedAt = new Date(now.getTime() - 400 * 24 * 3600 * 1000).toISOString();
  await api.post(`/vendors/${id}/evaluations`, {
    criteria,
    pricing: { model: 'per_hour', rate: { amount: plan.rate, currency: 'USD' } },
    evaluatedAt,
  });
  for (const [company, outcome] of plan.references) {
    await api.post(`/vendors/${id}/reference-checks`, { company, contactRole: 'Head of Customer Support', outcome });
  }
  for (const item of plan.verified) await api.post(`/vendors/${id}/due-diligence`, { item, outcome: 'verified' });
  if (plan.key === 'bluebird')
    await api.post(`/vendors/${id}/due-diligence`, {
      item: 'peak_volume_handling',
      outcome: 'concerns',
      notes: 'No surge plan shown.',
    });
  if (plan.decision && 'approve' in plan.decision)
    await api.post(`/vendors/${id}/approve`, { rationale: plan.decision.approve });
  if (plan.decision && 'reject' in plan.decision)
    await api.post(`/vendors/${id}/reject`, { reason: plan.decision.reject });
  return id;
}

export async function seedVendors(api: SeedClient, now: Date): Promise<SeededVendors> {
  const ids: Partial<SeededVendors> = {};
  for (const plan of PLANS) ids[plan.key] = await seedVendor(api, plan, now);
  return ids as SeededVendors;
}

/** Monthly roster reports for the last 12 months: low churn at Northwind, alarming churn at Bluebird. */
export async function seedRosters(api: SeedClient, vendors: SeededVendors, now: Date): Promise<void> {
  const churn: Partial<Record<VendorKey, { headcount: number; leavers: number }>> = {
    northwind: { headcount: 140, leavers: 2 },
    atlas: { headcount: 60, leavers: 2 },
    bluebird: { headcount: 80, leavers: 5 },
  };
  for (const [key, roster] of Object.entries(churn) as [VendorKey, { headcount: number; leavers: number }][]) {
    for (let back = 12; back >= 1; back--) {
      const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
      const leavers = roster.leavers + (back % 3 === 0 ? 1 : 0);
      await api.post(`/vendors/${vendors[key]}/roster-reports`, {
        month,
        headcountStart: roster.headcount,
        headcountEnd: roster.headcount + 1,
        leavers,
        hires: leavers + 1,
        avgTenureMonths: key === 'bluebird' ? 5 : 19,
        trainingHoursPerNewHire: key === 'bluebird' ? 16 : 60,
      });
    }
  }
}

export async function suspendVendor(api: SeedClient, vendorId: string): Promise<void> {
  await api.post(`/vendors/${vendorId}/suspend`, {
    reason: 'Data-protection audit found agents sharing logins; suspended until fixed.',
  });
}
