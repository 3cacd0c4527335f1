import { ContractKey, SeededContracts } from './contracts';
import { unitHash } from './interactions';
import { SeedClient } from './seed-client';

type Objective =
  { kind: 'attainment'; thresholdMinutes: number; targetPercent: number } | { kind: 'min' | 'max'; target: number };

interface SlaPlan {
  name: string;
  metric: string;
  objective: Objective;
  serviceCreditPercent: number;
  /** Measured weekly by operations (POST /slas/:id/measurements) rather than computed from interactions. */
  manual?: { typical: number; spread: number };
}

const firstResponse = (targetPercent: number, credit = 5): SlaPlan => ({
  name: 'First response within 4 hours',
  metric: 'first_response_time',
  objective: { kind: 'attainment', thresholdMinutes: 240, targetPercent },
  serviceCreditPercent: credit,
});
const resolution = (targetPercent: number, credit = 5): SlaPlan => ({
  name: 'Resolution within 48 hours',
  metric: 'resolution_time',
  objective: { kind: 'attainment', thresholdMinutes: 2880, targetPercent },
  serviceCreditPercent: credit,
});
const csat = (target: number): SlaPlan => ({
  name: 'Satisfied customers (CSAT 4–5)',
  metric: 'csat',
  objective: { kind: 'min', target },
  serviceCreditPercent: 2,
});
const adherence = (typical: number): SlaPlan => ({
  name: 'Schedule adherence (vendor WFM report)',
  metric: 'custom',
  objective: { kind: 'min', target: 90 },
  serviceCreditPercent: 1,
  manual: { typical, spread: 8 },
});

/** The SLAs of each contract; Bluebird's first-response SLA carries no credit, which the checklist notices. */
const PLANS: Partial<Record<ContractKey, SlaPlan[]>> = {
  northwindLive: [firstResponse(60), resolution(85), csat(70), adherence(94)],
  bluebirdLive: [firstResponse(60, 0), resolution(80), csat(70)],
  atlasLive: [firstResponse(55), resolution(80), csat(65), adherence(90)],
  meridianSigned: [firstResponse(70), resolution(85)],
};

export const MINIMUM_SAMPLE = 20;

export interface SeededSla {
  id: string;
  contractKey: ContractKey;
  plan: SlaPlan;
}

export async function seedSlas(api: SeedClient, contracts: SeededContracts): Promise<SeededSla[]> {
  const seeded: SeededSla[] = [];
  for (const [contractKey, plans] of Object.entries(PLANS) as [ContractKey, SlaPlan[]][]) {
    for (const plan of plans) {
      const { name, metric, objective, serviceCreditPercent } = plan;
      const { id } = await api.post(`/contracts/${contracts[contractKey]}/slas`, {
        name,
        metric,
        objective,
        serviceCreditPercent,
        period: 'week',
        minimumSample: MINIMUM_SAMPLE,
      });
      seeded.push({ id, contractKey, plan });
    }
  }
  return seeded;
}

/** Operations' weekly figures for the manual SLAs, one per seeded week, varying around the vendor's typical value. */
export async function recordManualMeasurements(
  api: SeedClient,
  slas: SeededSla[],
  weeks: { start: number; end: number },
): Promise<number> {
  let recorded = 0;
  for (const { id, plan } of slas) {
    if (!plan.manual) continue;
    for (let start = weeks.start; start < weeks.end; start += 7 * 24 * 3600 * 1000) {
      const periodStart = new Date(start).toISOString().slice(0, 10);
      const value = Math.min(
        100,
        Math.round((plan.manual.typical + (unitHash(`${id}:${periodStart}`) - 0.5) * 2 * plan.manual.spread) * 10) / 10,
      );
      await api.post(`/slas/${id}/measurements`, { periodStart, value, sampleSize: 400, source: 'manual' });
      recorded++;
    }
  }
  return recorded;
}
