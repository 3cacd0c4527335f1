import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { stringify } from 'csv-stringify/sync';
import { Request, Response } from 'express';
import { map, Observable } from 'rxjs';

const CSV_ROWS = Symbol('CSV_ROWS');

type RowsOf = string | ((answer: Record<string, unknown>) => unknown[]);

/**
 * Marks a list or report route that also answers `text/csv` (SPEC §1): one row per element of the answer's `field`
 * (its main list) or of what `rows` picks from the answer, a header row of dotted field paths, RFC 4180 quoting.
 */
export const CsvRows = (rows: RowsOf = 'items') => SetMetadata(CSV_ROWS, rows);

/** Whether the request asks for CSV: a route reads it to lift the page limit (every row is sent, SPEC §1). */
export function wantsCsv(request: Request): boolean {
  return /\btext\/csv\b/.test(request.headers.accept ?? '');
}

/** Without limit and offset a CSV answer holds every row (SPEC §1). */
const ALL_ROWS = 1_000_000;

/** The page a list route reads: `page` itself, or every row when CSV is asked without `limit` and `offset`. */
export function csvPage<P extends { limit: number; offset: number }>(request: Request, page: P): P {
  const everyRow = wantsCsv(request) && request.query.limit === undefined && request.query.offset === undefined;
  return everyRow ? { ...page, limit: ALL_ROWS, offset: 0 } : page;
}

@Injectable()
export class CsvResponseInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rowsOf = this.reflector.get<RowsOf | undefined>(CSV_ROWS, context.getHandler());
    const http = context.switchToHttp();
    if (!rowsOf || !wantsCsv(http.getRequest<Request>())) return next.handle();
    return next.handle().pipe(
      map((answer: Record<string, unknown>) => {
        http.getResponse<Response>().type('text/csv; charset=utf-8');
        const picked = typeof rowsOf === 'function' ? rowsOf(answer) : answer[rowsOf];
        const rows = Array.isArray(picked) ? (picked as unknown[]) : [];
        return toCsv(rows.map((row) => flatten(row)));
      }),
    );
  }
}

/** Rows of dotted paths to cells: arrays of scalars joined with `; `, null as an empty cell. */
export function toCsv(rows: Record<string, string>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return stringify(rows, { header: true, columns: columns.length ? columns : ['empty'] });
}

function flatten(value: unknown, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  if (value === null || value === undefined) {
    if (prefix) into[prefix] = '';
  } else if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    into[prefix] = value.map((v) => (v === null ? '' : String(v as string | number | boolean))).join('; ');
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into[prefix] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return into;
}
