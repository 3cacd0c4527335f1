import { ByteSource, MalformedBodyError, SourceRecord } from './source-record';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const PROPERTY = 'interactions';
/** One interaction is a few hundred bytes; a longer element is not one, and is never buffered further. */
export const MAX_ELEMENT_BYTES = 64 * 1024;
const isWhitespace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
const isOpen = (byte: number) => byte === OPEN_OBJECT || byte === OPEN_ARRAY;
const isClose = (byte: number) => byte === CLOSE_OBJECT || byte === CLOSE_ARRAY;

type Expect =
  'open' | 'key' | 'colon' | 'array' | 'elementOrEnd' | 'element' | 'inElement' | 'afterElement' | 'close' | 'end';

/**
 * Streams the elements of a `{ "interactions": [ … ] }` body, a batch per chunk read, so a 50 MB array is never held whole:
 * only the element being read is buffered, then handed to `JSON.parse`. Anything else at the top level (another
 * property, a non-array value, trailing text, broken JSON) makes the body malformed.
 */
export async function* jsonRecords(source: ByteSource): AsyncGenerator<SourceRecord[]> {
  let expect: Expect = 'open';
  let key: number[] = [];
  let pieces: Buffer[] = [];
  let pending = 0;
  let container = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let row = 0;

  for await (const text of source) {
    const chunk = typeof text === 'string' ? Buffer.from(text) : text;
    const batch: SourceRecord[] = [];
    let start = expect === 'inElement' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
        if (expect === 'key') {
          if (inString) {
            key.push(byte);
            // Only "interactions" is allowed: a longer key is refused at once, not buffered byte by byte.
            if (key.length > PROPERTY.length) malformed(`unknown property "${Buffer.from(key).toString()}…"`);
          } else if (Buffer.from(key).toString() === PROPERTY) expect = 'colon';
          else malformed(`unknown property "${Buffer.from(key).toString().slice(0, 40)}"`);
        }
        continue;
      }
      if (expect === 'inElement') {
        if (byte === QUOTE) inString = true;
        else if (isOpen(byte)) depth++;
        else if (isClose(byte) && depth > 0) depth--;
        const endsHere = container
          ? depth === 0 && isClose(byte)
          : byte === COMMA || byte === CLOSE_ARRAY || isWhitespace(byte);
        if (!endsHere) continue;
        const end = container ? i + 1 : i;
        pieces.push(chunk.subarray(start, end));
        batch.push(parseElement(Buffer.concat(pieces), ++row));
        pieces = [];
        pending = 0;
        expect = 'afterElement';
        if (container) continue;
      }
      if (isWhitespace(byte)) continue;
      switch (expect) {
        case 'open':
          if (byte !== OPEN_OBJECT) malformed('it does not start with {');
          expect = 'key';
          break;
        case 'key':
          if (byte !== QUOTE) malformed('the property "interactions" was expected');
          inString = true;
          key = [];
          break;
        case 'colon':
          if (byte !== COLON) malformed('":" was expected after "interactions"');
          expect = 'array';
          break;
        case 'array':
          if (byte !== OPEN_ARRAY) malformed('"interactions" must be an array');
          expect = 'elementOrEnd';
          break;
        case 'afterElement':
          if (byte === COMMA) expect = 'element';
          else if (byte === CLOSE_ARRAY) expect = 'close';
          else malformed(`"," or "]" was expected after interaction ${row}`);
          break;
        case 'close':
          if (byte !== CLOSE_OBJECT) malformed('only the property "interactions" is allowed');
          expect = 'end';
          break;
        case 'end':
          malformed('there is text after the closing }');
          break;
        default:
          if (expect === 'elementOrEnd' && byte === CLOSE_ARRAY) {
            expect = 'close';
            break;
          }
          if (byte === COMMA || isClose(byte)) malformed(`interaction ${row + 1} is missing`);
          expect = 'inElement';
          container = isOpen(byte);
          depth = 0;
          start = i;
          i--;
      }
    }
    if (expect === 'inElement') {
      pieces.push(chunk.subarray(start));
      pending += chunk.length - start;
      if (pending > MAX_ELEMENT_BYTES) malformed(`interaction ${row + 1} is longer than ${MAX_ELEMENT_BYTES} bytes`);
    }
    if (batch.length > 0) yield batch;
  }
  if ((expect as Expect) !== 'end') malformed('it ends too early');
}

function malformed(what: string): never {
  throw new MalformedBodyError(`The body is not a JSON object { "interactions": [...] }: ${what}.`);
}

function parseElement(bytes: Buffer, row: number): SourceRecord {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    malformed(`interaction ${row} is not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { row, problem: 'the interaction is not an object' };
  return { row, record: value as Record<string, unknown> };
}
