import { Injectable } from '@nestjs/common';
import { queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';

export interface PriorityWindow {
  from: string;
  to: string;
  interactions: number;
  highOrUrgent: number;
}

export interface RepeatWindow {
  from: string;
  to: string;
  customers: number;
  repeating: number;
}

export interface BacklogPoint {
  at: string;
  open: number;
}

type Counts<W> = Omit<W, 'from' | 'to'>;

/** Activity figures of a contract's interactions, for the support-debt report: the one public read of the table. */
@Injectable()
export class InteractionActivity {
  constructor(private readonly db: DataSource) {}

  /** Interactions created in (from, to], and how many were high or urgent. */
  async priorities(contractId: string, from: string, to: string): Promise<PriorityWindow> {
    const [row] = await queryRows<Counts<PriorityWindow>>(
      this.db,
      `SELECT count(*)::int AS interactions, count(*) FILTER (WHERE priority IN ('high', 'urgent'))::int AS "highOrUrgent"
       FROM interactions WHERE contract_id = $1::uuid AND created_at > $2 AND created_at <= $3`,
      [contractId, from, to],
    );
    return { from, to, ...row };
  }

  /** Interactions open (created, not yet resolved) at each instant. */
  async openBacklog(contractId: string, instants: string[]): Promise<BacklogPoint[]> {
    return queryRows<BacklogPoint>(
      this.db,
      `SELECT to_char(t.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
              (SELECT count(*)::int FROM interactions i
               WHERE i.contract_id = $1::uuid AND i.created_at <= t.at AND (i.resolved_at IS NULL OR i.resolved_at > t.at)) AS open
       FROM unnest($2::timestamptz[]) WITH ORDINALITY AS t(at, n) ORDER BY t.n`,
      [contractId, instants],
    );
  }

  /** Customers with interactions in (from, to], and those with two on different channels within 7 days. */
  async repeats(contractId: string, from: string, to: string): Promise<RepeatWindow> {
    const [row] = await queryRows<Counts<RepeatWindow>>(
      this.db,
      `WITH recent AS (
         SELECT customer_ref, channel, created_at FROM interactions
         WHERE contract_id = $1::uuid AND customer_ref IS NOT NULL AND created_at > $2 AND created_at <= $3
       )
       SELECT (SELECT count(DISTINCT customer_ref)::int FROM recent) AS customers,
              (SELECT count(DISTINCT a.customer_ref)::int FROM recent a JOIN recent b
                 ON b.customer_ref = a.customer_ref AND b.channel <> a.channel
                AND b.created_at >= a.created_at AND b.created_at <= a.created_at + interval '7 days') AS repeating`,
      [contractId, from, to],
    );
    return { from, to, ...row };
  }
}
