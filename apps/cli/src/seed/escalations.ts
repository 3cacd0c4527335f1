import { SeededContracts } from './contracts';
import { SeedClient } from './seed-client';

const level = (notify: string, ackWithinMinutes: number, authority?: string) => ({
  notify,
  ackWithinMinutes,
  ...(authority ? { authority } : {}),
});

/**
 * The escalation ladders, defined before any measurement arrives so that the trigger process opens escalations
 * from the seeded breaches, auto-fails and churn (SPEC §9: triggers react to events, never to reports).
 */
export async function seedEscalationRules(api: SeedClient, contracts: SeededContracts): Promise<void> {
  const rules = [
    {
      contractId: contracts.northwindLive,
      name: 'Two breached weeks in a row',
      trigger: { type: 'sla_breach', consecutiveBreaches: 2 },
      severity: 'high',
      levels: [
        level('vendor-team-lead@northwind-support.example', 120, 'Vendor team lead'),
        level('support-ops@vendorwatch.local', 480, 'Head of Support Operations'),
        level('vp-cx@vendorwatch.local', 1440, 'VP Customer Experience'),
      ],
    },
    {
      contractId: contracts.northwindLive,
      name: 'QA average below 70',
      trigger: { type: 'qa_score_below', threshold: 70, windowDays: 30, minReviews: 10 },
      severity: 'medium',
      levels: [
        level('qa-lead@vendorwatch.local', 1440, 'QA lead'),
        level('support-ops@vendorwatch.local', 2880, 'Head of Support Operations'),
      ],
    },
    {
      contractId: contracts.bluebirdLive,
      name: 'Breach alert',
      trigger: { type: 'sla_breach', consecutiveBreaches: 3 },
      severity: 'high',
      levels: [level('ops-inbox@vendorwatch.local', 5)],
    },
    {
      contractId: contracts.bluebirdLive,
      name: 'Critical QA failures',
      trigger: { type: 'qa_auto_fail', count: 2, windowDays: 30 },
      severity: 'critical',
      levels: [
        level('qa-lead@vendorwatch.local', 60, 'QA lead'),
        level('support-ops@vendorwatch.local', 240, 'Head of Support Operations'),
      ],
    },
    {
      contractId: contracts.bluebirdLive,
      name: 'Agent churn above 60 %',
      trigger: { type: 'attrition_above', annualizedPercent: 60 },
      severity: 'medium',
      levels: [
        level('vendor-manager@vendorwatch.local', 2880, 'Vendor manager'),
        level('procurement@vendorwatch.local', 10080, 'Procurement director'),
      ],
    },
    {
      contractId: contracts.atlasLive,
      name: 'Two breached weeks in a row',
      trigger: { type: 'sla_breach', consecutiveBreaches: 2 },
      severity: 'high',
      levels: [
        level('atlas-duty-manager@atlas-bpo.example', 240, 'Atlas duty manager'),
        level('support-ops@vendorwatch.local', 1440, 'Head of Support Operations'),
      ],
    },
  ];
  for (const rule of rules) await api.post('/escalation-rules', rule);
}

interface EscalationItem {
  id: string;
  contractId: string;
  status: string;
}

/** Operations at work: Northwind's escalations acknowledged, Atlas's first one resolved, Bluebird's left open. */
export async function handleEscalations(
  api: SeedClient,
  contracts: SeededContracts,
): Promise<{ open: number; acknowledged: number; resolved: number }> {
  await api.settle();
  const open = (await api.get<{ items: EscalationItem[] }>('/escalations?status=open&limit=200')).items;
  let acknowledged = 0;
  let resolved = 0;
  for (const escalation of open.filter((e) => e.contractId === contracts.northwindLive)) {
    await api.post(`/escalations/${escalation.id}/acknowledge`, {
      note: 'Vendor added two agents to the morning shift; watching next week.',
    });
    acknowledged++;
  }
  const atlas = open.find((e) => e.contractId === contracts.atlasLive);
  if (atlas) {
    await api.post(`/escalations/${atlas.id}/resolve`, {
      resolution: 'Staffing plan agreed in the governance review; weekly check-ins until two met weeks.',
    });
    resolved++;
  }
  return { open: open.length - acknowledged - resolved, acknowledged, resolved };
}
