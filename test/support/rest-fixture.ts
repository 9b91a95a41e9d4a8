/**
 * Typed access to test/fixtures/github/rest-operations.json (extracted from
 * GitHub's OpenAPI description by scripts/extract-github-openapi.mjs) plus a
 * small JSON-schema checker covering the keywords that fixture uses.
 */
import { readFileSync } from 'node:fs';

export interface JsonSchema {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
}

export interface FixtureParameter {
  name: string;
  required: boolean;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array';
  format?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
}

export interface FixtureOperation {
  /** Our own handle, e.g. `updateIssueComment`. */
  name: string;
  operationId: string;
  method: string;
  /** Path template, e.g. `/repos/{owner}/{repo}/issues/comments/{comment_id}`. */
  path: string;
  summary: string;
  docs: string | null;
  pathParameters: FixtureParameter[];
  queryParameters: FixtureParameter[];
  requestBody: { required: boolean; contentType: string; schema: JsonSchema } | null;
  successStatus: number;
  successStatuses: number[];
  responseStatuses: number[];
}

export interface RestFixture {
  source: {
    package: string;
    packageVersion: string;
    file: string;
    openapi: string;
    infoTitle: string | null;
    infoVersion: string | null;
    plan: string | null;
  };
  generatedBy: string;
  operations: FixtureOperation[];
}

export const REST_FIXTURE_PATH = new URL('../fixtures/github/rest-operations.json', import.meta.url);

let cached: RestFixture | undefined;

export function loadRestFixture(): RestFixture {
  cached ??= JSON.parse(readFileSync(REST_FIXTURE_PATH, 'utf8')) as RestFixture;
  return cached;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(expected: string, value: unknown): boolean {
  const actual = jsonType(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
}

export interface SchemaCheckOptions {
  /** Treat unknown top-level object properties as errors even without `additionalProperties: false`. */
  rejectUnknownTopLevel?: boolean;
}

/** Returns human-readable problems; an empty list means the value conforms. */
export function checkSchema(schema: JsonSchema, value: unknown, options: SchemaCheckOptions = {}): string[] {
  const problems: string[] = [];
  walk(schema, value, 'body', problems, options, true);
  return problems;
}

function walk(schema: JsonSchema, value: unknown, at: string, problems: string[], options: SchemaCheckOptions, topLevel: boolean): void {
  if (value === null) {
    if (schema.nullable || schema.type === 'null' || schema.type === undefined) return;
    problems.push(`${at} must not be null`);
    return;
  }
  for (const sub of schema.allOf ?? []) walk(sub, value, at, problems, options, topLevel);
  if (schema.anyOf && !schema.anyOf.some((sub) => checkAt(sub, value, at, options, topLevel).length === 0)) {
    problems.push(`${at} matches none of the allowed shapes`);
  }
  if (schema.oneOf && schema.oneOf.filter((sub) => checkAt(sub, value, at, options, topLevel).length === 0).length !== 1) {
    problems.push(`${at} must match exactly one of the allowed shapes`);
  }
  if (schema.type && !matchesType(schema.type, value)) {
    problems.push(`${at} must be of type ${schema.type}, got ${jsonType(value)}`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    problems.push(`${at} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) problems.push(`${at} is shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) problems.push(`${at} is longer than ${schema.maxLength}`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${at} does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at} is below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at} is above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => walk(schema.items as JsonSchema, item, `${at}[${i}]`, problems, options, false));
  }
  if (jsonType(value) === 'object' && (schema.properties || schema.required || schema.additionalProperties !== undefined)) {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!(name in record)) problems.push(`${at}.${name} is required`);
    }
    const known = schema.properties ?? {};
    for (const [name, propValue] of Object.entries(record)) {
      const propSchema = known[name];
      if (propSchema) {
        walk(propSchema, propValue, `${at}.${name}`, problems, options, false);
      } else if (schema.additionalProperties === false || (topLevel && options.rejectUnknownTopLevel)) {
        problems.push(`${at}.${name} is not a known property (known: ${Object.keys(known).join(', ') || 'none'})`);
      } else if (typeof schema.additionalProperties === 'object') {
        walk(schema.additionalProperties, propValue, `${at}.${name}`, problems, options, false);
      }
    }
  }
}

function checkAt(schema: JsonSchema, value: unknown, at: string, options: SchemaCheckOptions, topLevel: boolean): string[] {
  const problems: string[] = [];
  walk(schema, value, at, problems, options, topLevel);
  return problems;
}

/** Checks a query/path string against a parameter's declared type; returns a problem or null. */
export function checkParameterValue(param: FixtureParameter, raw: string): string | null {
  switch (param.type) {
    case 'integer':
      if (!/^-?\d+$/.test(raw)) return `${param.name} must be an integer, got ${JSON.stringify(raw)}`;
      break;
    case 'number':
      if (raw.trim() === '' || !Number.isFinite(Number(raw))) return `${param.name} must be a number, got ${JSON.stringify(raw)}`;
      break;
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') return `${param.name} must be true or false, got ${JSON.stringify(raw)}`;
      break;
    default:
      if (param.required && raw === '') return `${param.name} must not be empty`;
  }
  if (param.enum && !param.enum.map(String).includes(raw)) {
    return `${param.name} must be one of ${param.enum.join(', ')}, got ${JSON.stringify(raw)}`;
  }
  return null;
}
