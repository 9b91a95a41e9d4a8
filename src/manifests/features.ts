/**
 * Checks the `features` lists of a manifest against the feature registry: names (with did-you-mean),
 * the shape of each entry, option names, types, choices and bounds, required options. Combinations of
 * features (incompatible pairs, a missing mode) are the simulation engine's to check.
 */
import { FEATURES, FEATURE_BY_NAME, FEATURE_NAMES, type FeatureDefinition, type FeatureName, type FeatureOption } from '../simulation/features.js';
import { type Segment, formatPath, show } from './errors.js';
import { optionSchema, requiredOptions } from './schema-defs.js';
import { type SourceFile, errorAt } from './source.js';
import { closeMatch } from './suggest.js';
import type { Problem } from '../errors/index.js';
import { expectation } from './validate.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function withinBounds(o: FeatureOption, v: number): boolean {
  return (o.min === undefined || v >= o.min) && (o.max === undefined || v <= o.max);
}

function optionValueOk(o: FeatureOption, v: unknown): boolean {
  switch (o.type) {
    case 'integer':
      return isInt(v) && withinBounds(o, v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) && withinBounds(o, v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string' && (o.choices === undefined || o.choices.includes(v));
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string' && (o.choices === undefined || o.choices.includes(x))) && new Set(v).size === v.length;
    case 'model':
    case 'hardware':
      return typeof v === 'string' && v.length > 0;
    case 'kv-list':
      return (
        Array.isArray(v) && v.every((x) => (isInt(x) && x >= 0) || (Array.isArray(x) && x.length >= 2 && x.length <= 4 && x.every((y) => isInt(y) && y >= 0)))
      );
  }
}

function optionMessage(o: FeatureOption, v: unknown): string {
  let msg = `must be ${expectation(optionSchema(o))}, got ${show(v)}`;
  if (o.type === 'string' && typeof v === 'string' && o.choices) {
    const m = closeMatch(v, o.choices);
    if (m) msg += `; did you mean '${m}'?`;
  }
  if (o.type === 'string[]' && Array.isArray(v) && new Set(v).size !== v.length) msg = `lists the same value twice, got ${show(v)}`;
  return msg;
}

function unknownFeature(name: string): string {
  const m = closeMatch(name, FEATURE_NAMES);
  return `unknown feature '${name}'${m ? `; did you mean '${m}'?` : ''} (features: ${FEATURE_NAMES.join(', ')})`;
}

function checkOptions(src: SourceFile, at: readonly Segment[], def: FeatureDefinition, options: Obj, errors: Problem[]): void {
  const names = def.options.map((o) => o.name);
  for (const [key, value] of Object.entries(options)) {
    const opt = def.options.find((o) => o.name === key);
    if (!opt) {
      const m = closeMatch(key, names);
      const msg =
        names.length === 0
          ? `feature '${def.name}' takes no options`
          : `unknown option of feature '${def.name}'${m ? `; did you mean '${m}'?` : ''} (options: ${names.join(', ')})`;
      errors.push(errorAt(src, [...at, key], msg, { atKey: true }));
    } else if (!optionValueOk(opt, value)) {
      errors.push(errorAt(src, [...at, key], optionMessage(opt, value)));
    }
  }
  const missing = requiredOptions(def).filter((n) => options[n] === undefined);
  if (missing.length > 0) errors.push(errorAt(src, at, `feature '${def.name}' needs option ${missing.map((n) => `'${n}'`).join(', ')}`));
}

/** Checks the feature list `value` found at `at` in `src`; returns its errors. */
export function checkFeatures(src: SourceFile, at: readonly Segment[], value: unknown): Problem[] {
  const errors: Problem[] = [];
  if (!Array.isArray(value)) {
    errors.push(errorAt(src, at, `must be a list of features (names or {name: options}), got ${show(value)}`));
    return errors;
  }
  const seen = new Map<string, number>();
  value.forEach((item, i) => {
    const here = [...at, i];
    let name: string | undefined;
    if (typeof item === 'string') {
      if (!FEATURE_BY_NAME.has(item as FeatureName)) {
        errors.push(errorAt(src, here, unknownFeature(item)));
        return;
      }
      name = item;
      const def = FEATURE_BY_NAME.get(item as FeatureName)!;
      const missing = requiredOptions(def);
      if (missing.length > 0) {
        errors.push(errorAt(src, here, `feature '${item}' needs option ${missing.map((n) => `'${n}'`).join(', ')}: write {${item}: {${missing[0]}: ...}}`));
      }
    } else if (isObj(item)) {
      const keys = Object.keys(item);
      if (keys.length !== 1) {
        errors.push(
          errorAt(
            src,
            here,
            `must name exactly one feature, e.g. {lora: {rank: 16}}, got ${keys.length === 0 ? 'an empty mapping' : `keys ${keys.join(', ')}`}`,
          ),
        );
        return;
      }
      name = keys[0];
      const def = FEATURE_BY_NAME.get(name as FeatureName);
      if (!def) {
        errors.push(errorAt(src, [...here, name], unknownFeature(name), { atKey: true }));
        return;
      }
      const opts = item[name];
      if (isObj(opts)) checkOptions(src, [...here, name], def, opts, errors);
      else if (opts === true || opts === null) checkOptions(src, [...here, name], def, {}, errors);
      else if (opts !== false) {
        errors.push(errorAt(src, [...here, name], `must be the options of '${name}' (a mapping), true, false or null, got ${show(opts)}`));
      }
    } else {
      errors.push(errorAt(src, here, `must be a feature name or {name: options}, got ${show(item)}`));
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) errors.push(errorAt(src, here, `feature '${name}' is listed twice (also ${formatPath([...at, first])})`));
    else seen.set(name, i);
  });
  return errors;
}

/** A feature as requested: name, whether it is on, its explicit options, and its index in the list. */
export interface FeatureEntry {
  name: string;
  on: boolean;
  options: Obj;
  index: number;
}

/** Reads a (valid) feature list. */
export function featureEntries(list: readonly unknown[]): FeatureEntry[] {
  return list.map((item, index) => {
    if (typeof item === 'string') return { name: item, on: true, options: {}, index };
    const [name, opts] = Object.entries(item as Obj)[0];
    return { name, on: opts !== false, options: isObj(opts) ? opts : {}, index };
  });
}

export const FEATURE_OPTION_TYPES: ReadonlyMap<string, ReadonlyMap<string, FeatureOption['type']>> = new Map(
  FEATURES.map((f) => [f.name, new Map(f.options.map((o) => [o.name, o.type]))]),
);
