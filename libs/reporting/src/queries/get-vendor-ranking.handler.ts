import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock, InjectReadDatabase, pageOf, queryRow, queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { RANKING_METHOD, RANKING_WEIGHTS, RankingInput, scoreVendor } from '../domain/reports/vendor-ranking';
import { staleVendorIds, VENDOR_RANKING_TABLE, vendorRankingRows } from '../projections/vendor-ranking.rows';
import { GetVendorRankingQuery } from './get-vendor-ranking.query';
import { reportPeriod } from './report-period';

/** Vendors that can still be worked with: rejected and offboarded ones are not ranked. */
const RANKED = `status NOT IN ('rejected', 'offboarded')`;

/** The collation of `String.prototype.localeCompare` in the API's locale, for ties on composite. */
const NAME_ORDER = `name COLLATE "en-US-x-icu"`;

const W = RANKING_WEIGHTS;

/**
 * The ranked vendors of one page. A vendor without SLA or QA figures in the window, whose stored checklist still
 * holds, ranks by the composite stored with its row (`base_composite`), from the ranking index. The others (measured
 * in the window, or restated here because the clock made their checklist stale since the refresh job last ran) get
 * their composite computed below in float8 exactly as `scoreVendor` computes it (same operations in the same order,
 * `reporting_round` for `Math.round`; QA scores summed per contract and month and then in float8, as
 * `performanceOf` sums `performanceCells`). Both lists are merged in the order of RANKING_METHOD.
 */
const RANKING_PAGE = `
  WITH sla AS (
    SELECT vendor_id, count(*) FILTER (WHERE outcome = 'met') AS met, count(*) FILTER (WHERE outcome = 'breached') AS breached
    FROM reporting_sla_periods WHERE NOT provisional AND period_start BETWEEN $1::date AND $2::date GROUP BY 1
  ), qa_months AS (
    SELECT vendor_id, contract_id, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
           count(*) AS reviews, sum(score)::float8 AS score_sum
    FROM reporting_qa_reviews WHERE occurred_at >= $1::date AND occurred_at < $2::date + 1 GROUP BY 1, 2, 3
  ), qa AS (
    SELECT vendor_id, sum(reviews)::int AS reviews, sum(score_sum ORDER BY contract_id, month) AS score_sum
    FROM qa_months GROUP BY 1
  ), restated AS (
    SELECT * FROM unnest($3::text[], $4::int[], $5::text[]) AS restated (vendor_id, risk_score, grade)
  ), computed AS (
    SELECT vendor_id FROM sla UNION SELECT vendor_id FROM qa UNION SELECT vendor_id FROM restated
  ), figures AS (
    SELECT r.vendor_id, r.name, r.status, r.attrition_percent,
           coalesce(s.risk_score, r.risk_score) AS risk_score, coalesce(s.grade, r.grade) AS grade,
           CASE WHEN sla.met + sla.breached > 0 THEN reporting_round(sla.met::float8 / (sla.met + sla.breached), 4) END AS sla_rate,
           CASE WHEN qa.reviews > 0 THEN reporting_round(qa.score_sum / qa.reviews, 1) END AS qa_average
    FROM computed JOIN ${VENDOR_RANKING_TABLE} r USING (vendor_id) LEFT JOIN restated s USING (vendor_id)
    LEFT JOIN sla USING (vendor_id) LEFT JOIN qa USING (vendor_id)
    WHERE r.${RANKED}
  ), scores AS (
    SELECT *, reporting_round(sla_rate * 100, 1) AS sla_score, reporting_round(qa_average, 1) AS qa_score,
           reporting_round((1 - least(risk_score, 24)::float8 / 24) * 100, 1) AS risk_score_score,
           CASE WHEN attrition_percent IS NOT NULL THEN reporting_round(greatest(0, 100 - attrition_percent), 1) END AS attrition_score
    FROM figures
  )
  SELECT vendor_id AS "vendorId", ${NAME_ORDER} AS name, status, sla_rate AS "slaAttainmentRate", qa_average AS "qaAverageScore",
         risk_score AS "riskScore", grade, attrition_percent AS "annualizedAttritionPercent",
         (sla_score IS NOT NULL)::int + (qa_score IS NOT NULL)::int + 1 + (attrition_score IS NOT NULL)::int AS components,
         reporting_round(
           (((coalesce(${W.slaAttainment}::float8 * sla_score, 0) + coalesce(${W.qaAverage}::float8 * qa_score, 0))
             + ${W.checklistRisk}::float8 * risk_score_score) + coalesce(${W.attrition}::float8 * attrition_score, 0))
           / (((CASE WHEN sla_score IS NULL THEN 0 ELSE ${W.slaAttainment}::float8 END
                + CASE WHEN qa_score IS NULL THEN 0 ELSE ${W.qaAverage}::float8 END) + ${W.checklistRisk}::float8)
              + CASE WHEN attrition_score IS NULL THEN 0 ELSE ${W.attrition}::float8 END),
           1) AS composite
  FROM scores
  UNION ALL
  (SELECT vendor_id, ${NAME_ORDER}, status, NULL, NULL, risk_score, grade, attrition_percent, base_components, base_composite
   FROM ${VENDOR_RANKING_TABLE}
   WHERE ${RANKED} AND vendor_id NOT IN (SELECT vendor_id FROM computed)
   ORDER BY base_components DESC, base_composite DESC, ${NAME_ORDER}, vendor_id
   LIMIT $6::int + $7::int)
  ORDER BY components DESC, composite DESC, name, "vendorId"
  LIMIT $6 OFFSET $7`;

@QueryHandler(GetVendorRankingQuery)
export class GetVendorRankingHandler implements IQueryHandler<GetVendorRankingQuery> {
  constructor(
    @InjectReadDatabase() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ page, from: requestedFrom, to: requestedTo }: GetVendorRankingQuery) {
    const now = this.clock.now();
    const { from, to } = reportPeriod(now, requestedFrom, requestedTo);
    const stale = await staleVendorIds(this.db, now);
    const restated = stale.length ? await vendorRankingRows(this.db, stale, now) : [];
    const [rows, counted] = await Promise.all([
      queryRows<RankingInput>(this.db, RANKING_PAGE, [
        from,
        to,
        restated.map((r) => r.vendor_id),
        restated.map((r) => r.risk_score),
        restated.map((r) => r.grade),
        page.limit,
        page.offset,
      ]),
      queryRow<{ total: number }>(
        this.db,
        `SELECT count(*)::int AS total FROM ${VENDOR_RANKING_TABLE} WHERE ${RANKED}`,
      ),
    ]);
    const items = rows.map((row, index) => ({ rank: page.offset + index + 1, ...scoreVendor(row) }));
    return { ...pageOf(items, counted!.total, page), from, to, method: RANKING_METHOD };
  }
}
