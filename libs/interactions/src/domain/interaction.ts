export const CHANNELS = ['voice', 'chat', 'email', 'social'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export type Channel = (typeof CHANNELS)[number];
export type Priority = (typeof PRIORITIES)[number];

/** One ticket or call record of a vendor's helpdesk (SPEC §6), as stored; absent fields are undefined. */
export interface Interaction {
  externalId: string;
  channel: Channel;
  priority?: Priority;
  customerRef?: string;
  agentRef?: string;
  createdAt: Date;
  firstResponseAt?: Date;
  resolvedAt?: Date;
  reopened?: boolean;
  csat?: number;
  abandoned?: boolean;
  /** Minutes the ticket waited on the customer, in the minutes of the SLA's clock (SPEC §6). */
  pausedMinutes?: number;
}

/** The field names of the JSON objects and of the CSV header row. */
export const INTERACTION_FIELDS = [
  'externalId',
  'channel',
  'priority',
  'customerRef',
  'agentRef',
  'createdAt',
  'firstResponseAt',
  'resolvedAt',
  'reopened',
  'csat',
  'abandoned',
  'pausedMinutes',
] as const;

export type InteractionField = (typeof INTERACTION_FIELDS)[number];

/** The fields every record needs; a CSV header without one of them is refused as a whole. */
export const REQUIRED_FIELDS: readonly InteractionField[] = ['externalId', 'channel', 'createdAt'];

export const MAX_PAUSED_MINUTES = 1_000_000;

export const MAX_TEXT_LENGTH = 200;
