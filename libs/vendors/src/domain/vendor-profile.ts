export const CHANNELS = ['voice', 'chat', 'email', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Site {
  city: string;
  country: string;
  timezone: string;
}

/** What `POST /vendors` registers. */
export interface VendorProfile {
  name: string;
  legalName: string | null;
  website: string | null;
  country: string;
  channels: Channel[];
  languages: string[];
  sites: Site[];
}
