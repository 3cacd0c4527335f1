import { Injectable } from '@nestjs/common';
import { NotFoundError, queryRow, queryRows } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';

/** One stored version of an interaction as the API shows it (SPEC §6 provenance); absent values are null. */
export interface InteractionVersion {
  externalId: string;
  version: number;
  channel: string;
  priority: string | null;
  customerRef: string | null;
  agentRef: string | null;
  createdAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  reopened: boolean | null;
  csat: number | null;
  abandoned: boolean | null;
  pausedMinutes: number | null;
  /** Null for a record stored before senders were kept. */
  submittedBy: { userId: string; role: string } | null;
  submittedAt: string | null;
}

export interface InteractionHistory {
  current: InteractionVersion;
  /** Newest first, the current one included; one page of them. */
  versions: InteractionVersion[];
  totalVersions: number;
}

interface VersionRow {
  external_id: string;
  version: number;
  channel: string;
  priority: string | null;
  customer_ref: string | null;
  agent_ref: string | null;
  created_at: Date;
  first_response_at: Date | null;
  resolved_at: Date | null;
  reopened: boolean | null;
  csat: number | null;
  abandoned: boolean | null;
  paused_minutes: string | null;
  submitted_by: string | null;
  submitted_role: string | null;
  submitted_at: Date | null;
}

const COLUMNS = `external_id, version, channel, priority, customer_ref, agent_ref, created_at, first_response_at,
  resolved_at, reopened, csat, abandoned, paused_minutes, submitted_by, submitted_role, submitted_at`;

/** The current version, found in its month's partition through the key table. */
const CURRENT = `SELECT ${COLUMNS} FROM interaction_keys k JOIN interactions USING (contract_id, external_id, created_at)
  WHERE k.contract_id = $1 AND k.external_id = $2`;

/** Every stored version of one interaction: the current one in `interactions`, the replaced ones in `interaction_versions`. */
@Injectable()
export class InteractionVersions {
  constructor(private readonly db: DataSource) {}

  async of(
    contractId: string,
    externalId: string,
    page: { limit: number; offset: number },
  ): Promise<InteractionHistory> {
    // One snapshot, so an ingest committing meanwhile cannot split the answer.
    return this.db.transaction('REPEATABLE READ', (manager) => this.read(manager, contractId, externalId, page));
  }

  private async read(
    manager: EntityManager,
    contractId: string,
    externalId: string,
    page: { limit: number; offset: number },
  ): Promise<InteractionHistory> {
    const current = await queryRow<VersionRow>(manager, CURRENT, [contractId, externalId]);
    if (!current) throw new NotFoundError(`Interaction ${externalId} of contract ${contractId} was not found.`);
    const rows = await queryRows<VersionRow>(
      manager,
      `SELECT * FROM (
         ${CURRENT}
         UNION ALL
         SELECT ${COLUMNS} FROM interaction_versions WHERE contract_id = $1 AND external_id = $2
       ) v ORDER BY version DESC LIMIT $3 OFFSET $4`,
      [contractId, externalId, page.limit, page.offset],
    );
    const [{ count }] = await queryRows<{ count: number }>(
      manager,
      `SELECT count(*)::int + 1 AS count FROM interaction_versions WHERE contract_id = $1 AND external_id = $2`,
      [contractId, externalId],
    );
    return { current: toVersion(current), versions: rows.map(toVersion), totalVersions: count };
  }
}

function toVersion(row: VersionRow): InteractionVersion {
  const at = (value: Date | null) => (value ? value.toISOString() : null);
  return {
    externalId: row.external_id,
    version: row.version,
    channel: row.channel,
    priority: row.priority,
    customerRef: row.customer_ref,
    agentRef: row.agent_ref,
    createdAt: row.created_at.toISOString(),
    firstResponseAt: at(row.first_response_at),
    resolvedAt: at(row.resolved_at),
    reopened: row.reopened,
    csat: row.csat,
    abandoned: row.abandoned,
    pausedMinutes: row.paused_minutes === null ? null : Number(row.paused_minutes),
    submittedBy: row.submitted_by === null ? null : { userId: row.submitted_by, role: row.submitted_role ?? 'unknown' },
    submittedAt: at(row.submitted_at),
  };
}
