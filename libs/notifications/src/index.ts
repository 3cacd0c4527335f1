/**
 * The public face of the notifications lib (ADR 0011): a context enqueues an `OutgoingMail` with `MailOutbox.enqueue`
 * in the transaction that decides it, and registers a `MailOutcomeHandler` for its topic to record how the delivery
 * ended; `PublicLinks` builds the links messages carry. `MailDeliveryJob` delivers.
 */
export { MailDeliveryJob } from './mail/mail-delivery.job';
export * from './mail/mail-outbox';
export * from './mail-options';
export * from './notifications.module';
export * from './public-links';
