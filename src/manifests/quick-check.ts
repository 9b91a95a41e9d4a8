/**
 * A yes/no pre-check of a document against one of our JSON Schemas (the subset of draft-07 that
 * schema-defs.ts writes), walked directly over the schema object: no generated code to load, parse or compile.
 *
 * It answers "valid" only when the full validator (Ajv, precompiled: ./validate.ts) would accept the document
 * too; anything it is unsure of (a keyword it does not know, a `$ref` that is not `#/definitions/<name>`, a
 * number that is not finite) it answers "not valid", and the caller then runs the full validator, which is
 * the only source of error messages. So a wrong "not valid" costs time, never a message; the tests compare
 * both validators on every fixture and on generated documents (test/manifests/quick-check.test.ts).
 */
import type { JsonSchema } from './schema-defs.js';

type Node = Record<string, unknown>;

/** Keywords that never affect validity. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples', 'definitions', '$comment']);

const isObject = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Code points in a string (how JSON Schema counts minLength and maxLength). */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/** JSON equality (what `const`, `enum` and `uniqueItems` compare by). */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], bb[i])) return false;
    return true;
  }
  const ka = Object.keys(a as Node);
  if (ka.length !== Object.keys(b as Node).length) return false;
  for (const k of ka) if (!Object.hasOwn(b as Node, k) || !equal((a as Node)[k], (b as Node)[k])) return false;
  return true;
}

function hasType(t: unknown, v: unknown): boolean {
  switch (t) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return Number.isInteger(v);
    default:
      return false;
  }
}

/** A checker of documents against one root schema (its `definitions` are what `$ref`s name). */
export class QuickCheck {
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: JsonSchema) {}

  /** True only when the document is valid; false when it is not, or may not be. */
  accepts(data: unknown): boolean {
    return this.check(this.root, data);
  }

  private regex(p: string): RegExp {
    let r = this.patterns.get(p);
    if (!r) {
      r = new RegExp(p, 'u');
      this.patterns.set(p, r);
    }
    return r;
  }

  private check(schema: unknown, v: unknown): boolean {
    if (schema === true) return true;
    if (!isObject(schema)) return false;
    for (const key in schema) {
      const s = schema[key];
      switch (key) {
        case 'type':
          if (Array.isArray(s) ? !s.some((t) => hasType(t, v)) : !hasType(s, v)) return false;
          break;
        case '$ref': {
          const m = typeof s === 'string' ? /^#\/definitions\/([A-Za-z0-9_]+)$/.exec(s) : null;
          const defs = this.root.definitions;
          if (!m || !isObject(defs) || !Object.hasOwn(defs, m[1]) || !this.check(defs[m[1]], v)) return false;
          break;
        }
        case 'const':
          if (!equal(s, v)) return false;
          break;
        case 'enum':
          if (!Array.isArray(s) || !s.some((e) => equal(e, v))) return false;
          break;
        case 'anyOf':
          if (!Array.isArray(s) || !s.some((b) => this.check(b, v))) return false;
          break;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
          if (typeof v === 'number') {
            if (typeof s !== 'number' || !Number.isFinite(v)) return false;
            if (key === 'minimum' ? v < s : key === 'maximum' ? v > s : key === 'exclusiveMinimum' ? v <= s : v >= s) return false;
          }
          break;
        case 'minLength':
        case 'maxLength':
        case 'pattern':
          if (typeof v === 'string') {
            if (key === 'pattern') {
              if (typeof s !== 'string' || !this.regex(s).test(v)) return false;
            } else if (typeof s !== 'number' || (key === 'minLength' ? codePoints(v) < s : codePoints(v) > s)) return false;
          }
          break;
        case 'minItems':
        case 'maxItems':
          if (Array.isArray(v) && (typeof s !== 'number' || (key === 'minItems' ? v.length < s : v.length > s))) return false;
          break;
        case 'uniqueItems':
          if (Array.isArray(v) && s === true) {
            for (let i = 1; i < v.length; i++) for (let j = 0; j < i; j++) if (equal(v[i], v[j])) return false;
          } else if (s !== true && s !== false) return false;
          break;
        case 'items':
          if (Array.isArray(v)) {
            if (Array.isArray(s)) {
              for (let i = 0; i < Math.min(s.length, v.length); i++) if (!this.check(s[i], v[i])) return false;
            } else {
              for (const item of v) if (!this.check(s, item)) return false;
            }
          }
          break;
        case 'required':
          if (isObject(v)) {
            if (!Array.isArray(s)) return false;
            // As Ajv reads a field: `data[key] === undefined` is missing.
            for (const k of s) if (typeof k !== 'string' || v[k] === undefined) return false;
          }
          break;
        case 'minProperties':
        case 'maxProperties':
          if (isObject(v)) {
            const n = Object.keys(v).length;
            if (typeof s !== 'number' || (key === 'minProperties' ? n < s : n > s)) return false;
          }
          break;
        case 'properties':
          if (!isObject(s)) return false;
          if (isObject(v)) {
            for (const k in s) if (v[k] !== undefined && !this.check(s[k], v[k])) return false;
          }
          break;
        case 'additionalProperties':
          if (isObject(v)) {
            const known = isObject(schema.properties) ? schema.properties : {};
            if (s === false) {
              for (const k in v) if (!Object.hasOwn(known, k)) return false;
            } else if (s !== true) {
              for (const k in v) if (!Object.hasOwn(known, k) && !this.check(s, v[k])) return false;
            }
          }
          break;
        default:
          if (!ANNOTATIONS.has(key)) return false;
      }
    }
    return true;
  }
}
