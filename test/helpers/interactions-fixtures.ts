const HEADER =
  'externalId,channel,priority,customerRef,agentRef,createdAt,firstResponseAt,resolvedAt,reopened,csat,abandoned';
const WEEK_START = Date.parse('2026-03-02T00:00:00.000Z');
const MINUTE = 60_000;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Good interaction k (0 ≤ k < 996) of the week of 2026-03-02, created every 10 minutes from Monday 00:00:
 * - first response: k%10 in 0..7 after 30 min (met), k%10 = 8 after 90 min (missed), k%10 = 9 never;
 * - resolution: k%5 in 0..2 after 2 h (met within 24 h), k%5 = 3 after 30 h (missed), k%5 = 4 never;
 * - reopened when k%20 = 0 (always a resolved one); csat 5 when k%4 = 0, 2 when k%4 = 1, none otherwise;
 * - voice when k%3 = 0 (abandoned when k%6 = 0), chat when k%3 = 1, email when k%3 = 2.
 */
export function goodRow(k: number, overrides: { firstResponseMinutes?: number } = {}): string {
  const created = WEEK_START + k * 10 * MINUTE;
  const responseMinutes = overrides.firstResponseMinutes ?? [30, 30, 30, 30, 30, 30, 30, 30, 90, undefined][k % 10];
  const resolveMinutes = [120, 120, 120, 1800, undefined][k % 5];
  const channel = ['voice', 'chat', 'email'][k % 3];
  const csat = k % 4 === 0 ? '5' : k % 4 === 1 ? '2' : '';
  return [
    `T-${k}`,
    channel,
    'normal',
    `C-${k % 97}`,
    `A-${k % 7}`,
    iso(created),
    responseMinutes === undefined ? '' : iso(created + responseMinutes * MINUTE),
    resolveMinutes === undefined ? '' : iso(created + resolveMinutes * MINUTE),
    resolveMinutes === undefined ? '' : String(k % 20 === 0),
    csat,
    channel === 'voice' ? String(k % 6 === 0) : '',
  ].join(',');
}

/** The four bad rows and the data row number each takes in the file. */
export const BAD_ROWS: Record<number, string> = {
  101: 'B-1,chat,normal,,,,2026-03-03T10:00:00.000Z,,,,',
  202: 'B-2,email,normal,,,2026-03-03T10:00:00.000Z,2026-03-03T09:00:00.000Z,,,,',
  303: 'B-3,chat,normal,,,2026-03-03T10:00:00.000Z,,,,7,',
  1000: 'T-0,chat,normal,,,2026-03-04T10:00:00.000Z,,,,,',
};

/** 1,000 data rows: 996 good ones (k = 0…995, in order) with the bad rows at their row numbers. */
export function thousandRowCsv(): string {
  const lines = [HEADER];
  let k = 0;
  for (let row = 1; row <= 1000; row++) lines.push(BAD_ROWS[row] ?? goodRow(k++));
  return `${lines.join('\n')}\n`;
}

export function csvOf(rows: string[]): string {
  return `${[HEADER, ...rows].join('\n')}\n`;
}
