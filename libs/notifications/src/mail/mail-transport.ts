import { Inject, Injectable } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { MAIL_OPTIONS, MailOptions } from '../mail-options';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

/** SMTP through nodemailer; bounded waits, so a dead server costs one attempt, not a stuck worker. */
@Injectable()
export class MailTransport {
  private readonly transporter: Transporter | undefined;

  constructor(@Inject(MAIL_OPTIONS) private readonly options: MailOptions) {
    this.transporter = options.smtpUrl
      ? createTransport({
          url: options.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        } as Parameters<typeof createTransport>[0])
      : undefined;
  }

  get configured(): boolean {
    return this.transporter !== undefined;
  }

  /** Throws when the server takes the message for nobody; answers whom it refused when it took it for some. */
  async send(message: MailMessage): Promise<{ refused: string[] }> {
    if (!this.transporter) throw new Error('SMTP_URL is not set.');
    const info = (await this.transporter.sendMail({ from: this.options.from, ...message })) as { rejected?: unknown[] };
    return { refused: (info.rejected ?? []).map(String) };
  }
}
