import { BadRequestException } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { isStorableText, STORABLE_TEXT_RULE } from '../text/text-rules';

/** Deeper than any body of the API (a contract is 4 levels): the conversion to DTOs recurses per level. */
export const MAX_BODY_DEPTH = 32;
/**
 * Numbers a body may hold: 0, or a magnitude from 1e-6 to 1e15. No figure of the product is outside, and inside
 * it a number prints without an exponent, which validators that count decimal places rely on (5e-323 broke them).
 */
const MIN_MAGNITUDE = 1e-6;
const MAX_MAGNITUDE = 1e15;
const NUMBER_RULE = `numbers must be 0 or between ${MIN_MAGNITUDE} and ${MAX_MAGNITUDE} in size`;

function isSaneNumber(value: number): boolean {
  const size = Math.abs(value);
  return value === 0 || (size >= MIN_MAGNITUDE && size <= MAX_MAGNITUDE);
}

/** Where in a parsed JSON body the first unstorable text or too deep a nesting is, or undefined when it is fine. */
export function bodyProblem(body: unknown): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: 'body', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (!isStorableText(value)) return `${path}: ${STORABLE_TEXT_RULE}`;
      continue;
    }
    if (typeof value === 'number') {
      if (!isSaneNumber(value)) return `${path}: ${NUMBER_RULE}`;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BODY_DEPTH) return `the JSON body is nested deeper than ${MAX_BODY_DEPTH} levels`;
    for (const [key, child] of Object.entries(value).reverse()) {
      if (!isStorableText(key)) return `a property name in ${path}: ${STORABLE_TEXT_RULE}`;
      stack.push({ value: child, path: Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth: depth + 1 });
    }
  }
  return undefined;
}

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Runs after the JSON parser, before routing: the path, the query and the parsed body of every request meet the
 * text rule and the depth limit, or the request is a 400 before any route converts or stores them.
 */
export function inputGuard(request: Request, _response: Response, next: NextFunction): void {
  const url = decoded(request.originalUrl);
  if (url === undefined) return next(new BadRequestException('The URL holds a malformed percent-encoding.'));
  if (!isStorableText(url)) return next(new BadRequestException(`The URL's path or query: ${STORABLE_TEXT_RULE}.`));
  const problem = bodyProblem(request.body);
  if (problem) return next(new BadRequestException(`Invalid request: ${problem}.`));
  next();
}
