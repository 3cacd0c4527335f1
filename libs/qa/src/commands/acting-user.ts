import { RequestContext } from '@vendorwatch/event-store';

/** The signed-in user a command acts for (the auth guard sets it before any handler runs). */
export function actingUserId(): string {
  const actor = RequestContext.actor();
  if (!actor) throw new Error('No signed-in user in the request context.');
  return actor.id;
}
