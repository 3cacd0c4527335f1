import { IANAZone } from 'luxon';
import { DAY_MS } from './civil-date';

/**
 * A local wall-clock reading (`wallMs`: the local fields written as if they were UTC) turned into an instant:
 * `exact` when it occurs once, `ambiguous` when a daylight-saving fall-back makes it occur twice (the earlier
 * instant is given), `skipped` when a spring-forward gap makes it never occur (the instant the clocks jumped is
 * given, which is where both the time before and the time after the gap meet).
 */
export interface WallClockInstant {
  instant: number;
  kind: 'exact' | 'ambiguous' | 'skipped';
}

const MINUTE_MS = 60_000;
const zones = new Map<string, IANAZone>();

export function timeZone(name: string): IANAZone {
  let zone = zones.get(name);
  if (!zone) {
    zone = IANAZone.create(name);
    if (!zone.isValid) throw new RangeError(`${name} is not an IANA time zone.`);
    zones.set(name, zone);
  }
  return zone;
}

export function isTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

/** The zone's offset from UTC at `instant`, in milliseconds. */
export function offsetAt(zone: IANAZone, instant: number): number {
  return zone.offset(instant) * MINUTE_MS;
}

/** The local wall-clock reading of an instant (local fields as if UTC). */
export function wallClockOf(zone: IANAZone, instant: number): number {
  return instant + offsetAt(zone, instant);
}

/** Offsets a day either side bracket any single transition: zones never change offset twice within two days. */
export function instantOfWallClock(zone: IANAZone, wallMs: number): WallClockInstant {
  const before = offsetAt(zone, wallMs - DAY_MS);
  const after = offsetAt(zone, wallMs + DAY_MS);
  const asBefore = wallMs - before;
  const asAfter = wallMs - after;
  const beforeHolds = offsetAt(zone, asBefore) === before;
  if (before === after) return { instant: asBefore, kind: 'exact' };
  const afterHolds = offsetAt(zone, asAfter) === after;
  if (beforeHolds && afterHolds) return { instant: Math.min(asBefore, asAfter), kind: 'ambiguous' };
  if (beforeHolds) return { instant: asBefore, kind: 'exact' };
  if (afterHolds) return { instant: asAfter, kind: 'exact' };
  return {
    instant: transitionBetween(zone, Math.min(asBefore, asAfter), Math.max(asBefore, asAfter), after),
    kind: 'skipped',
  };
}

/** The first minute in (low, high] whose offset is `after`; transitions fall on whole minutes. */
function transitionBetween(zone: IANAZone, low: number, high: number, after: number): number {
  let lo = Math.floor(low / MINUTE_MS);
  let hi = Math.ceil(high / MINUTE_MS);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid * MINUTE_MS) === after) hi = mid;
    else lo = mid;
  }
  return hi * MINUTE_MS;
}

/**
 * Reads many wall-clock times of one zone cheaply: a zone-offset lookup (~50 µs through `Intl`) is made once per
 * local day, and a time is resolved in full only on the days next to a daylight-saving change.
 */
export class WallClockReader {
  readonly zone: IANAZone;
  /** Per local day: its one offset, or null when a transition lies near enough to need resolving. */
  private readonly days = new Map<number, number | null>();

  constructor(readonly zoneName: string) {
    this.zone = timeZone(zoneName);
  }

  read(wallMs: number): WallClockInstant {
    const day = Math.floor(wallMs / DAY_MS);
    let offset = this.days.get(day);
    if (offset === undefined) {
      // Any instant of a wall-clock time on this day lies within the day before and the day after it.
      const before = offsetAt(this.zone, (day - 1) * DAY_MS);
      offset = before === offsetAt(this.zone, (day + 2) * DAY_MS) ? before : null;
      this.days.set(day, offset);
    }
    return offset === null ? instantOfWallClock(this.zone, wallMs) : { instant: wallMs - offset, kind: 'exact' };
  }
}
