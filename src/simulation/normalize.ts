/**
 * Turns a SimulationConfig as written into a NormalizedConfig: every default applied, the catalog
 * model and hardware preset expanded into their full fields, features parsed against the registry and
 * checked for compatibility. The normalized form is what baselines fingerprint, so a change to a
 * catalog entry or a hardware file shows up as an input change.
 */
import { builtinProfiles } from '../calibration/builtin.js';
import { ENGINES } from '../calibration/names.js';
import { type ProfileSet, profileSetId, selectProfile } from '../calibration/profile.js';
import type { CalibrationFile, CalibrationSetting } from './config.js';
import { GenzError, layoutFacts, parallelLayoutProblems } from '../core/errors.js';
import { catalogModelSpec, canonicalModelName, MODEL_NAMES, MODEL_SPEC_KEYS, type ModelSpec, resolveModel } from '../core/model.js';
import { PRECISIONS, isPrecision } from '../core/precision.js';
import { type Fidelity, FIDELITIES, resolveTensorPrecisions } from '../core/inference.js';
import { PRESET_NAMES, SYSTEM_SPEC_KEYS, presetSpec, type SystemSpec } from '../core/system.js';
import { distance } from 'fastest-levenshtein';
import type { SimulationConfig } from './config.js';
import { normalizeServing } from '../serving/config.js';
import type { ServingConfig } from '../serving/types.js';
import { MAX_LIMIT } from '../limits.js';
import { FEATURE_BY_NAME, FEATURE_NAMES, type FeatureName, type FeatureOption, LORA_TARGETS, type LoraTarget } from './features.js';

export type SimulationMode = 'full' | 'prefill' | 'decode' | 'chunked';

export interface LoraOptions {
  rank: number;
  strategy: 'dynamic' | 'merged';
  targets: LoraTarget[];
  include_experts: boolean;
}
export interface SpeculativeOptions {
  draft_model: { name: string; source: 'catalog' | 'inline'; spec: ModelSpec };
  acceptance_rate: number;
  parallel_tokens: number;
  /** null: the draft runs on the main hardware and layout. */
  draft_hardware: { name: string; spec: SystemSpec } | null;
  draft_tensor_parallel: number | null;
  draft_pipeline_parallel: number | null;
}
export interface ChunkedOptions {
  prefill_kv_sizes: [number, number][];
  decode_kv_sizes: (number | number[])[];
}

export interface NormalizedConfig {
  mode: SimulationMode;
  /** Which model computes the numbers (docs/model.md "Fidelity"). */
  fidelity: Fidelity;
  /** Corrected model: the precision of each tensor class (GenZ: null, `precision` applies to all). */
  tensor_precision: { weights: string; expert_weights: string; activations: string; kv_cache: string } | null;
  model: { name: string; source: 'catalog' | 'inline'; spec: ModelSpec };
  hardware: { name: string; source: 'preset' | 'inline'; spec: SystemSpec };
  precision: string;
  efficiency: number;
  parallelism: { tensor: number; pipeline: number; expert: number };
  workload: { batch: number; input_tokens: number; output_tokens: number; beam: number };
  features: {
    lora: LoraOptions | null;
    flash_attention: { enabled: boolean };
    memory_offload: boolean;
    speculative_decode: SpeculativeOptions | null;
    chunked: ChunkedOptions | null;
  };
  /** Serving engine (selects the calibration profile). */
  engine: string;
  /**
   * The calibration this scenario runs with: where the profiles come from ('builtin', 'none' or the file
   * path), the profile set's identity (hash of its canonical JSON), the profile selected
   * (hardware|engine|precision, or 'generic' when none matches) and whether it applies to this mode.
   */
  calibration: NormalizedCalibration;
  /** Serving scenarios only (docs/serving.md): the serving block with every default applied. */
  serving?: ServingConfig;
  /** Things the user should know (e.g. fp16 read as bf16). Not part of the fingerprint. */
  notes: string[];
}

export interface NormalizedCalibration {
  source: string;
  id: string | null;
  profile: string | null;
  /** True when no profile matched hardware × engine × precision and the generic one applies. */
  fallback: boolean;
  /** False for modes the calibration does not cover (speculative decoding): raw roofline. */
  applied: boolean;
}

export interface ConfigIssue {
  field: string;
  message: string;
}

/** Bad input: every problem found, each naming its field. Nothing was simulated. */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];
  constructor(issues: ConfigIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** Up to three nearest names, by edit distance on lower-cased names (and the part after "/"). */
export function nearestNames(input: string, candidates: readonly string[], count = 3): string[] {
  const q = input.toLowerCase();
  const score = (c: string): number => {
    const l = c.toLowerCase();
    const tail = l.includes('/') ? l.slice(l.indexOf('/') + 1) : l;
    // A name that contains what was typed ("H100" in "H100_GPU") beats one a single edit away ("B100").
    if (q.length >= 3 && l.includes(q)) return -1;
    return Math.min(distance(q, l), distance(q, tail), distance(q.includes('/') ? q.slice(q.indexOf('/') + 1) : q, tail));
  };
  return [...candidates]
    .map((c) => [c, score(c)] as const)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([c]) => c);
}

const didYouMean = (input: string, names: readonly string[]): string =>
  `did you mean ${nearestNames(input, names)
    .map((n) => `'${n}'`)
    .join(', ')}?`;

const pick = <T extends object>(obj: T, keys: readonly string[]): Partial<T> =>
  Object.fromEntries(keys.filter((k) => (obj as Record<string, unknown>)[k] !== undefined).map((k) => [k, (obj as Record<string, unknown>)[k]])) as Partial<T>;

/** Deep-frozen: catalog and preset entries are shared by every scenario that names them (see catalogRef). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The normalised entry of a catalog model or hardware preset, built once per name and shared (frozen) by every
 * scenario naming it: a 100,000-scenario sweep names a handful, and each copy would cost memory and hashing.
 */
const catalogRefs = new Map<string, NormalizedConfig['model'] | NormalizedConfig['hardware']>();
function catalogRef<T extends NormalizedConfig['model'] | NormalizedConfig['hardware']>(key: string, build: () => T): T {
  let ref = catalogRefs.get(key) as T | undefined;
  if (ref === undefined) {
    ref = deepFreeze(build());
    catalogRefs.set(key, ref);
  }
  return ref;
}

function resolveModelRef(ref: unknown, field: string, issues: ConfigIssue[]): NormalizedConfig['model'] | null {
  if (typeof ref === 'string') {
    const canonical = canonicalModelName(ref);
    if (!canonical) {
      issues.push({ field, message: `unknown model '${ref}'; ${didYouMean(ref, MODEL_NAMES)}` });
      return null;
    }
    return catalogRef(`model\u0000${canonical}`, () => {
      const entry = catalogModelSpec(canonical)!;
      // The spec is frozen and shared: the entry's import notes are read from the catalog per run (catalogImportNotes).
      const spec = pick(entry, MODEL_SPEC_KEYS) as ModelSpec;
      return { name: canonical, source: 'catalog' as const, spec };
    });
  }
  if (ref !== null && typeof ref === 'object' && !Array.isArray(ref)) {
    const spec = ref as ModelSpec;
    const picked = pick(spec, MODEL_SPEC_KEYS) as ModelSpec;
    // What the import could not model travels with the spec as notes (docs/hf-fields.md).
    if (Array.isArray(spec.import_warnings)) picked.import_warnings = [...(spec.import_warnings as string[])];
    return { name: typeof spec.model === 'string' ? spec.model : 'inline model', source: 'inline', spec: picked };
  }
  issues.push({ field, message: `must be a catalog model name or an object of model fields, got ${JSON.stringify(ref)}` });
  return null;
}

function resolveHardwareRef(ref: unknown, field: string, issues: ConfigIssue[]): NormalizedConfig['hardware'] | null {
  if (typeof ref === 'string') {
    const preset = presetSpec(ref);
    if (!preset) {
      issues.push({ field, message: `unknown hardware '${ref}'; ${didYouMean(ref, PRESET_NAMES)} (preset names are case-sensitive)` });
      return null;
    }
    return catalogRef(`hardware\u0000${ref}`, () => ({ name: ref, source: 'preset' as const, spec: preset }));
  }
  if (ref !== null && typeof ref === 'object' && !Array.isArray(ref)) {
    const spec = ref as SystemSpec;
    const unknown = Object.keys(spec).filter((k) => !SYSTEM_SPEC_KEYS.includes(k));
    for (const k of unknown) issues.push({ field: `${field}.${k}`, message: `unknown hardware field (known: ${SYSTEM_SPEC_KEYS.join(', ')})` });
    return { name: typeof spec.system_name === 'string' ? spec.system_name : 'inline hardware', source: 'inline', spec: { ...spec } };
  }
  issues.push({ field, message: `must be a hardware preset name or an object of System fields, got ${JSON.stringify(ref)}` });
  return null;
}

function integer(v: unknown, field: string, min: number, fallback: number, issues: ConfigIssue[]): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    issues.push({ field, message: `must be an integer >= ${min}, got ${JSON.stringify(v)}` });
    return fallback;
  }
  return v;
}

function checkOption(opt: FeatureOption, value: unknown, field: string, issues: ConfigIssue[]): unknown {
  const bad = (what: string): undefined => {
    issues.push({ field, message: `${what}, got ${JSON.stringify(value)}` });
    return undefined;
  };
  switch (opt.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return bad('must be an integer');
      break;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('must be a number');
      break;
    case 'boolean':
      if (typeof value === 'string' && ['on', 'off', 'true', 'false'].includes(value)) return value === 'on' || value === 'true';
      if (typeof value !== 'boolean') return bad('must be true or false');
      break;
    case 'string':
      if (typeof value !== 'string') return bad('must be a string');
      break;
    case 'string[]':
      if (typeof value === 'string') value = value.split(/[+|]/);
      if (!Array.isArray(value) || value.some((x) => typeof x !== 'string')) return bad('must be a list of strings');
      break;
    default:
      break;
  }
  if (typeof value === 'number') {
    if (opt.min !== undefined && value < opt.min) return bad(`must be >= ${opt.min}`);
    if (opt.max !== undefined && value > opt.max) return bad(`must be <= ${opt.max}`);
  }
  if (opt.choices) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (!opt.choices.includes(v as string)) return bad(`must be ${Array.isArray(value) ? 'a list of ' : ''}one of ${opt.choices.join(', ')}`);
    }
  }
  return value;
}

/** Parses `features` into name → options (registry defaults applied), reporting every problem. */
function parseFeatures(features: unknown, issues: ConfigIssue[]): Map<FeatureName, Record<string, unknown>> {
  const out = new Map<FeatureName, Record<string, unknown>>();
  if (features === undefined || features === null) return out;
  if (!Array.isArray(features)) {
    issues.push({ field: 'features', message: 'must be a list of feature names or {name: options} objects' });
    return out;
  }
  features.forEach((entry, i) => {
    let name: string;
    let options: unknown;
    if (typeof entry === 'string') {
      name = entry;
      options = {};
    } else if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && Object.keys(entry).length === 1) {
      [name, options] = Object.entries(entry)[0];
    } else {
      issues.push({ field: `features[${i}]`, message: 'must be a feature name or an object with exactly one feature name as key' });
      return;
    }
    const field = `features[${i}].${name}`;
    const def = FEATURE_BY_NAME.get(name as FeatureName);
    if (!def) {
      issues.push({ field: `features[${i}]`, message: `unknown feature '${name}'; ${didYouMean(name, FEATURE_NAMES)}` });
      return;
    }
    if (out.has(def.name)) {
      issues.push({ field, message: `feature '${name}' is listed twice` });
      return;
    }
    if (options === false) {
      // Explicitly off: only meaningful for features that are on by default.
      if (def.defaultOn) out.set(def.name, { enabled: false });
      return;
    }
    if (options === true || options === null || options === undefined) options = {};
    if (typeof options !== 'object' || Array.isArray(options)) {
      issues.push({ field, message: 'options must be an object, true or false' });
      return;
    }
    const given = options as Record<string, unknown>;
    const parsed: Record<string, unknown> = {};
    for (const key of Object.keys(given)) {
      if (!def.options.some((o) => o.name === key)) {
        const known = def.options.map((o) => o.name);
        issues.push({
          field: `${field}.${key}`,
          message: `unknown option of '${name}'${known.length ? ` (options: ${known.join(', ')})` : ' (it takes none)'}`,
        });
      }
    }
    for (const opt of def.options) {
      if (given[opt.name] === undefined) {
        if (opt.default !== undefined) parsed[opt.name] = structuredClone(opt.default);
        continue;
      }
      const v = checkOption(opt, given[opt.name], `${field}.${opt.name}`, issues);
      if (v !== undefined) parsed[opt.name] = v;
    }
    out.set(def.name, parsed);
  });
  return out;
}

function checkCompatibility(features: Map<FeatureName, Record<string, unknown>>, issues: ConfigIssue[]): SimulationMode {
  const on = (n: FeatureName): boolean => features.has(n) && !(FEATURE_BY_NAME.get(n)!.defaultOn && features.get(n)!.enabled === false);
  const reported = new Set<string>();
  for (const name of FEATURE_NAMES) {
    if (!on(name)) continue;
    for (const other of FEATURE_BY_NAME.get(name)!.incompatible) {
      const pair = [name, other].sort().join('+');
      if (on(other) && !reported.has(pair)) {
        reported.add(pair);
        issues.push({ field: 'features', message: `'${name}' and '${other}' cannot be used together` });
      }
    }
  }
  const modes = (['prefill', 'decode', 'chunked'] as const).filter(on);
  const mode: SimulationMode = modes.length === 1 ? modes[0] : 'full';
  for (const name of FEATURE_NAMES) {
    const req = FEATURE_BY_NAME.get(name)!.requiresOneOf;
    if (!on(name) || !req) continue;
    const satisfied = req.some((r) => (r === 'full_request' ? mode === 'full' : on(r)));
    if (!satisfied) {
      issues.push({
        field: 'features',
        message: `'${name}' needs ${req.map((r) => (r === 'full_request' ? 'a full request (no mode feature)' : `'${r}'`)).join(' or ')}`,
      });
    }
  }
  return mode;
}

/** Applies defaults and validates; throws ConfigError naming every bad field. */
export function normalizeConfig(config: SimulationConfig): NormalizedConfig {
  const issues: ConfigIssue[] = [];
  const notes: string[] = [];
  if (config === null || typeof config !== 'object') throw new ConfigError([{ field: '(config)', message: 'must be an object' }]);
  for (const key of Object.keys(config)) {
    if (
      !['model', 'hardware', 'precision', 'efficiency', 'parallelism', 'workload', 'features', 'fidelity', 'engine', 'calibration', 'serving'].includes(key)
    ) {
      issues.push({
        field: key,
        message: 'unknown field (fields: model, hardware, precision, efficiency, parallelism, workload, features, fidelity, engine, calibration, serving)',
      });
    }
  }
  if (config.model === undefined) issues.push({ field: 'model', message: 'is required' });
  if (config.hardware === undefined) issues.push({ field: 'hardware', message: 'is required' });
  const model = config.model === undefined ? null : resolveModelRef(config.model, 'model', issues);
  const hardware = config.hardware === undefined ? null : resolveHardwareRef(config.hardware, 'hardware', issues);

  const fidelity = (config.fidelity ?? 'corrected') as Fidelity;
  if (!FIDELITIES.includes(fidelity))
    issues.push({ field: 'fidelity', message: `must be one of ${FIDELITIES.join(', ')}, got ${JSON.stringify(config.fidelity)}` });
  const readPrecision = (v: unknown, field: string): string | undefined => {
    if (v === undefined) return undefined;
    if (v === 'fp16') {
      notes.push(`${field} fp16 is simulated as bf16 (same bytes per element and compute rate)`);
      return 'bf16';
    }
    if (!isPrecision(v)) {
      issues.push({ field, message: `unknown precision ${JSON.stringify(v)}; valid: ${PRECISIONS.join(', ')} (and fp16, read as bf16)` });
      return undefined;
    }
    return v;
  };
  const rawPrecision = config.precision ?? 'bf16';
  let precision = 'bf16';
  const perTensor: Record<string, string | undefined> = {};
  if (rawPrecision !== null && typeof rawPrecision === 'object' && !Array.isArray(rawPrecision)) {
    for (const k of Object.keys(rawPrecision)) {
      if (!['bits', 'weights', 'expert_weights', 'activations', 'kv_cache'].includes(k))
        issues.push({ field: `precision.${k}`, message: 'unknown field (fields: bits, weights, expert_weights, activations, kv_cache)' });
    }
    const p = rawPrecision as Record<string, unknown>;
    precision = readPrecision(p.bits, 'precision.bits') ?? 'bf16';
    for (const k of ['weights', 'expert_weights', 'activations', 'kv_cache']) perTensor[k] = readPrecision(p[k], `precision.${k}`);
    if (fidelity === 'genz' && Object.values(perTensor).some((x) => x !== undefined)) {
      issues.push({ field: 'precision', message: "per-tensor precision needs fidelity 'corrected' (GenZ has one precision for every tensor)" });
    }
  } else {
    precision = readPrecision(rawPrecision, 'precision') ?? 'bf16';
  }
  const efficiency = config.efficiency ?? 1;
  if (typeof efficiency !== 'number' || !(efficiency > 0 && efficiency <= 1)) {
    issues.push({ field: 'efficiency', message: `must be a number with 0 < efficiency <= 1, got ${JSON.stringify(efficiency)}` });
  }

  const features = parseFeatures(config.features, issues);
  const mode = checkCompatibility(features, issues);

  const par = config.parallelism ?? {};
  const parallelism = {
    tensor: integer(par.tensor, 'parallelism.tensor', 1, 1, issues),
    pipeline: integer(par.pipeline, 'parallelism.pipeline', 1, 1, issues),
    expert: integer(par.expert, 'parallelism.expert', 1, 1, issues),
  };
  // The parallelism features are another way to say the same degrees; both given must agree.
  for (const [feature, key] of [
    ['tensor_parallel', 'tensor'],
    ['pipeline_parallel', 'pipeline'],
    ['expert_parallel', 'expert'],
  ] as const) {
    const f = features.get(feature);
    if (!f) continue;
    const degree = f.degree as number;
    if (par[key] !== undefined && par[key] !== degree) {
      issues.push({ field: `parallelism.${key}`, message: `is ${par[key]} but feature '${feature}' says degree ${degree}` });
    } else {
      parallelism[key] = degree;
    }
  }

  // The layout against the model, in the same words as a manifest's (an invalid inline model is reported later).
  if (model && !issues.some((i) => i.field.startsWith('parallelism'))) {
    let facts = null;
    try {
      facts = layoutFacts(model.name, resolveModel(model.source === 'catalog' ? model.name : model.spec));
    } catch (e) {
      if (!(e instanceof GenzError)) throw e;
    }
    if (facts) for (const p of parallelLayoutProblems(facts, parallelism)) issues.push(p);
  }

  const wl = config.workload ?? {};
  const workload = {
    batch: integer(wl.batch, 'workload.batch', 1, 1, issues),
    input_tokens: integer(wl.input_tokens, 'workload.input_tokens', 1, 1024, issues),
    output_tokens: integer(wl.output_tokens, 'workload.output_tokens', 1, 256, issues),
    beam: integer(wl.beam, 'workload.beam', 1, 1, issues),
  };

  // Beams are simulated in full requests and decode only: a speculative step drafts one sequence, and a chunk
  // states its beams in decode_kv_sizes ([prefill_beams, decode_beams, prefill_context, decode_context]).
  if (workload.beam > 1 && features.has('speculative_decode')) {
    issues.push({
      field: 'workload.beam',
      message: `is ${workload.beam}, but speculative decoding is simulated for one sequence per request (no beam search); use beam 1`,
    });
  } else if (workload.beam > 1 && mode === 'chunked') {
    issues.push({
      field: 'workload.beam',
      message: `is ${workload.beam}, but a chunked step takes its beams from the chunked feature's decode_kv_sizes ([prefill_beams, decode_beams, prefill_context, decode_context]); use beam 1`,
    });
  }

  let lora: LoraOptions | null = null;
  const l = features.get('lora');
  if (l)
    lora = {
      rank: l.rank as number,
      strategy: l.strategy as LoraOptions['strategy'],
      targets: [...new Set(l.targets as LoraTarget[])].sort((a, b) => LORA_TARGETS.indexOf(a) - LORA_TARGETS.indexOf(b)),
      include_experts: Boolean(l.include_experts),
    };

  let speculative: SpeculativeOptions | null = null;
  const s = features.get('speculative_decode');
  if (s) {
    if (s.draft_model === undefined)
      issues.push({ field: 'features.speculative_decode.draft_model', message: 'is required (a catalog model name or model fields)' });
    const draft = s.draft_model === undefined ? null : resolveModelRef(s.draft_model, 'features.speculative_decode.draft_model', issues);
    const dh = s.draft_hardware === undefined ? null : resolveHardwareRef(s.draft_hardware, 'features.speculative_decode.draft_hardware', issues);
    if (draft) {
      speculative = {
        draft_model: draft,
        acceptance_rate: s.acceptance_rate as number,
        parallel_tokens: s.parallel_tokens as number,
        draft_hardware: dh,
        draft_tensor_parallel: (s.draft_tensor_parallel as number | undefined) ?? null,
        draft_pipeline_parallel: (s.draft_pipeline_parallel as number | undefined) ?? null,
      };
    }
  }

  // The draft's own layout (tensor and pipeline from its options, else the scenario's; no expert parallelism).
  if (speculative && !issues.some((i) => i.field.startsWith('parallelism'))) {
    const draft = speculative.draft_model;
    let facts = null;
    try {
      facts = layoutFacts(draft.name, resolveModel(draft.source === 'catalog' ? draft.name : draft.spec));
    } catch (e) {
      if (!(e instanceof GenzError)) throw e;
    }
    const par = {
      tensor: speculative.draft_tensor_parallel ?? parallelism.tensor,
      pipeline: speculative.draft_pipeline_parallel ?? parallelism.pipeline,
      expert: 1,
    };
    const option = { 'parallelism.tensor': 'draft_tensor_parallel', 'parallelism.pipeline': 'draft_pipeline_parallel', 'parallelism.expert': 'draft_model' };
    if (facts) {
      for (const p of parallelLayoutProblems(facts, par)) {
        const inherited =
          (p.field === 'parallelism.tensor' && speculative.draft_tensor_parallel === null) ||
          (p.field === 'parallelism.pipeline' && speculative.draft_pipeline_parallel === null);
        const how = inherited ? ` (the draft takes the scenario's ${p.field} unless ${option[p.field]} is set)` : '';
        issues.push({ field: `features.speculative_decode.${option[p.field]}`, message: `the draft model${how}: ${p.message}` });
      }
    }
  }

  let chunked: ChunkedOptions | null = null;
  const c = features.get('chunked');
  if (c) chunked = { prefill_kv_sizes: c.prefill_kv_sizes as [number, number][], decode_kv_sizes: c.decode_kv_sizes as (number | number[])[] };

  let tensorPrecision: NormalizedConfig['tensor_precision'] = null;
  if (fidelity === 'corrected' && model) {
    const spec = model.spec;
    const stated = {
      weightPrecision: typeof spec.weight_precision === 'string' ? spec.weight_precision : null,
      expertWeightPrecision: typeof spec.expert_weight_precision === 'string' ? spec.expert_weight_precision : null,
    };
    for (const [k, v] of Object.entries(stated)) {
      if (v !== null && !isPrecision(v)) issues.push({ field: 'model', message: `the model states ${k} ${JSON.stringify(v)}, not a known precision` });
    }
    if (issues.length === 0) {
      const t = resolveTensorPrecisions(stated, precision, {
        weights: perTensor.weights as never,
        expertWeights: perTensor.expert_weights as never,
        activations: perTensor.activations as never,
        kvCache: perTensor.kv_cache as never,
      });
      tensorPrecision = { weights: t.weights, expert_weights: t.expertWeights, activations: t.activations, kv_cache: t.kvCache };
      if (perTensor.weights === undefined && stated.weightPrecision !== null) {
        notes.push(`weights at ${stated.weightPrecision} as the model's quantization config states`);
      }
      if (
        perTensor.expert_weights === undefined &&
        perTensor.weights === undefined &&
        stated.expertWeightPrecision !== null &&
        stated.expertWeightPrecision !== stated.weightPrecision
      ) {
        notes.push(`expert weights at ${stated.expertWeightPrecision} as the model's quantization config states`);
      }
    }
  }
  // What the model's import could not model (scripts/catalog-add.ts, docs/hf-fields.md) is said in the run.
  const importNotes = model === null ? undefined : model.source === 'catalog' ? catalogModelSpec(model.name)?.notes : model.spec.import_warnings;
  if (Array.isArray(importNotes)) for (const w of importNotes) if (typeof w === 'string') notes.push(w);
  if (model !== null && model.source !== 'catalog') delete model.spec.import_warnings;
  const engine = config.engine ?? 'generic';
  if (!(ENGINES as readonly string[]).includes(engine))
    issues.push({ field: 'engine', message: `unknown engine ${JSON.stringify(engine)}; valid: ${ENGINES.join(', ')}` });
  // Serving (docs/serving.md): corrected fidelity, no speculative decoding or chunk feature; bounds of the run are checked by the loader.
  let serving: ServingConfig | null = null;
  if (config.serving !== undefined) {
    serving = normalizeServing(config.serving, workload, { maxRequests: MAX_LIMIT, maxTokens: MAX_LIMIT }, issues);
    if (fidelity !== 'corrected')
      issues.push({ field: 'fidelity', message: 'serving scenarios need fidelity corrected (the chunked-prefill model of docs/model.md)' });
    if (speculative !== null || mode === 'chunked')
      issues.push({ field: 'features', message: 'serving scenarios do not combine with speculative_decode or chunked_prefill features' });
    if (parallelism.pipeline > 1)
      issues.push({ field: 'parallelism.pipeline', message: 'serving scenarios do not model pipeline schedules yet; use tensor parallelism' });
  }
  const calibration = normalizeCalibration(config.calibration, hardware, engine, precision, speculative !== null, issues);
  if (calibration?.applied && calibration.fallback) {
    notes.push(
      `calibration: no fitted profile for ${hardware?.name ?? 'this hardware'} × ${engine} × ${precision}; the generic profile (fitted on all devices, wider band) applies`,
    );
  } else if (calibration && !calibration.applied && calibration.source !== 'none') {
    notes.push('calibration does not cover speculative decoding (docs/model.md): the figures are the raw roofline');
  }

  if (issues.length > 0) throw new ConfigError(issues);
  return {
    mode,
    fidelity,
    tensor_precision: tensorPrecision,
    model: model!,
    hardware: hardware!,
    precision,
    efficiency,
    parallelism,
    workload,
    features: {
      lora,
      flash_attention: { enabled: features.get('flash_attention')?.enabled !== false },
      memory_offload: features.has('memory_offload'),
      speculative_decode: speculative,
      chunked,
    },
    engine,
    calibration: calibration!,
    ...(serving !== null ? { serving } : {}),
    notes,
  };
}

/** The profile set a calibration setting names (undefined for 'none'). */
export function calibrationProfiles(setting: CalibrationSetting | undefined): ProfileSet | undefined {
  if (setting === 'builtin') return builtinProfiles();
  if (setting === undefined || setting === 'none') return undefined;
  return setting.profiles;
}

function normalizeCalibration(
  setting: CalibrationSetting | undefined,
  hardware: NormalizedConfig['hardware'] | null,
  engine: string,
  precision: string,
  uncovered: boolean,
  issues: ConfigIssue[],
): NormalizedCalibration | null {
  if (setting !== undefined && setting !== 'builtin' && setting !== 'none' && (typeof setting !== 'object' || setting === null || !setting.profiles)) {
    issues.push({ field: 'calibration', message: 'must be builtin, none, or a calibration profile file (genz calibrate --out)' });
    return null;
  }
  const set = calibrationProfiles(setting);
  if (!set) return { source: 'none', id: null, profile: null, fallback: false, applied: false };
  const source = setting === 'builtin' ? 'builtin' : (setting as CalibrationFile).path;
  const sel = selectProfile(set, hardware?.source === 'preset' ? hardware.name : null, engine, precision);
  return { source, id: setId(set), profile: sel.key, fallback: sel.fallback, applied: !uncovered };
}

/** profileSetId once per loaded set: every scenario of a run names the same set object, and sets are not changed once loaded. */
const setIds = new WeakMap<ProfileSet, string>();
function setId(set: ProfileSet): string {
  let id = setIds.get(set);
  if (id === undefined) {
    id = profileSetId(set);
    setIds.set(set, id);
  }
  return id;
}
