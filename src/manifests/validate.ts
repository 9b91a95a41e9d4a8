/**
 * JSON Schema validation (ajv, draft-07) with errors mapped back to file positions and worded for people:
 * `must be an integer >= 1, got 0`, `unknown field 'worklaod'; did you mean 'workload'?`.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { type AjvInstance, loadAjv } from './ajv.js';
import { type Segment, show } from './errors.js';
import { schemaHash } from './precompiled.js';
import { QuickCheck } from './quick-check.js';
import { ID_PATTERN, type JsonSchema, buildConfigSchema, buildHardwareSchema, buildManifestSchema, buildModelSchema } from './schema-defs.js';
import { type SourceFile, errorAt, pointerToSegments } from './source.js';
import { didYouMean } from './suggest.js';
import type { Problem } from '../errors/index.js';
import CONFIG_SCHEMA from '../../schema/config.schema.json' with { type: 'json' };
import HARDWARE_SCHEMA from '../../schema/hardware.schema.json' with { type: 'json' };
import MANIFEST_SCHEMA from '../../schema/manifest.schema.json' with { type: 'json' };
import MODEL_SCHEMA from '../../schema/model.schema.json' with { type: 'json' };

export type SchemaName = 'manifest' | 'hardware' | 'model' | 'config';
const BUILDERS: Record<SchemaName, () => JsonSchema> = {
  manifest: buildManifestSchema,
  hardware: buildHardwareSchema,
  model: buildModelSchema,
  config: buildConfigSchema,
};

/** A fresh ajv instance as the loaders configure it (also used by tests to compile the published files). */
export function newAjv(): AjvInstance {
  return loadAjv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
}

/**
 * The precompiled validators' file, beside this module in the source tree and beside the bundle in dist/
 * (scripts/build.mjs copies it): CommonJS, read with `require` only when a document fails the quick check, so a
 * run whose files are all valid never reads or compiles its ~0.8 MB of generated code.
 */
export const PRECOMPILED_FILE = './validators.generated.cjs';

/** What validators.generated.cjs exports (written by write-schemas.ts). */
export type PrecompiledValidators = Record<SchemaName, ValidateFunction> & { SCHEMA_HASHES: Record<SchemaName, string> };

let precompiled: PrecompiledValidators | null = null;
/** The precompiled validators, read on first use. */
export function precompiledValidators(): PrecompiledValidators {
  precompiled ??= createRequire(import.meta.url)(PRECOMPILED_FILE) as PrecompiledValidators;
  return precompiled;
}

const schemas = new Map<SchemaName, JsonSchema>();
/** The schema the builders give now, built once per process. */
export function schemaOf(name: SchemaName): JsonSchema {
  let s = schemas.get(name);
  if (!s) {
    s = BUILDERS[name]();
    schemas.set(name, s);
  }
  return s;
}

/**
 * The published schema files (schema/*.json, the builders' output as write-schemas.ts writes it): what the quick
 * check walks, read as JSON rather than built, which would cost a start more than the check itself. They are
 * the builders' schemas: `npm run build` refuses stale files and the schema test fails while they are.
 */
const PUBLISHED: Record<SchemaName, JsonSchema> = { manifest: MANIFEST_SCHEMA, hardware: HARDWARE_SCHEMA, model: MODEL_SCHEMA, config: CONFIG_SCHEMA };

const quick = new Map<SchemaName, QuickCheck>();
/** Whether `data` is valid by the quick check (./quick-check.ts): true only when the full validator agrees. */
export function quickAccepts(name: SchemaName, data: unknown): boolean {
  let q = quick.get(name);
  if (!q) {
    q = new QuickCheck(PUBLISHED[name]);
    quick.set(name, q);
  }
  return q.accepts(data);
}

const compiled = new Map<SchemaName, ValidateFunction>();
/**
 * The full validator of a schema (every error, verbose): the precompiled one when it was compiled from this very
 * schema (see precompiled.ts), else compiled now. Once per process either way.
 */
export function validator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const schema = schemaOf(name);
    const pre = precompiledValidators();
    v = pre.SCHEMA_HASHES[name] === schemaHash(schema) ? pre[name] : newAjv().compile(schema);
    compiled.set(name, v);
  }
  return v;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

/** What a (sub)schema accepts, in words: `an integer >= 1`, `a number > 0 and <= 1`, `one of a, b`. */
export function expectation(schema: unknown): string {
  if (schema === null || typeof schema !== 'object') return 'valid';
  const s = schema as JsonSchema;
  if (Array.isArray(s.anyOf)) return (s.anyOf as unknown[]).map(expectation).join(' or ');
  if ('const' in s) return JSON.stringify(s.const);
  if (Array.isArray(s.enum)) return `one of ${(s.enum as unknown[]).map(String).join(', ')}`;
  if (s.pattern === ID_PATTERN) return "an id: letters, digits, '.', '_' or '-', starting with a letter or digit";
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];
  let text = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ') || 'valid';
  if (types.length === 1 && types[0] === 'string' && s.minLength === 1) text = 'a non-empty string';
  if (types.length === 1 && types[0] === 'array' && s.items !== null && typeof s.items === 'object') {
    const items = s.items as JsonSchema;
    text = Array.isArray(items.enum) ? `a list of values among ${(items.enum as unknown[]).map(String).join(', ')}` : `a list, each item ${expectation(items)}`;
    if (s.uniqueItems === true) text += ', without repeats';
  }
  const bounds: string[] = [];
  if (typeof s.minimum === 'number') bounds.push(`>= ${s.minimum}`);
  if (typeof s.exclusiveMinimum === 'number') bounds.push(`> ${s.exclusiveMinimum}`);
  if (typeof s.maximum === 'number') bounds.push(`<= ${s.maximum}`);
  if (typeof s.exclusiveMaximum === 'number') bounds.push(`< ${s.exclusiveMaximum}`);
  if (bounds.length > 0) text += ` ${bounds.join(' and ')}`;
  return text;
}

const VALUE_KEYWORDS = new Set([
  'type',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
]);

function message(e: ErrorObject): { message: string; atKey: boolean; extra: Segment[] } | null {
  const parent = e.parentSchema as JsonSchema | undefined;
  if (VALUE_KEYWORDS.has(e.keyword)) {
    let msg = `must be ${expectation(parent)}, got ${show(e.data)}`;
    if (e.keyword === 'enum' && typeof e.data === 'string') {
      msg += didYouMean(e.data, ((parent?.enum as unknown[]) ?? []).map(String));
    }
    return { message: msg, atKey: false, extra: [] };
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((parent?.properties as JsonSchema | undefined) ?? {}).filter((k) => k !== '$schema');
      const hint = didYouMean(prop, known);
      return { message: `unknown field${hint}${hint ? '' : ` (allowed: ${known.join(', ')})`}`, atKey: true, extra: [prop] };
    }
    case 'required':
      return { message: `missing required field '${(e.params as { missingProperty: string }).missingProperty}'`, atKey: false, extra: [] };
    case 'anyOf': {
      let message = `must be ${expectation({ anyOf: e.schema })}, got ${show(e.data)}`;
      const names = (e.schema as Record<string, unknown>[]).flatMap((b) => (Array.isArray(b.enum) ? b.enum : [])).map(String);
      if (typeof e.data === 'string' && names.length > 0) message += didYouMean(e.data, names);
      return { message, atKey: false, extra: [] };
    }
    case 'minItems':
      return { message: `must list at least ${(e.params as { limit: number }).limit} item(s)`, atKey: false, extra: [] };
    case 'maxItems':
      return { message: `must list at most ${(e.params as { limit: number }).limit} item(s)`, atKey: false, extra: [] };
    case 'minProperties':
      return { message: 'must not be empty', atKey: false, extra: [] };
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      return { message: `lists the same value twice (items ${j} and ${i})`, atKey: false, extra: [] };
    }
    default:
      return { message: e.message ?? `fails ${e.keyword}`, atKey: false, extra: [] };
  }
}

/**
 * Validates `data` (the content of `src`, or a part of it at `base`) and returns positioned errors.
 * `skip(segments)` drops errors at or under paths validated elsewhere (e.g. features).
 */
export function schemaErrors(src: SourceFile, name: SchemaName, data: unknown, opts: { skip?: (segments: readonly Segment[]) => boolean } = {}): Problem[] {
  // Most documents are valid: the quick check says so without loading the full validator.
  if (quickAccepts(name, data)) return [];
  const validate = validator(name);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // anyOf reports every branch as well; keep only the anyOf summary.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  const out: Problem[] = [];
  for (const e of errors) {
    if (anyOfPaths.some((p) => e.schemaPath.startsWith(p))) continue;
    const segments = pointerToSegments(e.instancePath, data);
    const m = message(e);
    if (!m) continue;
    const full = [...segments, ...m.extra];
    if (opts.skip?.(full)) continue;
    out.push(errorAt(src, full, m.message, { atKey: m.atKey }));
  }
  return out;
}
