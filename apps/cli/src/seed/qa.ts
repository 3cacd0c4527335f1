import { ContractKey, SeededContracts } from './contracts';
import { InteractionRow, unitHash } from './interactions';
import { SeedClient } from './seed-client';

const CRITERIA = [
  { key: 'greeting', label: 'Greeting and identification', weight: 1, maxScore: 2 },
  { key: 'accuracy', label: 'Accurate answer', weight: 3, maxScore: 5, critical: true },
  { key: 'empathy', label: 'Empathy and tone', weight: 2, maxScore: 5 },
  { key: 'resolution', label: 'Resolved or correctly escalated', weight: 3, maxScore: 5 },
  { key: 'data_protection', label: 'Identity checked before account changes', weight: 2, maxScore: 1, critical: true },
  { key: 'next_steps', label: 'Next steps explained', weight: 1, maxScore: 5 },
];

/** How a team's reviews come out: the share of full marks expected, and how often a critical check is failed. */
interface QaPlan {
  reviews: number;
  quality: number;
  autoFailEvery?: number;
}

const PLANS: Partial<Record<ContractKey, QaPlan>> = {
  northwindLive: { reviews: 48, quality: 0.85 },
  atlasLive: { reviews: 16, quality: 0.72, autoFailEvery: 8 },
  bluebirdLive: { reviews: 24, quality: 0.55, autoFailEvery: 6 },
};

export interface QaActors {
  /** Submits the reviews (an admin or a qa_reviewer). */
  reviewer: SeedClient;
  /** A second qa_reviewer: calibrates and settles disputes, which the author of a review may not. */
  lead: SeedClient;
  /** Northwind's own staff: disputes and acknowledges its reviews. */
  northwindStaff: SeedClient;
}

function answers(seed: string, quality: number, autoFail: boolean) {
  return CRITERIA.map(({ key, maxScore }) => {
    if (key === 'next_steps' && unitHash(`${seed}:na`) < 0.2) return { criterionKey: key, score: null };
    if (key === 'data_protection') return { criterionKey: key, score: autoFail ? 0 : 1 };
    const fraction = Math.min(1, Math.max(0, quality + (unitHash(`${seed}:${key}`) - 0.5) * 0.6));
    return { criterionKey: key, score: Math.round(fraction * maxScore) };
  });
}

const reviewOf = (contractId: string, scorecardId: string, row: InteractionRow, extra: object) => ({
  contractId,
  scorecardId,
  interaction: { externalId: row.externalId, channel: row.channel, occurredAt: row.createdAt },
  agentRef: row.agentRef,
  ...extra,
});

/** Reviews of real seeded interactions, spread over the year, so the QA trend has a figure every month. */
async function reviewContract(
  actors: QaActors,
  contractId: string,
  scorecardId: string,
  rows: InteractionRow[],
  plan: QaPlan,
): Promise<string[]> {
  const ids: string[] = [];
  const step = Math.max(1, Math.floor(rows.length / plan.reviews));
  for (let i = 0; i < plan.reviews && i * step < rows.length; i++) {
    const row = rows[i * step];
    const autoFail = plan.autoFailEvery !== undefined && i % plan.autoFailEvery === plan.autoFailEvery - 1;
    const body = reviewOf(contractId, scorecardId, row, {
      answers: answers(String(row.externalId), plan.quality, autoFail),
      comments: autoFail ? 'Changed the account e-mail without checking identity.' : undefined,
    });
    ids.push((await actors.reviewer.post('/qa-reviews', body)).id);
  }
  return ids;
}

/** Two reviewers score the same interactions; their spread shows how consistent the scorecard is applied. */
async function calibrate(
  actors: QaActors,
  contractId: string,
  scorecardId: string,
  rows: InteractionRow[],
): Promise<void> {
  const sessions = [rows[rows.length - 3], rows[rows.length - 40]].filter(Boolean);
  for (const [n, row] of sessions.entries()) {
    const calibrationGroup = `calibration-${String(row.createdAt).slice(0, 7)}-${n + 1}`;
    await actors.reviewer.post(
      '/qa-reviews',
      reviewOf(contractId, scorecardId, row, { answers: answers(`${row.externalId}:a`, 0.8, false), calibrationGroup }),
    );
    await actors.lead.post(
      '/qa-reviews',
      reviewOf(contractId, scorecardId, row, { answers: answers(`${row.externalId}:b`, 0.7, false), calibrationGroup }),
    );
  }
}

/** Northwind disputes three reviews: one upheld, one amended, one still open; it acknowledges the coaching of ten. */
async function disputesAndAcknowledgements(actors: QaActors, reviewIds: string[]): Promise<void> {
  const [upheld, amended, open] = reviewIds.slice(-3);
  for (const id of [upheld, amended, open]) {
    await actors.northwindStaff.post(`/qa-reviews/${id}/disputes`, {
      reason: 'The customer had already verified by SMS code; see the ticket notes.',
    });
  }
  await actors.lead.post(`/qa-reviews/${upheld}/dispute-resolution`, {
    outcome: 'upheld',
    note: 'The SMS code was sent after the change; the score stands.',
  });
  await actors.lead.post(`/qa-reviews/${amended}/dispute-resolution`, {
    outcome: 'amended',
    answers: CRITERIA.map(({ key, maxScore }) => ({ criterionKey: key, score: maxScore })),
    note: 'The verification is in the notes; full marks.',
  });
  for (const id of reviewIds.slice(0, 10)) {
    await actors.northwindStaff.post(`/qa-reviews/${id}/acknowledgement`, { note: 'Coached in the weekly huddle.' });
  }
}

export async function seedQa(
  actors: QaActors,
  contracts: SeededContracts,
  interactions: Partial<Record<ContractKey, InteractionRow[]>>,
): Promise<number> {
  const { id: scorecardId } = await actors.reviewer.post('/scorecards', {
    name: 'Support conversation quality',
    criteria: CRITERIA,
  });
  let submitted = 0;
  for (const [key, plan] of Object.entries(PLANS) as [ContractKey, QaPlan][]) {
    const rows = interactions[key] ?? [];
    if (rows.length === 0) continue;
    const ids = await reviewContract(actors, contracts[key], scorecardId, rows, plan);
    submitted += ids.length;
    if (key === 'northwindLive') {
      await calibrate(actors, contracts[key], scorecardId, rows);
      await disputesAndAcknowledgements(actors, ids);
      submitted += 4;
    }
  }
  return submitted;
}
