import { Inject, Injectable } from '@nestjs/common';
import { MAIL_OPTIONS, MailOptions } from './mail-options';

/** Links to the product that people open from a message (`PUBLIC_URL`). */
@Injectable()
export class PublicLinks {
  constructor(@Inject(MAIL_OPTIONS) private readonly options: MailOptions) {}

  to(path: string): string {
    return `${this.options.publicUrl}${path}`;
  }
}
