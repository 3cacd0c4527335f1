const DAY_MS = 24 * 3600 * 1000;

/** The instant `days` before `now`, as the API's ISO-8601 string. */
export function daysAgo(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** The date (`YYYY-MM-DD`) `days` before `now`; negative days lie ahead. */
export function dateDaysAgo(now: Date, days: number): string {
  return daysAgo(now, days).slice(0, 10);
}
