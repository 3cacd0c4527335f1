import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import {
  ContentObject,
  OperationObject,
  ParameterObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { withErrorBody } from '../error-body.openapi';
import { OPERATIONS } from './operations';

type Operation = OperationObject;
type Parameter = ParameterObject;
type Responses = Operation['responses'];

const PREFIX = '/api/v1';
const PUBLIC = new Set(['GET /health', 'POST /auth/login']);
const REPORT = /\/(checklist|compliance|performance|qa-summary|vendor-ranking|support-debt)$/;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, example?: unknown) => ({
  'application/json': { schema, ...(example ? { example } : {}) },
});

const SCHEMAS = {
  WriteResult: {
    type: 'object',
    description: 'A write that appended events.',
    required: ['id', 'version', 'position'],
    properties: {
      id: { type: 'string', format: 'uuid', description: 'The aggregate.' },
      version: { type: 'integer', description: 'The stream version after the write; send it as If-Match.' },
      position: {
        type: 'string',
        pattern: '^\\d+$',
        description: 'Global position of the last event written (a 64-bit number); send it as X-Min-Position.',
      },
    },
    example: { id: '0b7f4c52-93c1-4d43-9a8e-3f3c1f8e2a10', version: 2, position: '1842' },
  },
  Page: {
    type: 'object',
    description: 'One page of a list.',
    required: ['items', 'total', 'limit', 'offset'],
    properties: {
      items: { type: 'array', items: { type: 'object' } },
      total: { type: 'integer', description: 'Items matching, over every page.' },
      limit: { type: 'integer', minimum: 1, maximum: 200 },
      offset: { type: 'integer', minimum: 0 },
    },
  },
  Resource: { type: 'object', description: 'The resource or report, as the operation describes it.' },
  Token: {
    type: 'object',
    description: 'A bearer token for `Authorization: Bearer <accessToken>`.',
    required: ['accessToken', 'tokenType', 'expiresIn', 'user'],
    properties: {
      accessToken: { type: 'string' },
      tokenType: { type: 'string', enum: ['Bearer'] },
      expiresIn: { type: 'integer', description: 'Seconds until the token expires.' },
      user: {
        type: 'object',
        required: ['id', 'email', 'roles'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          email: { type: 'string', format: 'email' },
          roles: { type: 'array', items: { type: 'string' } },
          vendorId: { type: 'string', format: 'uuid' },
        },
      },
    },
  },
};

const error = (statusCode: number, reason: string, message: string, code?: string) => ({
  statusCode,
  error: reason,
  message,
  ...(code ? { code } : {}),
});

/** The error responses each kind of operation can answer, each with the ErrorBody schema and an example. */
const ERRORS: Record<string, { description: string; example: object }> = {
  '400': {
    description: 'Malformed or invalid input: a missing required field answers "<field> is required".',
    example: {
      ...error(400, 'Bad Request', 'Invalid request: name is required.'),
      details: [{ field: 'name', errors: ['name is required'] }],
    },
  },
  '401': {
    description: 'No token, or a bad or expired one.',
    example: error(401, 'Unauthorized', 'This route needs Authorization: Bearer <accessToken>.'),
  },
  '403': {
    description: 'The role may not call this route.',
    example: error(403, 'Forbidden', 'Your role (auditor) may not POST this route; allowed: admin, procurement.'),
  },
  '404': {
    description: 'Unknown id, or one the caller may not see.',
    example: error(404, 'Not Found', 'Vendor 0b7f4c52-93c1-4d43-9a8e-3f3c1f8e2a10 was not found.'),
  },
  '409': {
    description: "The aggregate's state forbids the command (INVALID_STATUS, VENDOR_NAME_TAKEN, DISPUTE_…).",
    example: error(409, 'Conflict', 'Vendor 0b7f4c52-93c1-4d43-9a8e-3f3c1f8e2a10 is rejected.', 'INVALID_STATUS'),
  },
  '412': {
    description: 'If-Match names a version the stream is no longer at (STALE_VERSION, with currentVersion).',
    example: {
      ...error(412, 'Precondition Failed', 'The resource was changed by someone else.', 'STALE_VERSION'),
      currentVersion: 3,
    },
  },
  '413': {
    description: 'The body is too large.',
    example: error(413, 'Payload Too Large', 'The request body is larger than this route accepts.'),
  },
  '422': {
    description:
      'A business rule rejects the values (its code names it), or an Idempotency-Key reused with another body.',
    example: error(422, 'Unprocessable Entity', 'Evaluate the vendor before approving it.', 'EVALUATION_REQUIRED'),
  },
  '429': {
    description: 'Too many requests for this user or address (RATE_LIMIT_PER_MINUTE); retry after Retry-After seconds.',
    example: error(429, 'Too Many Requests', 'Rate limit exceeded; retry in 12 s.'),
  },
  '503': {
    description: 'The projections did not reach X-Min-Position within 5 s; retry after Retry-After (1 s).',
    example: error(
      503,
      'Service Unavailable',
      'The reports have not caught up with position 1842 yet; retry in a second.',
    ),
  },
};

const HEADERS: Record<string, Parameter> = {
  ifMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description: 'The version the stream must still be at (else 412 STALE_VERSION).',
    schema: { type: 'integer', minimum: 0 },
  },
  idempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'Replaying the same key and body returns the first response and appends nothing (kept 24 h).',
    schema: { type: 'string', maxLength: 200 },
  },
};

/** One parameter per name and place: `@Headers('x-min-position')` beside `@ReadsProjections` would list it twice. */
function uniqueParameters(parameters: Parameter[]): Parameter[] {
  const seen = new Set<string>();
  return parameters.filter((p) => {
    const key = `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Answers that are neither a write result, a page nor a plain resource. */
const SUCCESS_SCHEMAS: Record<string, object> = { 'POST /auth/login': ref('Token') };

function successResponse(method: string, path: string, operation: Operation, responses: Responses): void {
  const success = Object.keys(responses).find((status) => status.startsWith('2'));
  const isList = (operation.parameters as Parameter[] | undefined)?.some((p) => p.name === 'limit');
  const schema =
    SUCCESS_SCHEMAS[`${method.toUpperCase()} ${path}`] ??
    (method === 'get' ? ref(isList ? 'Page' : 'Resource') : ref('WriteResult'));
  const csv: ContentObject =
    method === 'get' && (isList || REPORT.test(path)) ? { 'text/csv': { schema: { type: 'string' } } } : {};
  const status = success ?? (method === 'post' ? '201' : '200');
  const existing = (responses[status] ?? {}) as { description?: string; content?: ContentObject };
  responses[status] = {
    ...existing,
    description: existing.description || (method === 'get' ? 'The resource.' : 'Written.'),
    // An operation that declares a non-JSON answer (the review pack's PDF) answers only that.
    content: existing.content?.['application/pdf']
      ? existing.content
      : { ...json(schema), ...(existing.content ?? {}), ...csv },
  };
}

/** Adds to one operation what its kind implies (SPEC §1): the errors it can answer, the write headers, security. */
function complete(method: string, path: string, operation: Operation): void {
  const route = `${method.toUpperCase()} ${path}`;
  // A controller's own @ApiOperation text stands; the table fills what it leaves out.
  const text = OPERATIONS[route];
  operation.summary ||= text?.summary;
  operation.description ||= text?.description;
  const parameters = uniqueParameters((operation.parameters ?? []) as Parameter[]);
  const write = method !== 'get';
  const onAggregate = path.includes('{id}');
  if (write && onAggregate && route !== 'POST /contracts/{id}/interactions') parameters.push(HEADERS.ifMatch);
  if (method === 'post' && !PUBLIC.has(route)) parameters.push(HEADERS.idempotencyKey);
  operation.parameters = uniqueParameters(parameters);
  const responses = operation.responses;
  successResponse(method, path, operation, responses);
  const statuses = [
    ...(parameters.length || operation.requestBody ? ['400'] : []),
    ...(PUBLIC.has(route) ? [] : ['401']),
    ...(onAggregate ? ['404'] : []),
    ...(write && !PUBLIC.has(route) ? ['409', '422'] : []),
    ...(write && onAggregate ? ['412'] : []),
    ...(operation.requestBody ? ['413'] : []),
    '429',
    ...(parameters.some((p) => p.name.toLowerCase() === 'x-min-position') ? ['503'] : []),
  ];
  for (const status of [...statuses, ...Object.keys(responses).filter((s) => ERRORS[s])]) {
    const existing = responses[status] as { description?: string } | undefined;
    responses[status] = {
      description: existing?.description || ERRORS[status].description,
      content: json(ref('ErrorBody'), ERRORS[status].example),
    };
  }
  operation.security = PUBLIC.has(route) ? [] : [{ bearer: [] }];
}

/** The OpenAPI document of the whole API, every operation described and its responses listed (SPEC §1, §11). */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Vendorwatch')
      .setDescription(
        'Governance of outsourced customer-support vendors, reported against the 12 common outsourcing mistakes. ' +
          'Sign in with POST /api/v1/auth/login and send `Authorization: Bearer <token>`. Every write answers ' +
          '`{ id, version, position }`; send `position` as `X-Min-Position` to read your own write. Every failure ' +
          'answers the Error schema; 409, 412 and 422 carry a stable `code`.',
      )
      .setVersion('1')
      .addServer('/', 'This server')
      .addBearerAuth()
      .build(),
  );
  document.info.license = { name: 'Proprietary (UNLICENSED)' };
  withErrorBody(document);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...SCHEMAS } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const) {
      const operation = item[method];
      if (operation) complete(method, path.slice(PREFIX.length) || '/', operation);
    }
  }
  return document;
}
