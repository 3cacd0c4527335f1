import { EventStore1764000000000 } from './1764000000000-event-store';
import { Identity1764000100000 } from './1764000100000-identity';
import { Vendors1764000200000 } from './1764000200000-vendors';
import { Contracts1764000300000 } from './1764000300000-contracts';
import { Slas1764000400000 } from './1764000400000-slas';
import { Qa1764000500000 } from './1764000500000-qa';
import { Escalations1764000600000 } from './1764000600000-escalations';
import { Interactions1764000700000 } from './1764000700000-interactions';
import { Reporting1764000800000 } from './1764000800000-reporting';
import { EscalationTerminatedContracts1764000900000 } from './1764000900000-escalation-terminated-contracts';
import { InteractionIdsBytewise1764001000000 } from './1764001000000-interaction-ids-bytewise';
import { RateLimitWindows1764001100000 } from './1764001100000-rate-limit-windows';
import { IdempotencyAppended1764001200000 } from './1764001200000-idempotency-appended';
import { Calendars1764001700000 } from './1764001700000-calendars';
import { InteractionPausedMinutes1764001710000 } from './1764001710000-interaction-paused-minutes';
import { PublishedFacts1764002000000 } from './1764002000000-published-facts';
import { RemeasureQueue1764002100000 } from './1764002100000-remeasure-queue';
import { MeasuredWith1764002200000 } from './1764002200000-measured-with';
import { InteractionProvenance1764002300000 } from './1764002300000-interaction-provenance';
import { CalendarTimelines1764002400000 } from './1764002400000-calendar-timelines';
import { Webhooks1764100000000 } from './1764100000000-webhooks';
import { EscalationLadders1764110000000 } from './1764110000000-escalation-ladders';
import { Notifications1764110000100 } from './1764110000100-notifications';
import { SlaWakeTimes1764120000000 } from './1764120000000-sla-wake-times';
import { InteractionPartitions1764150000000 } from './1764150000000-interaction-partitions';
import { VendorRanking1764160000000 } from './1764160000000-vendor-ranking';

/** Every migration, in order. A new migration is added here and nowhere else. */
export const migrations = [
  EventStore1764000000000,
  Identity1764000100000,
  Vendors1764000200000,
  Contracts1764000300000,
  Slas1764000400000,
  Qa1764000500000,
  Escalations1764000600000,
  Interactions1764000700000,
  Reporting1764000800000,
  EscalationTerminatedContracts1764000900000,
  InteractionIdsBytewise1764001000000,
  RateLimitWindows1764001100000,
  IdempotencyAppended1764001200000,
  Calendars1764001700000,
  InteractionPausedMinutes1764001710000,
  PublishedFacts1764002000000,
  RemeasureQueue1764002100000,
  MeasuredWith1764002200000,
  InteractionProvenance1764002300000,
  CalendarTimelines1764002400000,
  Webhooks1764100000000,
  EscalationLadders1764110000000,
  Notifications1764110000100,
  SlaWakeTimes1764120000000,
  InteractionPartitions1764150000000,
  VendorRanking1764160000000,
];
