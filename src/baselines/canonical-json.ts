/**
 * Canonical JSON: the one byte form baselines are written in, so that the same data always produces the same
 * bytes (and the same fingerprint) on every machine.
 *
 * - object keys sorted by UTF-16 code unit order (plain `Array.prototype.sort`), recursively;
 * - 2-space indentation, `"key": value`, empty objects/arrays as `{}` / `[]`;
 * - numbers in JavaScript's shortest round-trip form (what `JSON.stringify` writes), so `JSON.parse` reads
 *   back the bit-identical double; `-0` is written as `0`;
 * - a trailing newline.
 *
 * Values that JSON cannot carry faithfully are rejected with a {@link CanonicalJsonError} naming the JSON path:
 * NaN, ±Infinity, `undefined` (also as an object property), functions, symbols, BigInt, cyclic structures and
 * non-plain objects (Date, Map, class instances, ...).
 */
import { sha256Hex } from '../hash.js';

export type JsonPrimitive = null | boolean | number | string;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export class CanonicalJsonError extends Error {
  /** JSON path of the offending value, e.g. `$.scenarios["a b"].metrics.ttft_ms`. */
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'CanonicalJsonError';
    this.path = path;
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends an object key to a JSON path: `$.a`, or `$["a-b"]` when the key is not an identifier. */
export function jsonPathKey(parent: string, key: string): string {
  return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `BigInt ${value}n`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (value === undefined) return 'undefined';
  return typeof value;
}

/** The JSON path of the value being emitted, built only when there is an error to report. */
function pathOf(keys: readonly (string | number)[]): string {
  let path = '$';
  for (const k of keys) path = typeof k === 'number' ? `${path}[${k}]` : jsonPathKey(path, k);
  return path;
}

function emit(value: unknown, keys: (string | number)[], indent: string, stack: object[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(pathOf(keys), `${describe(value)} is not allowed (only finite numbers)`);
      return Object.is(value, -0) ? '0' : JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(pathOf(keys), `${describe(value)} is not allowed`);
  }
  const obj = value as object;
  const frozen = Object.isFrozen(obj);
  if (frozen) {
    const hit = frozenText.get(obj)?.get(indent);
    if (hit !== undefined) return hit;
  }
  if (stack.includes(obj)) throw new CanonicalJsonError(pathOf(keys), 'cyclic structure');
  stack.push(obj);
  try {
    const text = emitObject(obj, keys, indent, stack);
    if (frozen && isDeeplyFrozen(obj)) {
      deepFrozen.add(obj);
      let byIndent = frozenText.get(obj);
      if (!byIndent) {
        byIndent = new Map();
        frozenText.set(obj, byIndent);
      }
      byIndent.set(indent, text);
    }
    return text;
  } finally {
    stack.pop();
  }
}

/**
 * Text of deeply frozen objects (shared catalog entries), per indentation: they cannot change, so each is
 * written once per process. An object counts as deeply frozen once it and every object below it are frozen
 * (children are emitted, and so classified, before their parent).
 */
const frozenText = new WeakMap<object, Map<string, string>>();
const deepFrozen = new WeakSet<object>();
function isDeeplyFrozen(obj: object): boolean {
  for (const v of Object.values(obj)) if (typeof v === 'object' && v !== null && !deepFrozen.has(v)) return false;
  return true;
}

function emitObject(obj: object, keys: (string | number)[], indent: string, stack: object[]): string {
  const inner = indent + '  ';
  if (Array.isArray(obj)) {
    if (obj.length === 0) return '[]';
    let out = '[\n';
    for (let i = 0; i < obj.length; i++) {
      // Holes read as undefined and are rejected like undefined.
      keys.push(i);
      out += (i > 0 ? ',\n' : '') + inner + emit(obj[i], keys, inner, stack);
      keys.pop();
    }
    return `${out}\n${indent}]`;
  }
  if (!isPlainObject(obj)) {
    const name = (obj as { constructor?: { name?: string } }).constructor?.name ?? 'object';
    throw new CanonicalJsonError(pathOf(keys), `a ${name} is not a plain JSON object`);
  }
  const names = Object.keys(obj);
  if (names.length === 0) return '{}';
  sortKeys(names);
  let out = '{\n';
  for (let i = 0; i < names.length; i++) {
    const k = names[i];
    keys.push(k);
    if (i > 0) out += ',\n';
    out += inner + quotedKey(k) + emit((obj as Record<string, unknown>)[k], keys, inner, stack);
    keys.pop();
  }
  return `${out}\n${indent}}`;
}

/**
 * Sorts keys in place in the order Array.prototype.sort gives strings (UTF-16 code units, what `<` compares).
 * The few keys of a configuration object are sorted by insertion, which allocates nothing (the built-in sort
 * sets up its merge state on every call: about 4 KB per fingerprint); long key lists use the built-in sort.
 */
function sortKeys(names: string[]): void {
  if (names.length > 24) {
    names.sort();
    return;
  }
  for (let i = 1; i < names.length; i++) {
    const k = names[i];
    let j = i - 1;
    while (j >= 0 && names[j] > k) {
      names[j + 1] = names[j];
      j--;
    }
    names[j + 1] = k;
  }
}

/** `"key": ` of the keys met so far (inputs repeat the same few dozen keys in every scenario). */
const keyText = new Map<string, string>();
function quotedKey(k: string): string {
  let t = keyText.get(k);
  if (t === undefined) {
    t = `${JSON.stringify(k)}: `;
    if (keyText.size < 10_000) keyText.set(k, t);
  }
  return t;
}

/** Deterministic JSON text of `value` (see the module comment), ending in a newline. */
export function canonicalJson(value: unknown): string {
  return emit(value, [], '', []) + '\n';
}

/** The fingerprints sha256Fingerprint computed, by object (see {@link knownFingerprint}). */
const fingerprinted = new WeakMap<object, string>();

/** `"sha256:" + hex(sha256(canonicalJson(value)))`, over the UTF-8 bytes. */
export function sha256Fingerprint(value: unknown): string {
  const fingerprint = `sha256:${sha256Hex(canonicalJson(value))}`;
  if (typeof value === 'object' && value !== null) fingerprinted.set(value, fingerprint);
  return fingerprint;
}

/**
 * The fingerprint sha256Fingerprint last computed for this very object, if any: the diff uses it to give a
 * baseline entry with equal inputs the same fingerprint without hashing them again. (Like a ScenarioRun's own
 * `fingerprint`, it assumes the object was not changed since.)
 */
export function knownFingerprint(value: object): string | undefined {
  return fingerprinted.get(value);
}
