import { Queryable, queryRows } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { vendorRisk } from '../domain/checklist/checklist';
import { ContractChecklistFacts, VendorChecklistFacts } from '../domain/checklist/checklist-facts';
import { scoreVendor } from '../domain/reports/vendor-ranking';

export const VENDOR_RANKING_TABLE = 'reporting_vendor_ranking';

/**
 * A vendor's ranking inputs that do not depend on the report's window, and its composite without SLA and QA figures
 * (`base_…`, how it ranks in a window where it has none); the checklist's figures hold until `stale_at`.
 */
export interface VendorRankingRow {
  vendor_id: string;
  name: string;
  status: string;
  risk_score: number;
  grade: string;
  attrition_percent: number | null;
  base_components: number;
  base_composite: number;
  evaluated_at: string;
  stale_at: string | null;
}

interface FactsRow<F> {
  doc: F;
}

/** The ranking rows of the given vendors, evaluated at `now` from the checklist facts `db` holds. */
export async function vendorRankingRows(db: Queryable, vendorIds: string[], now: Date): Promise<VendorRankingRow[]> {
  const vendors = await queryRows<FactsRow<VendorChecklistFacts>>(
    db,
    `SELECT doc FROM reporting_vendor_facts WHERE id = ANY($1)`,
    [vendorIds],
  );
  const contracts = await queryRows<FactsRow<ContractChecklistFacts>>(
    db,
    `SELECT doc FROM reporting_contract_facts WHERE vendor_id = ANY($1) AND status <> 'terminated'`,
    [vendorIds],
  );
  const contractsOf = new Map<string, ContractChecklistFacts[]>();
  for (const { doc } of contracts) contractsOf.set(doc.vendorId, [...(contractsOf.get(doc.vendorId) ?? []), doc]);
  return vendors.map(({ doc }) => {
    const risk = vendorRisk(doc, contractsOf.get(doc.vendorId) ?? [], now);
    const attrition = doc.roster?.annualizedAttritionPercent ?? null;
    const unmeasured = scoreVendor({
      vendorId: doc.vendorId,
      name: doc.name,
      status: doc.status,
      slaAttainmentRate: null,
      qaAverageScore: null,
      riskScore: risk.riskScore,
      grade: risk.grade,
      annualizedAttritionPercent: attrition,
    });
    return {
      vendor_id: doc.vendorId,
      name: doc.name,
      status: doc.status,
      risk_score: risk.riskScore,
      grade: risk.grade,
      attrition_percent: attrition,
      base_components: unmeasured.componentsWithData,
      base_composite: unmeasured.composite,
      evaluated_at: now.toISOString(),
      stale_at: risk.changesAt?.toISOString() ?? null,
    };
  });
}

/**
 * Re-evaluates the ranking rows of `vendorIds` in the transaction of `manager`, after its own facts writes. Both
 * facts projections and the refresh job write these rows; a transaction lock per vendor makes each writer wait for
 * the previous one to commit, so the last writer reads the others' committed facts and its row is current.
 */
export async function refreshVendorRanking(manager: EntityManager, vendorIds: string[], now: Date): Promise<void> {
  if (vendorIds.length === 0) return;
  const ids = [...new Set(vendorIds)];
  await manager.query(
    `SELECT pg_advisory_xact_lock(key) FROM (
       SELECT DISTINCT hashtextextended('${VENDOR_RANKING_TABLE}:' || id, 0) AS key FROM unnest($1::text[]) AS id
     ) AS keys ORDER BY key`,
    [ids],
  );
  const rows = await vendorRankingRows(manager, ids, now);
  const kept = rows.map((row) => row.vendor_id);
  await manager.query(`DELETE FROM ${VENDOR_RANKING_TABLE} WHERE vendor_id = ANY($1) AND NOT vendor_id = ANY($2)`, [
    ids,
    kept,
  ]);
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  await manager.query(
    `INSERT INTO ${VENDOR_RANKING_TABLE} (${columns.join(', ')})
     SELECT ${columns.join(', ')} FROM jsonb_populate_recordset(NULL::${VENDOR_RANKING_TABLE}, $1::jsonb)
     ON CONFLICT (vendor_id) DO UPDATE SET ${columns
       .filter((c) => c !== 'vendor_id')
       .map((c) => `${c} = EXCLUDED.${c}`)
       .join(', ')}`,
    [JSON.stringify(rows)],
  );
}

/** Vendors whose stored checklist figures do not hold at `now` (stale, or evaluated at a later clock). */
export async function staleVendorIds(db: Queryable, now: Date, limit?: number): Promise<string[]> {
  const rows = await queryRows<{ vendorId: string }>(
    db,
    `SELECT vendor_id AS "vendorId" FROM ${VENDOR_RANKING_TABLE} WHERE stale_at <= $1 OR evaluated_at > $1
     ${limit === undefined ? '' : `LIMIT ${limit}`}`,
    [now],
  );
  return rows.map((r) => r.vendorId);
}
