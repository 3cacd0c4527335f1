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
] as const;

export type InteractionField = (typeof INTERACTION_FIELDS)[number];

export const MAX_TEXT_LENGTH = 200;
