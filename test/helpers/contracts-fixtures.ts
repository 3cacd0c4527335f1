import { bearer } from './auth';
import { TestApp } from './test-app';
import { vendorBody } from './vendors-fixtures';

let vendorCount = 0;

/** A vendor registered (and, unless `prospect`, decided) through the vendors API; answers its id. */
export async function vendorIn(
  t: TestApp,
  procurementToken: string,
  status: 'prospect' | 'approved' | 'rejected',
): Promise<string> {
  const post = (path: string, body: object) =>
    t.http.post(`/api/v1${path}`).set(bearer(procurementToken)).send(body).expect(201);
  const registered = await post(
    '/vendors',
    vendorBody(`Contract Vendor ${++vendorCount} ${Date.now()}`, { channels: ['chat', 'email'], languages: ['en'] }),
  );
  const id = registered.body.id;
  if (status === 'approved') {
    await post(`/vendors/${id}/evaluations`, {
      criteria: [{ key: 'qa_discipline', score: 4, weight: 1 }],
      pricing: { model: 'per_hour', rate: { amount: 14.5, currency: 'USD' } },
    });
    await post(`/vendors/${id}/approve`, { rationale: 'Strong QA discipline.' });
  }
  if (status === 'rejected') await post(`/vendors/${id}/reject`, { reason: 'No references.' });
  return id;
}

/** The required terms only. */
export function minimalContract(vendorId: string, overrides: Record<string, unknown> = {}) {
  return {
    vendorId,
    title: 'EU chat & email support',
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    channels: ['chat', 'email'],
    monthlyFee: { amount: 50000, currency: 'USD' },
    ...overrides,
  };
}

/** Every section of SPEC §4, filled in. */
export const ALL_SECTIONS = {
  serviceCreditCapPercent: 15,
  goals: {
    responseTimeTargets: 'Chat first response within 1 minute, email within 1 hour',
    escalationBoundaries: 'Refunds above 500 USD go to tier 2',
    toneGuidelines: 'Warm, plain English',
    resolutionStandards: 'Resolve on first contact where possible',
  },
  coverage: {
    demand: {
      timezone: 'America/New_York',
      windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '20:00' }],
    },
    vendorShifts: [{ timezone: 'Asia/Manila', days: ['mon', 'tue'], start: '20:00', end: '08:00' }],
    overlapHoursWithInternalTeam: 2,
    weekendRule: 'Email only, answered Monday',
    escalationWindow: 'Tier 2 on call 08:00-22:00 ET',
  },
  scalePlan: {
    forecastMonthlyVolume: 40000,
    peakMultiplier: 1.8,
    elasticStaffingPercent: 30,
    overflowProcedure: 'Overflow to email',
    surgeNoticeHours: 72,
  },
  integration: {
    customerHistoryAccess: true,
    internalNotesAccess: true,
    productUpdatesFeed: false,
    knowledgeBaseAccess: true,
  },
  governance: {
    reviewCadenceDays: 30,
    reportingCadence: 'weekly',
    ownershipBoundaries: 'We own the macros; they own staffing',
  },
  qaPlan: { monthlyReviewTarget: 200, calibrationCadenceDays: 30, disputeWindowDays: 14 },
};

/** A weekly first-response SLA: below 90 % within an hour is a breach, 5 % of the monthly fee its credit. */
export const FIRST_RESPONSE_SLA = {
  name: 'First response within 1h',
  metric: 'first_response_time',
  objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
  period: 'week',
  minimumSample: 30,
  serviceCreditPercent: 5,
};
