import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who acts: set by the auth guard for HTTP requests, or by a process (`system`) for worker-driven commands. */
export interface Actor {
  id: string;
  role: string;
  roles: string[];
  vendorId?: string;
}

/** The metadata every appended event carries. */
export interface EventMetadata {
  actorId: string | null;
  actorRole: string | null;
  requestId: string;
  correlationId: string;
  causationId: string;
}

/** The `Idempotency-Key` a request runs under (per user), claimed before the handler runs. */
export interface IdempotencyClaim {
  userKey: string;
  key: string;
}

interface ContextState {
  actor?: Actor;
  idempotency?: IdempotencyClaim;
  requestId: string;
  correlationId: string;
  causationId: string;
}

const storage = new AsyncLocalStorage<ContextState>();

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'system', roles: ['system'] };

/**
 * The ambient context of one request or one process step. HTTP requests open one in middleware; the worker
 * opens one per event it reacts to, with the causing event as causation and its correlation carried over.
 */
export const RequestContext = {
  run<T>(init: Partial<ContextState>, fn: () => T): T {
    const requestId = init.requestId ?? randomUUID();
    return storage.run(
      {
        actor: init.actor,
        requestId,
        correlationId: init.correlationId ?? requestId,
        causationId: init.causationId ?? requestId,
      },
      fn,
    );
  },

  setActor(actor: Actor): void {
    const state = storage.getStore();
    if (state) state.actor = actor;
  },

  actor(): Actor | undefined {
    return storage.getStore()?.actor;
  },

  /** Set by the idempotency interceptor; the event store then records its write with the key, atomically. */
  claimIdempotency(claim: IdempotencyClaim): void {
    const state = storage.getStore();
    if (state) state.idempotency = claim;
  },

  idempotency(): IdempotencyClaim | undefined {
    return storage.getStore()?.idempotency;
  },

  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },

  metadata(): EventMetadata {
    const state = storage.getStore();
    const requestId = state?.requestId ?? randomUUID();
    return {
      actorId: state?.actor?.id ?? null,
      actorRole: state?.actor?.role ?? null,
      requestId,
      correlationId: state?.correlationId ?? requestId,
      causationId: state?.causationId ?? requestId,
    };
  },
};
