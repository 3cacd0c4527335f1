import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MailDeliveryJob } from './mail/mail-delivery.job';
import { MailOutbox } from './mail/mail-outbox';
import { MailRecipients } from './mail/mail-recipients';
import { MailTransport } from './mail/mail-transport';
import { MAIL_OPTIONS, MailOptions } from './mail-options';
import { PublicLinks } from './public-links';

/** The mail outbox and its delivery job, for every context that tells people something by email (ADR 0011). */
@Module({})
export class NotificationsModule {
  static forRoot(options: MailOptions): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      imports: [CqrsModule],
      providers: [
        { provide: MAIL_OPTIONS, useValue: options },
        MailOutbox,
        MailTransport,
        MailRecipients,
        MailDeliveryJob,
        PublicLinks,
      ],
      exports: [MailOutbox, PublicLinks, MailDeliveryJob],
    };
  }
}
