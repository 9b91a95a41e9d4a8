/**
 * loadScenarios: discover the manifests, validate them all (every error of every file is collected),
 * apply defaults, expand matrices, resolve models and hardware, check ids and the parallel layout
 * against the model. A run with any error yields no scenarios.
 */
import { type ProfileSet, parseProfiles } from '../calibration/profile.js';
import type { CalibrationSetting } from '../simulation/config.js';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { layoutFacts, parallelLayoutProblems } from '../core/errors.js';
import type { ModelConfig } from '../core/model.js';
import type { SimulationConfig } from '../simulation/config.js';
import { type Problem, type Segment, formatPath, sortProblems } from '../errors/index.js';
import { FEATURE_OPTION_TYPES, checkFeatures, featureEntries } from './features.js';
import { MatrixWalk } from './matrix.js';
import { DEFAULT_LIMITS, type Limits, checkLimit, formatCount, limitHint, nestingTooDeep } from '../limits.js';
import { readFileSafe } from '../safe-fs.js';
import { findFileInside, realInside } from './paths.js';
import { Resolver } from './resolve.js';
import { type SourceFile, errorAt, parseSource, positionOf } from './source.js';
import type { LoadScenariosOptions, LoadScenariosResult, Scenario, SloBudgets } from './types.js';
import { schemaErrors } from './validate.js';
import { SERVING_SLO_KEYS } from '../serving/config.js';
import { TraceError, parseTrace } from '../serving/trace.js';
import type { TraceRequest } from '../serving/types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Documented defaults filled into every SimulationConfig. */
export const SCENARIO_DEFAULTS = {
  precision: 'bf16',
  efficiency: 1,
  parallelism: { tensor: 1, pipeline: 1, expert: 1 },
  workload: { batch: 1, input_tokens: 1024, output_tokens: 256, beam: 1 },
} as const;

/** Scenario fields that are not part of `defaults`. */
const OWN_FIELDS = new Set(['id', 'description', 'matrix']);

function getPath(obj: unknown, keys: readonly string[]): unknown {
  let cur = obj;
  for (const k of keys) {
    if (!isObj(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/** Deep merge of mappings; anything else (lists included) in `over` replaces `base`. */
function merge(base: unknown, over: unknown): unknown {
  if (!isObj(base) || !isObj(over)) return over === undefined ? base : over;
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}

/**
 * Sets `value` at `keys` in `obj`, copying each mapping on the way (they may be shared with other scenarios)
 * unless it is in `copied` (made by an earlier call for the same object); copies are added to it.
 */
function setPath(obj: Obj, keys: readonly string[], value: unknown, copied: unknown[]): void {
  let cur = obj;
  for (let j = 0; j < keys.length - 1; j++) {
    const k = keys[j];
    const next = cur[k];
    if (!isObj(next)) {
      const made = {};
      cur[k] = made;
      copied.push(made);
    } else if (!copied.includes(next)) {
      const made = { ...next };
      cur[k] = made;
      copied.push(made);
    }
    cur = cur[k] as Obj;
  }
  cur[keys[keys.length - 1]] = value;
}

/** Whether every number anywhere in `v` is finite (no .inf or .nan), at any depth. */
function onlyFiniteNumbers(v: unknown, depth = 0): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || typeof v !== 'object') return true;
  // Deeper than any manifest may nest (limits.nesting_depth): not known, so the caller checks as usual.
  if (depth > 1000) return false;
  for (const x of Object.values(v as Obj)) if (!onlyFiniteNumbers(x, depth + 1)) return false;
  return true;
}

/** Paths whose schema errors are replaced by the feature checker's own. */
function isFeaturePath(s: readonly Segment[]): boolean {
  if (s[0] === 'defaults' && s[1] === 'features') return true;
  if (s[0] === 'scenarios' && s[2] === 'features') return true;
  return s[0] === 'scenarios' && s[2] === 'matrix' && s[3] === 'features' && s.length >= 5;
}

type DegreeName = 'tensor' | 'pipeline' | 'expert';
/** A parallel degree and where it is written: undefined for parallelism.<name> (looked up when needed). */
interface Degree {
  value: number;
  where: Segment[] | null | undefined;
}
type Degrees = Record<DegreeName, Degree>;

interface IdPlace {
  file: string;
  line: number;
  column: number;
}

class ManifestLoader {
  readonly errors: Problem[] = [];
  readonly scenarios: Scenario[] = [];
  private readonly ids = new Map<string, IdPlace>();

  /** Scenarios the run has so far, matrix expansions included (limits.scenarios). */
  private scenarioCount = 0;
  private scenarioLimitHit = false;
  /** Profile files read so far (root-relative path → set, or the error message). */
  private readonly profiles = new Map<string, ProfileSet | string>();

  constructor(
    private readonly root: string,
    private readonly resolver: Resolver,
    private readonly limits: Limits,
    private readonly fidelity?: SimulationConfig['fidelity'],
    private readonly calibration = 'builtin',
  ) {}

  /**
   * The serving block as the engine reads it (docs/serving.md): the scenario's serving SLO budgets copied
   * in (goodput and the max-rate search need them), the run's limits checked, a trace file read.
   */
  private servingBlock(serving: Obj, slo: unknown, fail: (keys: string[], message: string) => void): SimulationConfig['serving'] | null {
    const out: Obj = { ...serving };
    const budgets: Record<string, number> = {};
    if (isObj(slo)) for (const k of SERVING_SLO_KEYS) if (typeof slo[k] === 'number') budgets[k] = slo[k] as number;
    out.slo = budgets;
    const requests = serving.requests;
    if (typeof requests === 'number') {
      const problem = checkLimit('serving_requests', requests, this.limits, 'serving.requests');
      if (problem) {
        fail(['requests'], `${problem}; ${limitHint('serving_requests')}`);
        return null;
      }
    }
    const arrival = serving.arrival;
    if (isObj(arrival) && typeof arrival.trace === 'string') {
      const read = this.traceFile(arrival.trace);
      if (typeof read === 'string') {
        fail(['arrival', 'trace'], read);
        return null;
      }
      out.trace_requests = read;
    }
    return out as SimulationConfig['serving'];
  }

  private traceFile(value: string): TraceRequest[] | string {
    const found = findFileInside(this.root, value);
    if (found.kind === 'missing') return `trace '${found.rel}' not found (paths are relative to the project root)`;
    if (found.kind === 'refused') return `'${value}' refused: ${found.reason}`;
    const read = readFileSafe(found.abs, { root: this.root, maxBytes: this.limits.manifest_bytes });
    if (!read.ok) return `trace '${value}': cannot read: ${read.reason}`;
    try {
      return parseTrace(read.text, this.limits.serving_requests, this.limits.tokens_per_request);
    } catch (e) {
      if (e instanceof TraceError) return `trace '${value}': ${e.message}`;
      throw e;
    }
  }

  /** 'builtin', 'none', or a profile file relative to the project root, read once. */
  private calibrationSetting(value: string): CalibrationSetting | string {
    if (value === 'builtin' || value === 'none') return value;
    let cached = this.profiles.get(value);
    if (cached === undefined) {
      const found = findFileInside(this.root, value);
      if (found.kind === 'missing') cached = `calibration profile '${found.rel}' not found (paths are relative to the project root)`;
      else if (found.kind === 'refused') cached = `'${value}' refused: ${found.reason}`;
      else {
        // Inside the repository by real path, a regular file within limits.manifest_bytes; never quoted when refused.
        const read = readFileSafe(found.abs, { root: this.root, maxBytes: this.limits.manifest_bytes });
        if (!read.ok) cached = `calibration profile '${value}': cannot read: ${read.reason}`;
        else {
          try {
            cached = parseProfiles(read.text);
          } catch (e) {
            cached = `calibration profile '${value}': ${(e as Error).message}`;
          }
        }
      }
      this.profiles.set(value, cached);
    }
    return typeof cached === 'string' ? cached : { path: value, profiles: cached };
  }

  /** Loads one manifest; with `single`, a file holding one scenario's fields (genz simulate --scenario). */
  load(rel: string, single = false): void {
    // Inside the repository by real path, a regular file, within limits.manifest_bytes; never quoted when refused.
    const read = readFileSafe(path.resolve(this.root, rel), { root: this.root, maxBytes: this.limits.manifest_bytes });
    if (!read.ok) {
      const limit = read.size !== undefined ? ` (limits.manifest_bytes; ${limitHint('manifest_bytes')})` : '';
      this.errors.push({ file: rel, line: 1, column: 1, fieldPath: '', message: `cannot read: ${read.reason}${limit}` });
      return;
    }
    const text = read.text;
    const deep = nestingTooDeep(text, this.limits.nesting_depth);
    if (deep !== null) {
      const before = text.slice(0, deep);
      const line = before.split('\n').length;
      this.errors.push({
        file: rel,
        line,
        column: deep - before.lastIndexOf('\n'),
        fieldPath: '',
        message: `nested deeper than ${this.limits.nesting_depth} levels (limits.nesting_depth)`,
      });
      return;
    }
    let src = parseSource(text, rel);
    if (src.syntaxErrors.length > 0) {
      this.errors.push(...src.syntaxErrors);
      return;
    }
    if (src.data === null || src.data === undefined) {
      this.errors.push({
        file: rel,
        line: 1,
        column: 1,
        fieldPath: '',
        message: single ? 'empty scenario file' : 'empty manifest: expected version: 1 and a list of scenarios',
      });
      return;
    }
    if (single) {
      if (!isObj(src.data)) {
        this.errors.push(errorAt(src, [], 'expected one scenario: a mapping of scenario fields (model, hardware, workload, ...)'));
        return;
      }
      src = asManifest(src);
    }
    const data = src.data;
    const fileErrors = schemaErrors(src, 'manifest', data, { skip: isFeaturePath });
    if (isObj(data)) {
      const feature = (at: Segment[], v: unknown): void => {
        fileErrors.push(...checkFeatures(src, at, v));
      };
      if (isObj(data.defaults) && data.defaults.features !== undefined) feature(['defaults', 'features'], data.defaults.features);
      if (Array.isArray(data.scenarios)) {
        data.scenarios.forEach((s, i) => {
          if (!isObj(s)) return;
          if (s.features !== undefined) feature(['scenarios', i, 'features'], s.features);
          if (isObj(s.matrix) && Array.isArray(s.matrix.features)) s.matrix.features.forEach((f, k) => feature(['scenarios', i, 'matrix', 'features', k], f));
        });
      }
    }
    // A scenario with errors of its own is not resolved further; errors elsewhere (defaults, the list) stop the file.
    const blocked = new Set<string>();
    for (const e of fileErrors) {
      const m = /^scenarios\[(\d+)\]/.exec(e.fieldPath);
      if (m) blocked.add(m[1]);
      else if (!/^(version|\["\$schema"\])($|[.[])/.test(e.fieldPath)) blocked.add('*');
    }
    this.errors.push(...fileErrors);
    if (!isObj(data) || !Array.isArray(data.scenarios)) return;
    const defaults = isObj(data.defaults) ? data.defaults : {};
    data.scenarios.forEach((raw, i) => {
      // A scenario stopped by other errors still has its names checked, so one run lists every problem.
      if (blocked.has('*') || blocked.has(String(i))) this.checkNames(src, defaults, raw, i);
      else this.scenario(src, defaults, raw as Obj, i);
    });
  }

  /**
   * The names a scenario refers to (model, hardware, and the model- and hardware-typed options of its features),
   * each resolved where it is written (a matrix value, the scenario, or defaults), for a scenario whose other
   * errors stop it from being built: unknown names are reported in the same pass as the schema errors.
   * Values of the wrong shape are skipped (the schema reports them).
   */
  private checkNames(src: SourceFile, defaults: Obj, raw: unknown, i: number): void {
    if (!isObj(raw)) return;
    const at: Segment[] = ['scenarios', i];
    const matrix = isObj(raw.matrix) ? raw.matrix : {};
    const check = (kind: 'model' | 'hardware', value: unknown, where: Segment[]): void => {
      if (typeof value !== 'string' || value.length === 0) return;
      const r = kind === 'model' ? this.resolver.resolveModel(value) : this.resolver.resolveHardware(value);
      if (!r.ok && r.message) this.errors.push(errorAt(src, where, r.message));
    };
    for (const kind of ['model', 'hardware'] as const) {
      const fromMatrix = matrix[kind];
      if (Array.isArray(fromMatrix)) fromMatrix.forEach((v, k) => check(kind, v, [...at, 'matrix', kind, k]));
      else if (raw[kind] !== undefined) check(kind, raw[kind], [...at, kind]);
      else check(kind, defaults[kind], ['defaults', kind]);
    }
    const features: [unknown, Segment[]] = raw.features !== undefined ? [raw.features, [...at, 'features']] : [defaults.features, ['defaults', 'features']];
    if (!Array.isArray(features[0])) return;
    features[0].forEach((item, j) => {
      if (!isObj(item)) return;
      const keys = Object.keys(item);
      const options = item[keys[0]];
      const types = FEATURE_OPTION_TYPES.get(keys[0]);
      if (keys.length !== 1 || !isObj(options) || !types) return;
      for (const [k, v] of Object.entries(options)) {
        const t = types.get(k);
        if (t === 'model' || t === 'hardware') check(t, v, [...features[1], j, keys[0], k]);
      }
    });
  }

  /**
   * `p`: the position of `at` when the caller has it (a matrix claims every combination's id at one place), and
   * `place` its record, shared by the ids claimed there.
   */
  private claimId(
    src: SourceFile,
    id: string,
    at: readonly Segment[],
    fromMatrix: boolean,
    p: { line: number; column: number } = positionOf(src, at),
    place?: IdPlace,
  ): void {
    const first = this.ids.get(id);
    if (first) {
      const what = fromMatrix ? `duplicate scenario id '${id}' (from the matrix)` : `duplicate scenario id '${id}'`;
      this.errors.push({
        file: src.file,
        line: p.line,
        column: p.column,
        fieldPath: formatPath(at),
        message: `${what}; first defined at ${first.file}:${first.line}:${first.column}`,
      });
    } else {
      this.ids.set(id, place ?? { file: src.file, line: p.line, column: p.column });
    }
  }

  private scenario(src: SourceFile, defaults: Obj, raw: Obj, i: number): void {
    const at: Segment[] = ['scenarios', i];
    const own: Obj = {};
    for (const [k, v] of Object.entries(raw)) if (!OWN_FIELDS.has(k)) own[k] = v;
    const base = merge(defaults, own) as Obj;
    const matrix = isObj(raw.matrix) ? (raw.matrix as Record<string, unknown[]>) : null;
    let conflict = false;
    for (const key of Object.keys(matrix ?? {})) {
      const keys = key.split('.');
      if (getPath(raw, keys) !== undefined) {
        this.errors.push(errorAt(src, [...at, 'matrix', key], `also set by the scenario itself (${formatPath([...at, ...keys])}); keep one`, { atKey: true }));
        conflict = true;
      }
    }
    if (conflict) return;
    const id = raw.id as string;
    const pos = positionOf(src, at);
    // The size of the sweep is known before it is expanded: refuse it then, not after a million combinations.
    let size = 1;
    for (const list of Object.values(matrix ?? {})) size *= Array.isArray(list) ? list.length : 1;
    if (this.scenarioCount + size > this.limits.scenarios) {
      if (!this.scenarioLimitHit) {
        const what = matrix
          ? `this matrix expands to ${formatCount(size)} scenarios, and the run would have ${formatCount(this.scenarioCount + size)}`
          : `the run would have ${formatCount(this.scenarioCount + size)} scenarios`;
        this.errors.push(
          errorAt(
            src,
            matrix ? [...at, 'matrix'] : at,
            `${what}, over the limit of ${formatCount(this.limits.scenarios)} scenarios per run (limits.scenarios; ${limitHint('scenarios')})`,
          ),
        );
      }
      this.scenarioLimitHit = true;
      return;
    }
    this.scenarioCount += size;
    const idAt: Segment[] = [...at, 'id'];
    const idPos = positionOf(src, idAt);
    // Every combination of a matrix claims its id at the same place: one record for all of them.
    const idPlace: IdPlace = { file: src.file, line: idPos.line, column: idPos.column };
    const description = typeof raw.description === 'string' ? raw.description : null;
    // The combinations are walked one at a time (matrix.ts MatrixWalk), each built from the shared `base`:
    // only the objects on a matrix key's path are copied, once per combination.
    const walk = matrix ? new MatrixWalk(matrix) : null;
    const keyParts = walk ? walk.keys.map((k) => k.split('.')) : [];
    const keyIndex = new Map<string, number>(walk ? walk.keys.map((k, j) => [k, j]) : []);
    /** Origins of fields no matrix key sets: the same for every combination. */
    const fixedOrigins = new Map<string, Segment[] | null>();
    /** Where a field's value was written: the matrix entry, the scenario, or defaults. */
    const origin = (keys: readonly string[]): Segment[] | null => {
      const key = keys.join('.');
      const j = keyIndex.get(key);
      if (walk && j !== undefined) return [...at, 'matrix', key, walk.indexes[j]];
      let o = fixedOrigins.get(key);
      if (o === undefined) {
        o = getPath(raw, keys) !== undefined ? [...at, ...keys] : getPath(defaults, keys) !== undefined ? ['defaults', ...keys] : null;
        fixedOrigins.set(key, o);
      }
      // A copy: callers may extend it.
      return o === null ? null : [...o];
    };
    // A combination's fields are `base` with matrix values set in it: when no number in either is infinite or NaN,
    // none in any combination is, and the per-scenario search for one (scenarioBoundIssues) can be skipped.
    const allFinite = walk !== null && onlyFiniteNumbers(base) && onlyFiniteNumbers(matrix);
    /** Ids of this matrix that another scenario had claimed already (the rest are in `ids` with `idPlace`). */
    let claimedElsewhere: Set<string> | null = null;
    const copied: unknown[] = [];
    for (let first = true; walk ? walk.next() : first; first = false) {
      const sid = walk ? `${id}${walk.suffix}` : id;
      if (walk) {
        // An id this matrix made before (claimed here, or reported as another scenario's): two combinations collide.
        const claimed = this.ids.get(sid);
        if (claimed !== undefined && (claimed === idPlace || claimedElsewhere?.has(sid))) {
          this.errors.push(
            errorAt(
              src,
              [...at, 'matrix'],
              `two combinations get the same id '${sid}'; make the values differ after replacing characters other than letters, digits, '.', '_' and '-'`,
            ),
          );
          continue;
        }
        if (claimed !== undefined) {
          claimedElsewhere ??= new Set();
          claimedElsewhere.add(sid);
        }
      }
      this.claimId(src, sid, idAt, walk !== null, idPos, idPlace);
      const fields: Obj = { ...base };
      if (walk) {
        copied.length = 0;
        for (let j = 0; j < keyParts.length; j++) setPath(fields, keyParts[j], walk.values[walk.keys[j]], copied);
      }
      const built = this.build(src, at, fields, origin, allFinite);
      if (!built) continue;
      const slo = fields.slo;
      this.scenarios.push({
        id: sid,
        description,
        manifest: src.file,
        line: pos.line,
        column: pos.column,
        config: built.config,
        modelSource: built.modelSource,
        hardwareSource: built.hardwareSource,
        slo: isObj(slo) && Object.keys(slo).length > 0 ? (slo as SloBudgets) : null,
        // The walk's values object is new per combination: the scenario keeps it.
        matrix: walk ? walk.values : null,
      });
    }
  }

  private build(
    src: SourceFile,
    at: Segment[],
    fields: Obj,
    origin: (keys: readonly string[]) => Segment[] | null,
    allFinite = false,
  ): Pick<Scenario, 'config' | 'modelSource' | 'hardwareSource'> | null {
    const before = this.errors.length;
    const fail = (keys: readonly string[], message: string): void => {
      this.errors.push(errorAt(src, origin(keys) ?? at, message));
    };
    for (const field of ['model', 'hardware'] as const) {
      if (fields[field] === undefined) this.errors.push(errorAt(src, at, `missing ${field}: set it in the scenario or in defaults`));
    }
    const model = fields.model === undefined ? null : this.resolver.resolveModel(fields.model as string);
    if (model && !model.ok && model.message) fail(['model'], model.message);
    const hardware = fields.hardware === undefined ? null : this.resolver.resolveHardware(fields.hardware as string);
    if (hardware && !hardware.ok && hardware.message) fail(['hardware'], hardware.message);

    // Features: model- and hardware-typed options are resolved like the scenario's own.
    const featureList = Array.isArray(fields.features) ? fields.features : [];
    const entries = featureEntries(featureList);
    const featuresAt = origin(['features']);
    const features = featureList.map((item, j) => {
      const e = entries[j];
      const types = FEATURE_OPTION_TYPES.get(e.name);
      if (typeof item === 'string' || !types) return item;
      const opts: Obj = { ...e.options };
      let changed = false;
      for (const [k, v] of Object.entries(opts)) {
        const t = types.get(k);
        if ((t !== 'model' && t !== 'hardware') || typeof v !== 'string') continue;
        const r = t === 'model' ? this.resolver.resolveModel(v) : this.resolver.resolveHardware(v);
        if (!r.ok) {
          if (r.message) this.errors.push(errorAt(src, featuresAt ? [...featuresAt, j, e.name, k] : at, r.message));
        } else {
          opts[k] = r.ref;
          changed = true;
        }
      }
      return changed ? { [e.name]: opts } : item;
    });

    // Parallel degrees: parallelism.*, or the degree of the matching feature (as the engine reads it: a feature
    // that is on has its degree option, default 1); both given must agree. Where a degree is written is looked
    // up only when an error needs it.
    const degree = (key: DegreeName): Degree => {
      const explicit = getPath(fields, ['parallelism', key]) as number | undefined;
      const e = entries.length === 0 ? undefined : entries.find((x) => x.name === `${key}_parallel` && x.on);
      const featureDegree = e ? ((e.options.degree as number | undefined) ?? 1) : undefined;
      const featureAt = e && featuresAt ? (e.options.degree === undefined ? [...featuresAt, e.index] : [...featuresAt, e.index, e.name, 'degree']) : null;
      if (explicit !== undefined) {
        if (featureDegree !== undefined && featureDegree !== explicit) {
          this.errors.push(
            errorAt(
              src,
              featureAt ?? at,
              `feature '${key}_parallel' has degree ${featureDegree} but parallelism.${key} is ${explicit}; make them agree or drop one`,
            ),
          );
        }
        return { value: explicit, where: undefined };
      }
      if (featureDegree !== undefined) return { value: featureDegree, where: featureAt };
      return { value: 1, where: null };
    };
    const degrees: Degrees = { tensor: degree('tensor'), pipeline: degree('pipeline'), expert: degree('expert') };
    const whereOf = (key: DegreeName): Segment[] | null => {
      const d = degrees[key];
      return d.where === undefined ? origin(['parallelism', key]) : d.where;
    };
    this.checkBounds(src, at, fields, origin, featuresAt, degrees, whereOf, entries, allFinite);
    if (this.errors.length > before) return null;
    if (model?.ok) this.checkLayout(src, at, model, degrees, whereOf);

    const calibration = this.calibrationSetting((fields.calibration as string | undefined) ?? this.calibration);
    if (typeof calibration === 'string' && calibration !== 'builtin' && calibration !== 'none') fail(['calibration'], calibration);

    if (this.errors.length > before || !model?.ok || !hardware?.ok) return null;
    const d = SCENARIO_DEFAULTS;
    const workload = (fields.workload ?? {}) as Obj;
    const config: SimulationConfig = {
      model: model.ref,
      hardware: hardware.ref,
      precision: (fields.precision as SimulationConfig['precision'] | undefined) ?? d.precision,
      ...(fields.fidelity !== undefined
        ? { fidelity: fields.fidelity as SimulationConfig['fidelity'] }
        : this.fidelity !== undefined
          ? { fidelity: this.fidelity }
          : {}),
      efficiency: (fields.efficiency as number | undefined) ?? d.efficiency,
      parallelism: { tensor: degrees.tensor.value, pipeline: degrees.pipeline.value, expert: degrees.expert.value },
      workload: {
        batch: (workload.batch as number | undefined) ?? d.workload.batch,
        input_tokens: (workload.input_tokens as number | undefined) ?? d.workload.input_tokens,
        output_tokens: (workload.output_tokens as number | undefined) ?? d.workload.output_tokens,
        beam: (workload.beam as number | undefined) ?? d.workload.beam,
      },
      features,
      engine: (fields.engine as string | undefined) ?? 'generic',
      calibration: calibration as CalibrationSetting,
    };
    if (isObj(fields.serving)) {
      const serving = this.servingBlock(fields.serving, fields.slo, (keys, message) => fail(['serving', ...keys], message));
      if (serving === null) return null;
      config.serving = serving;
    }
    return { config, modelSource: model.source, hardwareSource: hardware.source };
  }

  /** Bounds of src/limits.ts ({@link scenarioBoundIssues}), each reported where its value is written. */
  private checkBounds(
    src: SourceFile,
    at: Segment[],
    fields: Obj,
    origin: (keys: readonly string[]) => Segment[] | null,
    o: Segment[] | null,
    degrees: Degrees,
    whereOf: (key: DegreeName) => Segment[] | null,
    entries: ReturnType<typeof featureEntries>,
    allFinite: boolean,
  ): void {
    const values = { tensor: degrees.tensor.value, pipeline: degrees.pipeline.value, expert: degrees.expert.value };
    for (const issue of scenarioBoundIssues(fields, values, entries, this.limits, allFinite)) {
      const where =
        issue.at.kind === 'degree'
          ? whereOf(issue.at.name)
          : issue.at.kind === 'feature'
            ? o
              ? [...o, issue.at.index, issue.at.name, issue.at.option]
              : null
            : issue.at.keys.length === 0
              ? null
              : ((issue.at.alternatives ?? [issue.at.keys]).map((k) => origin(k)).find((x) => x !== null) ?? null);
      this.errors.push(errorAt(src, where ?? at, issue.message));
    }
  }

  /** The layout facts of each resolved model (what parallelLayoutProblems reads), worked out once per model. */
  private readonly layouts = new WeakMap<object, ReturnType<typeof layoutFacts>>();

  /** The parallel layout against the model (src/core/errors.ts parallelLayoutProblems: the words genz simulate uses too). */
  private checkLayout(
    src: SourceFile,
    at: Segment[],
    resolved: { model: ModelConfig; label: string },
    degrees: Degrees,
    whereOf: (key: DegreeName) => Segment[] | null,
  ): void {
    let facts = this.layouts.get(resolved);
    if (!facts) {
      facts = layoutFacts(resolved.label, resolved.model);
      this.layouts.set(resolved, facts);
    }
    const par = { tensor: degrees.tensor.value, pipeline: degrees.pipeline.value, expert: degrees.expert.value };
    for (const p of parallelLayoutProblems(facts, par)) {
      const key = p.field === 'parallelism.tensor' ? 'tensor' : p.field === 'parallelism.expert' ? 'expert' : 'pipeline';
      this.errors.push(errorAt(src, whereOf(key) ?? at, p.message));
    }
  }
}

/** The id a scenario file gets when it names none. */
export const SCENARIO_FILE_ID = 'scenario';

/**
 * A file of one scenario seen as the manifest `{version: 1, scenarios: [<the file>]}`: the file's own nodes keep
 * their positions, so every error still points at the file's line and column.
 */
function asManifest(src: SourceFile): SourceFile {
  const own = src.data as Obj;
  const doc = new Document({ version: 1, scenarios: [null] }) as unknown as Document.Parsed;
  const seq = (doc.contents as YAMLMap).get('scenarios') as YAMLSeq;
  seq.items[0] = src.doc.contents;
  // Aliases in the file resolve against its own anchors.
  return { ...src, doc, data: { version: 1, scenarios: [{ id: SCENARIO_FILE_ID, ...own }] } };
}

/**
 * One scenario file (a manifest scenario's fields at the top level; `id` optional), checked by the manifest
 * schema and resolved exactly as a manifest's scenario is. Error paths are the file's own (`workload.batch`).
 */
export function loadScenarioFile(opts: Omit<LoadScenariosOptions, 'manifests'> & { file: string }): LoadScenariosResult {
  const root = path.resolve(opts.root);
  const resolver = new Resolver(root, path.resolve(root, opts.modelsDir ?? 'models'), path.resolve(root, opts.hardwareDir ?? 'hardware'), opts.hub ?? null);
  const loader = new ManifestLoader(root, resolver, opts.limits ?? DEFAULT_LIMITS, opts.fidelity, opts.calibration);
  loader.load(opts.file, true);
  const own = (p: string): string => p.replace(/^scenarios\[0\]\.?/, '');
  const errors = sortProblems([...loader.errors, ...resolver.fileErrors]).map((e) => (e.file === opts.file ? { ...e, fieldPath: own(e.fieldPath ?? '') } : e));
  return { scenarios: errors.length > 0 ? [] : loader.scenarios, errors, files: [opts.file] };
}

/** Manifest files matching the globs, as sorted root-relative POSIX paths (symlinks leaving the root dropped). */
export function discoverManifests(root: string, globs: readonly string[]): string[] {
  if (globs.length === 0) return [];
  const found = globSync([...globs], { cwd: root, onlyFiles: true, dot: false, expandDirectories: false });
  const rels = [...new Set(found.map((f) => f.split(path.sep).join('/')))];
  return rels.filter((r) => !r.startsWith('../') && realInside(root, path.resolve(root, r))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function loadScenarios(opts: LoadScenariosOptions): LoadScenariosResult {
  const root = path.resolve(opts.root);
  const resolver = new Resolver(root, path.resolve(root, opts.modelsDir ?? 'models'), path.resolve(root, opts.hardwareDir ?? 'hardware'), opts.hub ?? null);
  const files = discoverManifests(root, opts.manifests);
  const loader = new ManifestLoader(root, resolver, opts.limits ?? DEFAULT_LIMITS, opts.fidelity, opts.calibration);
  for (const f of files) loader.load(f);
  const errors = sortProblems([...loader.errors, ...resolver.fileErrors]);
  return { scenarios: errors.length > 0 ? [] : loader.scenarios, errors, files };
}

/** Where a bound is broken: a field of the scenario, one of its parallel degrees, or a feature option. */
export type BoundPlace =
  | { kind: 'field'; keys: string[]; alternatives?: string[][] }
  | { kind: 'degree'; name: 'tensor' | 'pipeline' | 'expert' }
  | { kind: 'feature'; index: number; name: string; option: string };

/**
 * Bounds of src/limits.ts on one scenario's fields (as a manifest or `genz simulate --scenario` writes them, after
 * defaults), before anything runs: every number finite, tokens, batch, beams, parallel degrees (each and their
 * product) and speculative tokens within `limits`. Each issue names its field, the limit and where to raise it.
 * Shared by the manifest loader and `genz simulate`, so both hold a scenario to the same limits.
 */
export function scenarioBoundIssues(
  fields: Record<string, unknown>,
  degrees: Record<'tensor' | 'pipeline' | 'expert', number>,
  entries: readonly { name: string; options: Record<string, unknown>; index: number }[],
  limits: Limits,
  /** The caller knows every number in `fields` is finite (e.g. a matrix whose parts were all checked once). */
  allFinite = false,
): { at: BoundPlace; message: string }[] {
  const L = limits;
  const out: { at: BoundPlace; message: string }[] = [];
  // The place object is made only for an issue (most scenarios have none).
  const push = (at: BoundPlace, message: string, key: keyof Limits): void => {
    out.push({ at, message: `${message}; ${limitHint(key)}` });
  };
  let m: string | null;
  // Every number anywhere in the scenario must be finite (YAML's .inf and .nan parse to numbers).
  // Depth first with one path (copied only for an issue), in the order of the former explicit stack: last key first.
  const keys: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push({ at: { kind: 'field', keys: [...keys] }, message: `${keys.join('.') || 'value'} must be a finite number, got ${v}` });
    } else if (v !== null && typeof v === 'object' && keys.length < L.nesting_depth) {
      const names = Object.keys(v as Obj);
      for (let j = names.length - 1; j >= 0; j--) {
        keys.push(names[j]);
        visit((v as Obj)[names[j]]);
        keys.pop();
      }
    }
  };
  if (!allFinite) visit(fields);
  const workload = isObj(fields.workload) ? fields.workload : {};
  const input = typeof workload.input_tokens === 'number' ? workload.input_tokens : SCENARIO_DEFAULTS.workload.input_tokens;
  const output = typeof workload.output_tokens === 'number' ? workload.output_tokens : SCENARIO_DEFAULTS.workload.output_tokens;
  m = checkLimit('tokens_per_request', input, L, 'workload.input_tokens');
  if (m) push({ kind: 'field', keys: ['workload', 'input_tokens'] }, m, 'tokens_per_request');
  m = checkLimit('tokens_per_request', output, L, 'workload.output_tokens');
  if (m) push({ kind: 'field', keys: ['workload', 'output_tokens'] }, m, 'tokens_per_request');
  if (input <= L.tokens_per_request && output <= L.tokens_per_request) {
    m = checkLimit('tokens_per_request', input + output, L, 'workload.input_tokens + output_tokens');
    if (m)
      push(
        {
          kind: 'field',
          keys: ['workload', 'output_tokens'],
          alternatives: [
            ['workload', 'output_tokens'],
            ['workload', 'input_tokens'],
          ],
        },
        m,
        'tokens_per_request',
      );
  }
  if (typeof workload.batch === 'number') {
    m = checkLimit('batch', workload.batch, L, 'workload.batch');
    if (m) push({ kind: 'field', keys: ['workload', 'batch'] }, m, 'batch');
  }
  if (typeof workload.beam === 'number') {
    m = checkLimit('beam', workload.beam, L, 'workload.beam');
    if (m) push({ kind: 'field', keys: ['workload', 'beam'] }, m, 'beam');
  }
  m = checkLimit('parallel_degree', degrees.tensor, L, 'parallelism.tensor');
  if (m) push({ kind: 'degree', name: 'tensor' }, m, 'parallel_degree');
  m = checkLimit('parallel_degree', degrees.pipeline, L, 'parallelism.pipeline');
  if (m) push({ kind: 'degree', name: 'pipeline' }, m, 'parallel_degree');
  m = checkLimit('parallel_degree', degrees.expert, L, 'parallelism.expert');
  if (m) push({ kind: 'degree', name: 'expert' }, m, 'parallel_degree');
  if (degrees.tensor <= L.parallel_degree && degrees.pipeline <= L.parallel_degree && degrees.expert <= L.parallel_degree) {
    const devices = degrees.tensor * degrees.pipeline * degrees.expert;
    m = checkLimit('parallel_degree', devices, L, 'tensor × pipeline × expert parallel');
    if (m) push({ kind: 'field', keys: ['parallelism'] }, m, 'parallel_degree');
  }
  // Feature options: drafted tokens, draft parallel degrees, chunk sizes.
  for (const e of entries) {
    for (const [k, v] of Object.entries(e.options)) {
      const at = (): BoundPlace => ({ kind: 'feature', index: e.index, name: e.name, option: k });
      if (typeof v === 'number') {
        if (k === 'parallel_tokens') {
          m = checkLimit('speculative_tokens', v, L, `${e.name}.${k}`);
          if (m) push(at(), m, 'speculative_tokens');
        } else if (k === 'degree' || k.endsWith('_parallel')) {
          m = checkLimit('parallel_degree', v, L, `${e.name}.${k}`);
          if (m) push(at(), m, 'parallel_degree');
        } else if (k.endsWith('tokens') || k.endsWith('_size') || k.endsWith('_len')) {
          m = checkLimit('tokens_per_request', v, L, `${e.name}.${k}`);
          if (m) push(at(), m, 'tokens_per_request');
        }
      } else if (Array.isArray(v)) {
        // e.g. chunked prefill_kv_sizes: [[past, new], …]
        const flat = v.flat(2).filter((x): x is number => typeof x === 'number');
        const over = flat.find((x) => !Number.isFinite(x) || x > L.tokens_per_request);
        if (over !== undefined) {
          m = checkLimit('tokens_per_request', over, L, `${e.name}.${k}`);
          if (m) push(at(), m, 'tokens_per_request');
        }
      }
    }
  }
  return out;
}

/**
 * {@link scenarioBoundIssues} of one scenario given outside a manifest (`genz simulate`, its flags or
 * `--scenario FILE`): each issue with the field path it concerns (`workload.batch`, `parallelism.tensor`,
 * `features[0].speculative_decode.parallel_tokens`) as segments. Malformed values are left to the simulator's
 * own validation.
 */
export function simulationBoundIssues(fields: Record<string, unknown>, limits: Limits): { segments: Segment[]; message: string }[] {
  const list = Array.isArray(fields.features) ? fields.features : [];
  const entries = list.flatMap((item, index) => {
    if (typeof item === 'string') return [{ name: item, on: true, options: {}, index }];
    if (!isObj(item) || Object.keys(item).length !== 1) return [];
    const [name, opts] = Object.entries(item)[0];
    return [{ name, on: opts !== false, options: isObj(opts) ? opts : {}, index }];
  });
  const parallelism = isObj(fields.parallelism) ? fields.parallelism : {};
  const degree = (key: 'tensor' | 'pipeline' | 'expert'): { value: number; segments: Segment[] } => {
    if (typeof parallelism[key] === 'number') return { value: parallelism[key] as number, segments: ['parallelism', key] };
    const e = entries.find((x) => x.name === `${key}_parallel` && x.on);
    if (e && typeof e.options.degree === 'number') return { value: e.options.degree, segments: ['features', e.index, e.name, 'degree'] };
    return { value: 1, segments: ['parallelism', key] };
  };
  const degrees = { tensor: degree('tensor'), pipeline: degree('pipeline'), expert: degree('expert') };
  return scenarioBoundIssues(fields, { tensor: degrees.tensor.value, pipeline: degrees.pipeline.value, expert: degrees.expert.value }, entries, limits).map(
    (issue) => ({
      segments:
        issue.at.kind === 'degree'
          ? degrees[issue.at.name].segments
          : issue.at.kind === 'feature'
            ? ['features', issue.at.index, issue.at.name, issue.at.option]
            : issue.at.keys,
      message: issue.message,
    }),
  );
}
