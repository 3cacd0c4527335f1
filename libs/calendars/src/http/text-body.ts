import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { Request } from 'express';

export const MAX_ICALENDAR_BYTES = 2 * 1024 * 1024;

/** The body of a `text/calendar` upload as text (the JSON parser leaves other types unread). */
export async function readICalendarBody(request: Request, limit = MAX_ICALENDAR_BYTES): Promise<string> {
  const type = (request.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'text/calendar') {
    request.resume();
    throw new UnsupportedMediaTypeException('Send the holidays as an iCalendar file (Content-Type: text/calendar).');
  }
  if (Number(request.header('content-length') ?? 0) > limit) {
    request.resume();
    throw tooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      request.resume();
      throw tooLarge(limit);
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new BadRequestException('The iCalendar file is empty.');
  return text;
}

function tooLarge(limit: number): PayloadTooLargeException {
  return new PayloadTooLargeException(`An iCalendar file may hold at most ${limit / 1024 / 1024} MB.`);
}
