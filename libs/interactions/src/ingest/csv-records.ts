import { INTERACTION_FIELDS, REQUIRED_FIELDS } from '../domain/interaction';
import { CsvSyntaxError, csvRows } from './csv-rows';
import { ByteSource, MalformedBodyError, SourceRecord } from './source-record';

/** `External_ID`, `external_id` and `EXTERNALID` all name `externalId`. */
const normalized = (name: string) => name.trim().toLowerCase().replace(/_/g, '');
const FIELD_BY_NORMALIZED_NAME = new Map<string, string>(INTERACTION_FIELDS.map((field) => [normalized(field), field]));

/**
 * The rows of an interactions CSV (header row of field names, any case, with or without `_`) as records, a batch
 * per chunk read. A row with the wrong number of cells is that row's problem; a broken quote, an unknown column or
 * a missing required one makes the whole body malformed.
 */
export async function* csvRecords(source: ByteSource): AsyncGenerator<SourceRecord[]> {
  let header: string[] | undefined;
  let row = 0;
  try {
    for await (const rows of csvRows(source)) {
      const batch: SourceRecord[] = [];
      for (const cells of rows) {
        if (!header) {
          header = checkedHeader(cells);
          continue;
        }
        row++;
        if (cells.length !== header.length) {
          batch.push({ row, problem: `the row has ${cells.length} cells, the header has ${header.length}` });
          continue;
        }
        const record: Record<string, string> = {};
        for (let i = 0; i < header.length; i++) record[header[i]] = cells[i];
        batch.push({ row, record });
      }
      yield batch;
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new MalformedBodyError(`The body is not valid CSV: ${error.message}.`);
    throw error;
  }
  if (!header) throw new MalformedBodyError('The CSV body is empty: it needs a header row of interaction field names.');
}

function checkedHeader(cells: string[]): string[] {
  const names = cells.map((cell) => cell.trim());
  const unknown = names.filter((name) => !FIELD_BY_NORMALIZED_NAME.has(normalized(name)));
  if (unknown.length > 0) {
    throw new MalformedBodyError(
      `The CSV header names unknown columns (${unknown.join(', ').slice(0, 200)}); the columns are ${INTERACTION_FIELDS.join(', ')}.`,
    );
  }
  const header = names.map((name) => FIELD_BY_NORMALIZED_NAME.get(normalized(name))!);
  const repeated = header.filter((name, i) => header.indexOf(name) !== i);
  if (repeated.length > 0) throw new MalformedBodyError(`The CSV header repeats the column ${repeated[0]}.`);
  const missing = REQUIRED_FIELDS.filter((field) => !header.includes(field));
  if (missing.length > 0) {
    throw new MalformedBodyError(
      `The CSV header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}; every row needs ${REQUIRED_FIELDS.join(', ')}.`,
    );
  }
  return header;
}
