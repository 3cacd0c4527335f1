/** How the product sends email (SPEC §11, §14). */
export interface MailOptions {
  /** `smtp://` or `smtps://`; unset, messages are logged and marked as not sent. */
  smtpUrl?: string;
  /** The sender, e.g. `Vendorwatch <ops@example.com>`. */
  from: string;
  /** The address links in messages start with, without a trailing slash. */
  publicUrl: string;
}

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');
