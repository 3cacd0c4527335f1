import { EventStore1764000000000 } from './1764000000000-event-store';
import { Vendors1764000200000 } from './1764000200000-vendors';

/** Every migration, in order. A new migration is added here and nowhere else. */
export const migrations = [EventStore1764000000000, Vendors1764000200000];
