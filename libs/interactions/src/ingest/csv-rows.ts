import { StringDecoder } from 'node:string_decoder';
import { ByteSource } from './source-record';

export class CsvSyntaxError extends Error {}

const SEPARATORS = [',', ';', '\t'];

/**
 * A row is a few hundred characters. An unfinished row is re-read with each chunk that arrives, so an unclosed
 * quote followed by many lines would cost quadratic time (and block the event loop); past this it is refused.
 */
export const MAX_ROW_CHARS = 64 * 1024;

/**
 * RFC 4180 rows from a byte stream, a batch per chunk: `,`, `;` or tab separated (whichever the header row holds
 * most of; `,` on a tie), `"` quoted (with `""` inside), LF or CRLF line ends, a leading BOM ignored, blank lines
 * skipped. Rows without quotes take a `split` fast path; that is what keeps a million-row import CPU-cheap.
 */
export async function* csvRows(source: ByteSource): AsyncGenerator<string[][]> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let first = true;
  let separator: string | undefined;
  for await (const chunk of source) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && pending.length > 0) {
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
      first = false;
    }
    if (separator === undefined) {
      const headerEnd = pending.indexOf('\n');
      if (headerEnd < 0) continue;
      separator = separatorOf(pending.slice(0, headerEnd));
    }
    const { rows, rest } = parseRows(pending, false, separator);
    pending = rest;
    if (pending.length > MAX_ROW_CHARS)
      throw new CsvSyntaxError(`a row is longer than ${MAX_ROW_CHARS} characters (is a quote never closed?)`);
    if (rows.length > 0) yield rows;
  }
  pending += decoder.end();
  const { rows } = parseRows(pending, true, separator ?? separatorOf(pending));
  if (rows.length > 0) yield rows;
}

/** Field names hold none of the separators, so the header row's most frequent one is the file's. */
export function separatorOf(headerRow: string): string {
  let best = ',';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = headerRow.split(separator).length - 1;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

function parseRows(text: string, atEnd: boolean, separator: string): { rows: string[][]; rest: string } {
  const rows: string[][] = [];
  let start = 0;
  // The next quote is looked up once and kept until passed: searching from every row would rescan the chunk.
  let quote = text.indexOf('"');
  while (start < text.length) {
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0 && !atEnd) break;
    if (lineEnd < 0) lineEnd = text.length;
    if (quote >= 0 && quote < start) quote = text.indexOf('"', start);
    if (quote < 0 || quote > lineEnd) {
      const line = text.charCodeAt(lineEnd - 1) === 13 ? text.slice(start, lineEnd - 1) : text.slice(start, lineEnd);
      if (line.length > 0) rows.push(line.split(separator));
      start = lineEnd + 1;
      continue;
    }
    const quoted = parseQuotedRow(text, start, atEnd, separator);
    if (!quoted) break;
    rows.push(quoted.cells);
    start = quoted.next;
  }
  return { rows, rest: text.slice(start) };
}

/** A row holding quotes, cell by cell; undefined when the row continues in data not received yet. */
function parseQuotedRow(
  text: string,
  start: number,
  atEnd: boolean,
  separator: string,
): { cells: string[]; next: number } | undefined {
  const cells: string[] = [];
  let cell = '';
  let i = start;
  let quoted = false;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (i + 1 === text.length && !atEnd) return undefined;
      else quoted = false;
    } else if (char === '"') {
      if (cell.length > 0)
        throw new CsvSyntaxError(`a quote opens in the middle of a cell (character ${i - start + 1} of a row)`);
      quoted = true;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' && i + 1 === text.length && !atEnd) {
      return undefined;
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      cells.push(cell);
      return { cells, next: char === '\n' ? i + 1 : i + 2 };
    } else cell += char;
    i++;
  }
  if (!atEnd) return undefined;
  if (quoted) throw new CsvSyntaxError('a quoted cell is never closed');
  cells.push(cell);
  return { cells, next: i };
}
