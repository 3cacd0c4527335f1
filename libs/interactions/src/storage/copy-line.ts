import { Interaction } from '../domain/interaction';

/** The staging table's columns, in the order `toCopyLine` writes them (times as epoch ms: no date formatting per row). */
export const STAGING_COLUMNS =
  'row, external_id, channel, priority, customer_ref, agent_ref, created_ms, first_response_ms, resolved_ms, reopened, csat, abandoned, paused_minutes';

const NULL = '\\N';
const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One line of PostgreSQL's COPY text format for the staging table. */
export function toCopyLine(row: number, i: Interaction): string {
  return `${row}\t${escape(i.externalId)}\t${i.channel}\t${i.priority ?? NULL}\t${optional(i.customerRef)}\t${optional(i.agentRef)}\t${i.createdAt.getTime()}\t${time(i.firstResponseAt)}\t${time(i.resolvedAt)}\t${flag(i.reopened)}\t${i.csat ?? NULL}\t${flag(i.abandoned)}\t${i.pausedMinutes ?? NULL}\n`;
}

function escape(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function optional(text: string | undefined): string {
  return text === undefined ? NULL : escape(text);
}

function time(at: Date | undefined): string {
  return at ? String(at.getTime()) : NULL;
}

function flag(value: boolean | undefined): string {
  return value === undefined ? NULL : value ? 't' : 'f';
}
