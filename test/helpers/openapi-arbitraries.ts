import fc from 'fast-check';

/** The parts of an OpenAPI 3 document the fuzz test reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>
  >;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method];
      return {
        method,
        path,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema,
      };
    }),
  );
}

/** Text a careless or hostile client sends: control characters, NUL, half surrogates, huge numbers, ISO oddities. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '\u001b[31m',
    "'; DROP TABLE events; --",
    '%00',
    '../../etc/passwd',
    '2026-W05-1',
    '2026-032',
    '20260201T100000Z',
    '0050-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
    '99999999999999999999',
    '-1',
    '1e309',
    'NaN',
    'x'.repeat(5000),
  ),
);

const hostileNumber = fc.oneof(
  fc.integer({ min: -5, max: 300 }),
  fc.double({ noNaN: true }),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53, 2 ** 63, 1e20, Number.MAX_VALUE, -Number.MAX_VALUE),
);

const anyJson = fc.jsonValue({ maxDepth: 3 });

/** Values for a schema: mostly of its type (so validation gets past the shape), sometimes anything at all. */
export function arbitraryFor(schema: Schema | undefined, document: OpenApiDocument, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return anyJson;
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return arbitraryFor(document.components?.schemas?.[name], document, depth + 1);
  }
  const variants = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((variant) => arbitraryFor(variant, document, depth + 1)));
  const typed = typedArbitrary(schema, document, depth);
  return fc.oneof(
    { weight: 8, arbitrary: typed },
    { weight: 1, arbitrary: anyJson },
    { weight: 1, arbitrary: hostileText },
  );
}

function typedArbitrary(schema: Schema, document: OpenApiDocument, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const record = fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([key, value]) => [key, arbitraryFor(value, document, depth + 1)]),
        ),
        { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
      );
      return fc.oneof(
        { weight: 9, arbitrary: record },
        { weight: 1, arbitrary: record.map((value) => ({ ...value, unknownProperty: 1 })) },
      );
    }
    case 'array':
      return fc.array(arbitraryFor(schema.items, document, depth + 1), { maxLength: 4 });
    case 'integer':
    case 'number':
      return hostileNumber;
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 'yes', 0));
    case 'string':
      if (schema.format === 'date-time' || schema.format === 'date')
        return fc.oneof(
          fc
            .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString()),
          hostileText,
        );
      return hostileText;
    default:
      return anyJson;
  }
}

/** A query or header value: text, since that is what arrives on the wire. */
export function parameterText(parameter: Parameter, document: OpenApiDocument): fc.Arbitrary<string> {
  return arbitraryFor(parameter.schema, document).map((value) =>
    typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
  );
}
