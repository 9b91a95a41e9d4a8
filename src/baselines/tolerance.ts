/**
 * Tolerance rules: how far a metric may drift from its baseline before it counts as a change.
 *
 * Config (the `tolerances` section of genz.config.yaml):
 * ```
 * tolerances:
 *   default: { rel: 0, abs: 0 }                       # secondary metrics; primary metrics stay exact
 *   metrics: { kv_cache_gb: { rel: 0.01 }, tokens_per_ms: { abs: 0.5 } }
 *   scenarios: [ { match: "llama-*", metrics: { ttft_ms: { rel: 0.02 } } } ]
 * ```
 *
 * Resolution for (metric, scenario id), first that applies wins:
 *  1. boolean metrics are always exact ("exact (boolean)");
 *  2. the LAST scenario rule whose `match` glob matches the id and that names the metric ("scenario rule #2 (llama-*)");
 *  3. `metrics.<key>` ("metric rule (kv_cache_gb)");
 *  4. primary metrics: exact ("exact (primary)");
 *  5. secondary metrics: `default` ("default"), or exact when there is none ("exact (no default)").
 * Each rule is complete on its own: a missing `rel` or `abs` is 0, not inherited from a lower-precedence rule.
 *
 * A value passes when |current − baseline| ≤ abs + rel × |baseline| (inclusive; evaluated exactly as written,
 * in double precision).
 *
 * Globs match the whole scenario id: `*` any run of characters (also empty, also `/`), `?` exactly one character
 * (one Unicode code point). Every other character, including `[`, `]` and `\`, matches itself; there are no
 * character classes and no escapes.
 */
import { METRIC_BY_KEY, METRIC_KEYS, type MetricKey } from '../metrics/definitions.js';

export interface ToleranceSpec {
  /** Relative tolerance, a fraction of |baseline| (0.01 = 1 %); ≥ 0. Default 0. */
  rel?: number;
  /** Absolute tolerance in the metric's unit; ≥ 0. Default 0. */
  abs?: number;
}
export type MetricTolerances = Partial<Record<MetricKey, ToleranceSpec>>;
export interface ScenarioToleranceRule {
  /** Glob over scenario ids (`*`, `?`). */
  match: string;
  metrics: MetricTolerances;
}
export interface ToleranceConfig {
  default?: ToleranceSpec;
  metrics?: MetricTolerances;
  /** Later rules win over earlier ones. */
  scenarios?: ScenarioToleranceRule[];
}
export interface ResolvedTolerance {
  rel: number;
  abs: number;
  /** Human description of where the tolerance came from, e.g. "scenario rule #1 (llama-*)", "exact (primary)". */
  source: string;
}
export interface ConfigError {
  /** Field path, e.g. "tolerances.scenarios[0].metrics.ttft_ms.rel". */
  path: string;
  message: string;
}
export type ToleranceValidation = { ok: true; value: ToleranceConfig; errors: [] } | { ok: false; errors: ConfigError[] };

// ---------------------------------------------------------------------------------------------------------------
// Glob

/** Whole-string match of `id` against `pattern` with `*` and `?` (see the module comment). */
export function globMatch(pattern: string, id: string): boolean {
  const p = Array.from(pattern);
  const s = Array.from(id);
  let pi = 0;
  let si = 0;
  let star = -1; // index in p of the last `*`
  let mark = 0; // index in s where that `*` currently stops
  while (si < s.length) {
    if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = si;
    } else if (pi < p.length && (p[pi] === '?' || p[pi] === s[si])) {
      pi++;
      si++;
    } else if (star >= 0) {
      pi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function validateSpec(v: unknown, path: string, errors: ConfigError[]): ToleranceSpec | undefined {
  if (!isObject(v)) {
    errors.push({ path, message: `expected an object like { rel: 0.01, abs: 0.5 }, got ${describe(v)}` });
    return undefined;
  }
  const out: ToleranceSpec = {};
  for (const k of Object.keys(v)) {
    if (k !== 'rel' && k !== 'abs') {
      errors.push({ path: `${path}.${k}`, message: 'unknown field (expected rel, abs)' });
      continue;
    }
    const x = v[k];
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
      errors.push({ path: `${path}.${k}`, message: `expected a finite number ≥ 0, got ${describe(x)}` });
      continue;
    }
    out[k] = x;
  }
  return out;
}

function validateMetricMap(v: unknown, path: string, errors: ConfigError[]): MetricTolerances | undefined {
  if (!isObject(v)) {
    errors.push({ path, message: `expected an object of metric keys, got ${describe(v)}` });
    return undefined;
  }
  const out: MetricTolerances = {};
  for (const k of Object.keys(v)) {
    const def = METRIC_BY_KEY.get(k as MetricKey);
    if (!def) {
      errors.push({ path: `${path}.${k}`, message: `unknown metric (known: ${METRIC_KEYS.join(', ')})` });
      continue;
    }
    if (def.kind === 'boolean') {
      errors.push({ path: `${path}.${k}`, message: 'boolean metric: tolerances do not apply (it is always compared exactly)' });
      continue;
    }
    const spec = validateSpec(v[k], `${path}.${k}`, errors);
    if (spec) out[k as MetricKey] = spec;
  }
  return out;
}

/**
 * Validates the `tolerances` section (undefined/null = no rules). Returns a normalised copy, or every error with
 * its field path (prefixed by `basePath`).
 */
export function validateToleranceConfig(value: unknown, basePath = 'tolerances'): ToleranceValidation {
  const errors: ConfigError[] = [];
  if (value === undefined || value === null) return { ok: true, value: {}, errors: [] };
  if (!isObject(value)) {
    return { ok: false, errors: [{ path: basePath, message: `expected an object with default, metrics, scenarios, got ${describe(value)}` }] };
  }
  const out: ToleranceConfig = {};
  for (const k of Object.keys(value)) {
    if (k !== 'default' && k !== 'metrics' && k !== 'scenarios')
      errors.push({ path: `${basePath}.${k}`, message: 'unknown field (expected default, metrics, scenarios)' });
  }
  if (value.default !== undefined) out.default = validateSpec(value.default, `${basePath}.default`, errors);
  if (value.metrics !== undefined) out.metrics = validateMetricMap(value.metrics, `${basePath}.metrics`, errors);
  if (value.scenarios !== undefined) {
    if (!Array.isArray(value.scenarios)) {
      errors.push({ path: `${basePath}.scenarios`, message: `expected a list of { match, metrics } rules, got ${describe(value.scenarios)}` });
    } else {
      out.scenarios = [];
      value.scenarios.forEach((rule: unknown, i: number) => {
        const path = `${basePath}.scenarios[${i}]`;
        if (!isObject(rule)) {
          errors.push({ path, message: `expected { match, metrics }, got ${describe(rule)}` });
          return;
        }
        for (const k of Object.keys(rule)) {
          if (k !== 'match' && k !== 'metrics') errors.push({ path: `${path}.${k}`, message: 'unknown field (expected match, metrics)' });
        }
        let ok = true;
        if (typeof rule.match !== 'string' || rule.match.length === 0) {
          errors.push({
            path: `${path}.match`,
            message: `expected a non-empty glob string, got ${rule.match === undefined ? 'nothing' : describe(rule.match)}`,
          });
          ok = false;
        }
        if (rule.metrics === undefined) {
          errors.push({ path: `${path}.metrics`, message: 'missing (expected an object of metric keys)' });
          ok = false;
        }
        const metrics = rule.metrics === undefined ? undefined : validateMetricMap(rule.metrics, `${path}.metrics`, errors);
        if (ok && metrics) out.scenarios!.push({ match: rule.match as string, metrics });
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out, errors: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution and the pass rule

function resolved(spec: ToleranceSpec, source: string): ResolvedTolerance {
  return { rel: spec.rel ?? 0, abs: spec.abs ?? 0, source };
}

/** The tolerance that applies to `metricKey` in scenario `scenarioId` (precedence in the module comment). */
export function toleranceFor(metricKey: MetricKey, scenarioId: string, rules?: ToleranceConfig | null): ResolvedTolerance {
  const def = METRIC_BY_KEY.get(metricKey);
  if (!def) throw new Error(`unknown metric ${JSON.stringify(metricKey)}`);
  if (def.kind === 'boolean') return { rel: 0, abs: 0, source: 'exact (boolean)' };
  const scenarioRules = rules?.scenarios ?? [];
  for (let i = scenarioRules.length - 1; i >= 0; i--) {
    const rule = scenarioRules[i];
    const spec = rule.metrics[metricKey];
    if (spec && globMatch(rule.match, scenarioId)) return resolved(spec, `scenario rule #${i + 1} (${rule.match})`);
  }
  const metricSpec = rules?.metrics?.[metricKey];
  if (metricSpec) return resolved(metricSpec, `metric rule (${metricKey})`);
  if (def.primary) return { rel: 0, abs: 0, source: 'exact (primary)' };
  if (rules?.default) return resolved(rules.default, 'default');
  return { rel: 0, abs: 0, source: 'exact (no default)' };
}

/**
 * {@link toleranceFor} of many scenarios at once: each scenario's rules are matched once (not once per metric),
 * and scenarios matching the same rules share their resolved tolerances (frozen objects, equal to what
 * toleranceFor returns). For one diff: `rules` must not change while the resolver is used.
 */
export function toleranceResolver(rules?: ToleranceConfig | null): (scenarioId: string) => (metricKey: MetricKey) => ResolvedTolerance {
  const scenarioRules = rules?.scenarios ?? [];
  const bySignature = new Map<string, (metricKey: MetricKey) => ResolvedTolerance>();
  return (scenarioId) => {
    let signature = '';
    for (let i = 0; i < scenarioRules.length; i++) if (globMatch(scenarioRules[i].match, scenarioId)) signature += `${i},`;
    let resolve = bySignature.get(signature);
    if (resolve === undefined) {
      const cache = new Map<MetricKey, ResolvedTolerance>();
      // Any scenario with this signature resolves alike: toleranceFor only asks which rules match the id.
      const id = scenarioId;
      resolve = (metricKey) => {
        let t = cache.get(metricKey);
        if (t === undefined) {
          t = Object.freeze(toleranceFor(metricKey, id, rules));
          cache.set(metricKey, t);
        }
        return t;
      };
      bySignature.set(signature, resolve);
    }
    return resolve;
  };
}

/** |current − baseline| ≤ abs + rel × |baseline|, inclusive. */
export function withinTolerance(baseline: number, current: number, tolerance: { rel: number; abs: number }): boolean {
  return Math.abs(current - baseline) <= tolerance.abs + tolerance.rel * Math.abs(baseline);
}

/** True when the tolerance is zero, i.e. any difference counts. */
export function isExact(tolerance: { rel: number; abs: number }): boolean {
  return tolerance.rel === 0 && tolerance.abs === 0;
}
