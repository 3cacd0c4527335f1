import { SeedClient } from './seed-client';
import { dateDaysAgo, daysAgo } from './seed-time';
import { SeededVendors } from './vendors';

export type ContractKey = 'northwindLive' | 'harborDraft' | 'bluebirdLive' | 'meridianSigned' | 'atlasLive';
export type SeededContracts = Record<ContractKey, string>;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const MILESTONES = ['product_walkthrough', 'real_case_training', 'shadowing', 'documentation_access'];
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** Every section of SPEC §4 filled in: the contract procurement would hold up as the example. */
function completeTerms(now: Date) {
  return {
    title: 'Global chat & email support',
    startDate: dateDaysAgo(now, 380),
    endDate: dateDaysAgo(now, -350),
    channels: ['chat', 'email'],
    monthlyFee: usd(62000),
    serviceCreditCapPercent: 15,
    goals: {
      responseTimeTargets:
        'First response within 4 hours for 60 % of tickets each week; resolution within 48 hours for 90 %.',
      escalationBoundaries: 'Refunds above 200 USD, legal threats and outages go to our tier-2 team within 30 minutes.',
      toneGuidelines: 'Warm, plain English; no scripts read aloud; the customer’s name in the first reply.',
      resolutionStandards:
        'A ticket is resolved when the customer confirms or 72 hours pass without reply after a fix.',
    },
    coverage: {
      demand: { timezone: 'America/New_York', windows: [{ days: WEEKDAYS, start: '08:00', end: '20:00' }] },
      vendorShifts: [
        { timezone: 'Asia/Manila', days: WEEKDAYS, start: '19:00', end: '03:00' },
        { timezone: 'Asia/Manila', days: ['tue', 'wed', 'thu', 'fri', 'sat'], start: '02:00', end: '10:00' },
      ],
      overlapHoursWithInternalTeam: 2,
      weekendRule: 'Saturday email backlog cleared by a four-agent shift; urgent tickets paged to the on-call lead.',
      escalationWindow: 'Tier-2 reachable 08:00–22:00 New York time, on-call outside.',
    },
    scalePlan: {
      forecastMonthlyVolume: 30000,
      peakMultiplier: 1.6,
      elasticStaffingPercent: 35,
      overflowProcedure: 'Cebu site takes overflow within 2 hours.',
      surgeNoticeHours: 72,
    },
    integration: {
      customerHistoryAccess: true,
      internalNotesAccess: true,
      productUpdatesFeed: true,
      knowledgeBaseAccess: true,
    },
    governance: {
      reviewCadenceDays: 30,
      reportingCadence: 'weekly',
      ownershipBoundaries:
        'Vendor owns staffing and first-line answers; we own policy, refunds and the knowledge base.',
    },
    qaPlan: { monthlyReviewTarget: 40, calibrationCadenceDays: 30, disputeWindowDays: 14 },
  };
}

/** A cheap deal signed in a hurry: goals half written, no scale plan, little integration, no ownership split. */
function thinTerms(now: Date) {
  return {
    title: 'US voice overflow',
    startDate: dateDaysAgo(now, 375),
    endDate: dateDaysAgo(now, -90),
    channels: ['voice', 'email'],
    monthlyFee: usd(38000),
    serviceCreditCapPercent: 10,
    goals: { responseTimeTargets: 'Answer quickly.', toneGuidelines: 'Polite.' },
    coverage: {
      demand: { timezone: 'America/Chicago', windows: [{ days: WEEKDAYS, start: '08:00', end: '18:00' }] },
      vendorShifts: [{ timezone: 'Asia/Kolkata', days: WEEKDAYS, start: '18:00', end: '02:00' }],
    },
    scalePlan: { forecastMonthlyVolume: 12000 },
    integration: {
      customerHistoryAccess: true,
      internalNotesAccess: false,
      productUpdatesFeed: false,
      knowledgeBaseAccess: false,
    },
    governance: { reviewCadenceDays: 14, reportingCadence: 'monthly' },
    qaPlan: { monthlyReviewTarget: 100, calibrationCadenceDays: 30 },
  };
}

async function draft(api: SeedClient, vendorId: string, terms: object): Promise<string> {
  return (await api.post('/contracts', { vendorId, ...terms })).id;
}

/** Signed, onboarded (the given milestones, before go-live) and live since `liveDaysAgo`, with governance reviews. */
async function takeLive(
  api: SeedClient,
  id: string,
  now: Date,
  plan: { liveDaysAgo: number; milestones: string[]; reviewsEveryDays: number; lastReviewDaysAgo: number },
) {
  await api.post(`/contracts/${id}/sign`, { signedAt: daysAgo(now, plan.liveDaysAgo + 30) });
  for (const [i, milestone] of plan.milestones.entries()) {
    await api.post(`/contracts/${id}/onboarding-milestones`, {
      milestone,
      completedAt: daysAgo(now, plan.liveDaysAgo + 20 - i * 5),
    });
  }
  await api.post(`/contracts/${id}/go-live`, { liveAt: daysAgo(now, plan.liveDaysAgo) });
  for (let held = plan.lastReviewDaysAgo; held < plan.liveDaysAgo; held += plan.reviewsEveryDays) {
    await api.post(`/contracts/${id}/governance-reviews`, {
      heldAt: daysAgo(now, held),
      attendees: ['Head of Support Operations', 'Vendor account manager', 'QA lead'],
      summary: 'Reviewed weekly SLA figures, QA trend and staffing for the next month.',
      actionItems: ['Refresh the refund macro', 'Share the release calendar with the vendor'],
    });
  }
}

export async function seedContracts(api: SeedClient, vendors: SeededVendors, now: Date): Promise<SeededContracts> {
  const northwindLive = await draft(api, vendors.northwind, completeTerms(now));
  await takeLive(api, northwindLive, now, {
    liveDaysAgo: 368,
    milestones: MILESTONES,
    reviewsEveryDays: 30,
    lastReviewDaysAgo: 9,
  });

  const harborDraft = await draft(api, vendors.harbor, {
    title: 'Weekend chat pilot',
    startDate: dateDaysAgo(now, -45),
    endDate: dateDaysAgo(now, -225),
    channels: ['chat'],
    monthlyFee: usd(9000),
    goals: {
      responseTimeTargets: 'Reply to chats within 2 minutes on weekends.',
      toneGuidelines: 'Friendly, brand voice guide v3.',
    },
  });

  const bluebirdLive = await draft(api, vendors.bluebird, thinTerms(now));
  await takeLive(api, bluebirdLive, now, {
    liveDaysAgo: 366,
    milestones: ['product_walkthrough', 'shadowing'],
    reviewsEveryDays: 90,
    lastReviewDaysAgo: 61,
  });

  const meridianTerms = completeTerms(now);
  const meridianShifts = meridianTerms.coverage.vendorShifts.map((shift) => ({
    ...shift,
    timezone: 'Asia/Kuala_Lumpur',
  }));
  const meridianSigned = await draft(api, vendors.meridian, {
    ...meridianTerms,
    title: 'APAC email support',
    startDate: dateDaysAgo(now, -14),
    endDate: dateDaysAgo(now, -740),
    channels: ['email'],
    monthlyFee: usd(27000),
    coverage: { ...meridianTerms.coverage, vendorShifts: meridianShifts },
  });
  await api.post(`/contracts/${meridianSigned}/sign`, { signedAt: daysAgo(now, 20) });
  for (const milestone of MILESTONES.slice(0, 2))
    await api.post(`/contracts/${meridianSigned}/onboarding-milestones`, { milestone, completedAt: daysAgo(now, 6) });

  const atlasTerms = completeTerms(now);
  const atlasLive = await draft(api, vendors.atlas, {
    ...atlasTerms,
    title: 'EU multilingual chat',
    channels: ['chat', 'social'],
    monthlyFee: usd(45000),
    coverage: {
      ...atlasTerms.coverage,
      demand: { timezone: 'Europe/Berlin', windows: [{ days: WEEKDAYS, start: '08:00', end: '20:00' }] },
      vendorShifts: [{ timezone: 'Europe/Warsaw', days: WEEKDAYS, start: '07:30', end: '20:30' }],
    },
    integration: {
      customerHistoryAccess: true,
      internalNotesAccess: true,
      productUpdatesFeed: false,
      knowledgeBaseAccess: true,
    },
  });
  await takeLive(api, atlasLive, now, {
    liveDaysAgo: 367,
    milestones: MILESTONES,
    reviewsEveryDays: 45,
    lastReviewDaysAgo: 40,
  });

  return { northwindLive, harborDraft, bluebirdLive, meridianSigned, atlasLive };
}
