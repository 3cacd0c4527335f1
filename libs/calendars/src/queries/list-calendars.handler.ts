import { InjectReadDatabase } from '@vendorwatch/event-store';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { CalendarSummary } from '../projections/calendar-summary';
import { ListCalendarsQuery } from './list-calendars.query';

@QueryHandler(ListCalendarsQuery)
export class ListCalendarsHandler implements IQueryHandler<
  ListCalendarsQuery,
  { items: CalendarSummary[]; total: number }
> {
  constructor(@InjectReadDatabase() private readonly db: DataSource) {}

  async execute({ q, page }: ListCalendarsQuery): Promise<{ items: CalendarSummary[]; total: number }> {
    const clause = q ? `WHERE name ILIKE $1 ESCAPE '\\'` : '';
    const params = q ? [`%${q.replace(/[\\%_]/g, '\\$&')}%`] : [];
    const [{ total }] = await this.db.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM calendar_summaries ${clause}`,
      params,
    );
    const rows = await this.db.query<{ doc: CalendarSummary }[]>(
      `SELECT doc FROM calendar_summaries ${clause} ORDER BY lower(name), id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    );
    return { items: rows.map((r) => r.doc), total };
  }
}
