/**
 * The product's main loop, shared by the CLI and the action: project config → manifests → simulation →
 * diff against committed baselines → RunReport. Nothing here talks to GitHub; writing baselines is a
 * separate step (updateBaselines) so a check never changes a file.
 */
import path from 'node:path';
import {
  BaselineFileError,
  EQUAL_ROWS,
  type StoredBaselineFile,
  type BaselineScenario,
  LOCK_FILE,
  acquireBaselineLock,
  type FailOnPolicy,
  type MetricDiff,
  type MetricValue,
  type ScenarioDiff,
  type ScenarioRun,
  baselinePathCollisions,
  baselinePathFor,
  buildBaselineFile,
  diffInputValues,
  diffScenario,
  diffRemoved,
  globMatch,
  readBaselineFile,
  removedScenarios,
  sameBaselineEntry,
  scenarioDiffer,
  sha256Fingerprint,
  validateToleranceConfig,
  writeBaselineFileAtomic,
  type ToleranceConfig,
} from '../baselines/index.js';
import { type Problem, UserError } from '../errors/index.js';
import { writableInside } from '../safe-fs.js';
import { loadProjectConfig, loadScenarios, type ProjectConfig, type Scenario } from '../manifests/index.js';
import { discoverManifests } from '../manifests/load.js';
import { hubEnv, hubRefsIn, prefetchHubModels } from '../manifests/hub.js';
import type { Metrics } from '../metrics/definitions.js';
import { rebuilds, rowOf, sameShape, shapeOf } from '../run-report/compact.js';
// From the modules themselves, not the run-report index: that also exports the report validator (a large
// precompiled schema) which a check or report run loads only after simulating (action/sinks.ts).
import {
  RUN_REPORT_SCHEMA,
  type InputChange,
  LOAD_CURVE_MAX_POINTS,
  type LoadCurve,
  type MetricRowShape,
  type PhaseBreakdown,
  type WhyLine,
  type ResolvedName,
  type RunReport,
  type ScenarioReport,
} from '../run-report/contract.js';
import { finalizeReport } from '../run-report/finalize.js';
import { ConfigError, type NormalizedConfig, type SimulationResult, SIMULATOR_VERSION, simulate, simulateNormalized } from '../simulation/index.js';
import { breakdownOf, explainChange } from '../run-report/explain.js';
import { capacityWithinSlo } from './capacity.js';
import { TOOL_VERSION } from './version.js';

/** Bad input: every problem with file, line, column and field. Nothing was written. */
export class InputError extends UserError {
  constructor(problems: readonly Problem[]) {
    super(problems);
    this.name = 'InputError';
  }
}

export interface PipelineOptions {
  cwd: string;
  /** Config file path (default: genz.config.yaml in cwd, when present). */
  configPath?: string;
  /** Only scenarios whose id matches this glob (`*`, `?`). */
  filter?: string;
  /**
   * A further selection by id, after `filter` (e.g. one shard of a matrix, see {@link runScenarioIds}): scenarios
   * and removed baseline entries it rejects are neither simulated nor reported.
   */
  select?: (id: string) => boolean;
  /** Overrides of the config file (the action's inputs). */
  overrides?: { manifests?: string[]; baselinesDir?: string; failOn?: FailOnPolicy; template?: string };
  /** The command that reproduces a scenario locally, before its arguments (e.g. "npx genz"). */
  reproducePrefix?: string;
  /** Called after each simulated scenario (progress lines). */
  onProgress?: (done: number, total: number, id: string) => void;
}

/**
 * What the check, report and update flows keep of a simulation: not its phases, per-pass tables or feature
 * figures (a 100,000-scenario sweep would hold gigabytes of them; the why-lines re-simulate what they explain).
 * A serving run's summary is kept (a few dozen numbers: its latency-vs-load curve goes into the report).
 */
export type OutcomeResult = Pick<SimulationResult, 'status' | 'error' | 'config' | 'metrics' | 'calibration' | 'notes' | 'simulator' | 'serving'>;

/** One simulated scenario, with what its baseline entry would hold. */
export interface ScenarioOutcome<R extends OutcomeResult = OutcomeResult> {
  scenario: Scenario;
  result: R;
  /** Present when the scenario ran. */
  run: ScenarioRun | null;
}

function leanResult(r: SimulationResult): OutcomeResult {
  return {
    status: r.status,
    error: r.error,
    config: r.config,
    metrics: r.metrics,
    calibration: r.calibration,
    notes: r.notes,
    simulator: r.simulator,
    ...(r.serving ? { serving: r.serving } : {}),
  };
}

export interface LoadedProject {
  config: ProjectConfig;
  scenarios: Scenario[];
  manifests: string[];
  tolerances: ToleranceConfig;
  /** Baseline file (repo-relative) of each manifest. */
  baselineOf: Map<string, string>;
}

const rel = (root: string, abs: string): string => path.relative(root, abs).split(path.sep).join('/') || '.';

/**
 * loadProject after fetching the Hugging Face Hub configs the manifests name (`hf:` models) into the cache
 * (src/manifests/hub.ts); a failed fetch is reported at the manifest by the loader.
 */
export async function loadProjectWithHub(opts: PipelineOptions): Promise<LoadedProject> {
  let files: string[] = [];
  let config: ProjectConfig | undefined;
  try {
    config = loadProjectConfig({ cwd: opts.cwd, configPath: opts.configPath });
    const root = config.root;
    files = discoverManifests(root, opts.overrides?.manifests ?? config.manifests).map((f) => path.resolve(root, f));
  } catch {
    // A broken project config is reported by loadProject itself.
  }
  const refs = hubRefsIn(files);
  const env = hubEnv();
  const failures = refs.length > 0 ? await prefetchHubModels(refs, env) : new Map<string, string>();
  // The config read above is used as is (the file is not read and parsed a second time).
  return loadProject(opts, { cacheDir: env.cacheDir, failures }, config);
}

/**
 * Loads and validates everything before anything runs; throws InputError with every problem. `preloaded` is the
 * project config when the caller has just read it (loadProjectWithHub), a fresh object that this call may change.
 */
export function loadProject(opts: PipelineOptions, hub?: { cacheDir: string; failures: Map<string, string> }, preloaded?: ProjectConfig): LoadedProject {
  const config = preloaded ?? loadProjectConfig({ cwd: opts.cwd, configPath: opts.configPath });
  const o = opts.overrides ?? {};
  if (o.manifests) config.manifests = o.manifests;
  if (o.baselinesDir) config.baselinesDir = path.resolve(config.root, o.baselinesDir);
  if (o.failOn) config.failOn = o.failOn;
  if (o.template) config.template = path.resolve(config.root, o.template);
  const configLabel = config.configFile ? rel(config.root, config.configFile) : 'genz.config.yaml';
  const errors: Problem[] = [];
  const tol = validateToleranceConfig(config.tolerances ?? {});
  if (!tol.ok) for (const e of tol.errors) errors.push({ file: configLabel, line: 1, column: 1, fieldPath: e.path, message: e.message });
  const loaded = loadScenarios({
    root: config.root,
    manifests: config.manifests,
    modelsDir: config.modelsDir,
    hardwareDir: config.hardwareDir,
    fidelity: config.fidelity,
    hub: hub ?? { cacheDir: hubEnv().cacheDir, failures: new Map() },
    limits: config.limits,
    calibration: config.calibration,
  });
  errors.push(...loaded.errors);
  // A glob that matches nothing would otherwise pass every check with zero scenarios.
  if (loaded.errors.length === 0 && loaded.files.length === 0) {
    errors.push({
      file: configLabel,
      line: 1,
      column: 1,
      fieldPath: 'manifests',
      message: `no manifest matches ${config.manifests.map((g) => `'${g}'`).join(', ')} (relative to ${config.root})`,
    });
  }
  const baselinesRel = rel(config.root, config.baselinesDir);
  if (baselinesRel.startsWith('../'))
    errors.push({ file: configLabel, line: 1, column: 1, fieldPath: 'baselines', message: 'must be a folder inside the repository' });
  const baselineOf = new Map<string, string>();
  if (errors.length === 0) {
    for (const [target, manifests] of baselinePathCollisions(loaded.files, baselinesRel)) {
      errors.push({
        file: manifests[1],
        line: 1,
        column: 1,
        fieldPath: '',
        message: `shares its baseline file ${target} with ${manifests[0]}; rename one of them`,
      });
    }
    for (const m of loaded.files) baselineOf.set(m, baselinePathFor(m, baselinesRel));
  }
  if (errors.length > 0) throw new InputError(errors);
  return { config, scenarios: loaded.scenarios, manifests: loaded.files, tolerances: tol.ok ? tol.value : {}, baselineOf };
}

/** What a baseline fingerprints: the normalised, resolved inputs (catalog entries included), no notes. */
export function baselineInputs(config: NormalizedConfig): Omit<NormalizedConfig, 'notes'> {
  // Copied key by key (not `const { notes, ...inputs } = config`): a rest copy gets a hidden class of its own on
  // every call (docs/performance.md). The keys are the normalised configuration's own (no "__proto__").
  const inputs: Record<string, unknown> = {};
  for (const k of Object.keys(config)) if (k !== 'notes') inputs[k] = config[k as keyof NormalizedConfig];
  return inputs as Omit<NormalizedConfig, 'notes'>;
}

/**
 * Simulates every selected scenario. Inputs the engine rejects become InputErrors at the scenario. With `full`,
 * each outcome keeps the whole SimulationResult (`genz run --json`); otherwise only what reports and baselines use.
 */
export function simulateScenarios(project: LoadedProject, opts: PipelineOptions): ScenarioOutcome[];
export function simulateScenarios(project: LoadedProject, opts: PipelineOptions, full: true): ScenarioOutcome<SimulationResult>[];
export function simulateScenarios(project: LoadedProject, opts: PipelineOptions, full = false): ScenarioOutcome<OutcomeResult>[] {
  const outcomes: ScenarioOutcome<OutcomeResult>[] = [];
  forEachOutcome(project, opts, full, (o) => outcomes.push(o));
  return outcomes;
}

/** The scenarios a run selects: `filter`, then `select`, in manifest order. */
function selectedScenarios(project: LoadedProject, opts: PipelineOptions): Scenario[] {
  return project.scenarios.filter((s) => (!opts.filter || globMatch(opts.filter, s.id)) && (!opts.select || opts.select(s.id)));
}

/**
 * Simulates the selected scenarios one at a time and hands each outcome to `visit` as soon as it exists, so a
 * caller that folds outcomes into something smaller (the check's report) never holds them all. Inputs the engine
 * rejects are collected and thrown together as one InputError after the last scenario.
 */
function forEachOutcome(project: LoadedProject, opts: PipelineOptions, full: boolean, visit: (o: ScenarioOutcome<OutcomeResult>) => void): void {
  const selected = selectedScenarios(project, opts);
  const errors: Problem[] = [];
  for (let i = 0; i < selected.length; i++) {
    const scenario = selected[i];
    let outcome: ScenarioOutcome<OutcomeResult> | null = null;
    try {
      const result = simulate(scenario.config);
      outcome = { scenario, result: full ? result : leanResult(result), run: result.status === 'ok' ? runOf(result) : null };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      for (const issue of e.issues) {
        errors.push({
          file: scenario.manifest,
          line: scenario.line,
          column: scenario.column,
          fieldPath: `${scenario.id}.${issue.field}`,
          message: issue.message,
        });
      }
    }
    if (outcome) visit(outcome);
    opts.onProgress?.(i + 1, selected.length, scenario.id);
  }
  if (errors.length > 0) throw new InputError(errors);
}

/** What a scenario that ran would write to its baseline entry. */
function runOf(result: SimulationResult): ScenarioRun {
  const inputs = baselineInputs(result.config);
  return { fingerprint: sha256Fingerprint(inputs), inputs, simulator: result.simulator, metrics: result.metrics! };
}

/** Reads the committed baseline files of every manifest (absent files are empty). */
export async function readBaselines(project: LoadedProject): Promise<Map<string, StoredBaselineFile | null>> {
  const out = new Map<string, StoredBaselineFile | null>();
  const errors: Problem[] = [];
  for (const [manifest, file] of project.baselineOf) {
    try {
      out.set(manifest, await readBaselineFile(path.join(project.config.root, file), { root: project.config.root, limits: project.config.limits }));
    } catch (e) {
      if (!(e instanceof BaselineFileError)) throw e;
      for (const p of e.problems) errors.push({ ...p, file });
    }
  }
  if (errors.length > 0) throw new InputError(errors);
  return out;
}

function setupLine(c: NormalizedConfig): string {
  const parts = [c.precision, `TP${c.parallelism.tensor}`];
  if (c.parallelism.pipeline > 1) parts.push(`PP${c.parallelism.pipeline}`);
  if (c.parallelism.expert > 1) parts.push(`EP${c.parallelism.expert}`);
  parts.push(`batch ${c.workload.batch}`);
  if (c.mode === 'chunked') parts.push('chunked prefill');
  else parts.push(`${c.workload.input_tokens}→${c.workload.output_tokens} tokens${c.mode === 'full' ? '' : ` (${c.mode} only)`}`);
  if (c.workload.beam > 1) parts.push(`beam ${c.workload.beam}`);
  const f = c.features;
  if (f.lora) parts.push(`LoRA r${f.lora.rank} ${f.lora.strategy}`);
  if (!f.flash_attention.enabled) parts.push('no flash attention');
  if (f.memory_offload) parts.push('offload');
  if (f.speculative_decode) parts.push(`speculative (${f.speculative_decode.draft_model.name})`);
  return parts.join(' · ');
}

/** What a manifest named (a catalog/preset name, or a file) and what it resolved to, for reports. */
function resolvedName(requestedName: string | null, source: Scenario['modelSource'] | Scenario['hardwareSource'], resolved: string): ResolvedName {
  const path = source.kind === 'file' ? source.path : null;
  return { requested: path ?? requestedName ?? resolved, resolved, source: source.kind, path };
}

/** `<prefix> check [--config X]`: the part of every scenario's reproduce command that does not name it. */
function reproduceBase(prefix: string, configFile: string | null, root: string): string {
  const config = configFile && rel(root, configFile) !== 'genz.config.yaml' ? ` --config ${rel(root, configFile)}` : '';
  return `${prefix} check${config}`;
}

function reproduceCommand(base: string, id: string): string {
  return `${base} --filter '${id.replace(/'/g, "'\\''")}'`;
}

/**
 * Every scenario id a run reports, in the report's order: the scenarios `filter` selects (manifest order), then
 * the removed baseline entries it selects, manifest by manifest. `select` is ignored: this is the whole run that
 * shards split (and that merging them restores).
 */
export function runScenarioIds(project: LoadedProject, baselines: Map<string, StoredBaselineFile | null>, opts: Pick<PipelineOptions, 'filter'>): string[] {
  const selected = (id: string) => !opts.filter || globMatch(opts.filter, id);
  const ids = project.scenarios.map((s) => s.id).filter(selected);
  for (const m of project.manifests) {
    const current = project.scenarios.filter((s) => s.manifest === m).map((s) => s.id);
    for (const r of removedScenarios(baselines.get(m) ?? null, current)) if (selected(r.id)) ids.push(r.id);
  }
  return ids;
}

export interface CompareResult {
  report: RunReport;
}

/** What every scenario report of one run shares. */
interface ReportContext {
  project: LoadedProject;
  baselines: Map<string, StoredBaselineFile | null>;
  acceptedBaselines: Map<string, StoredBaselineFile | null> | undefined;
  /** `<prefix> check [--config X]` (see reproduceCommand). */
  reproduce: string;
  /** Equal values that many scenario reports hold, kept once (see {@link shared}). */
  shared: Map<string, unknown>;
  /** What {@link sharedObject} kept for an object it was given before. */
  sharedObjects: WeakMap<object, unknown>;
  /** Tolerance objects seen, numbered (see toleranceIndex). */
  tolerances: Map<MetricDiff['tolerance'], number>;
  /** The row shapes the last compacted report took (see withEqualRowsView): most of a sweep's reports share them. */
  lastShape?: readonly MetricRowShape[];
}

/**
 * One frozen copy of a value that many scenarios of a sweep repeat (their notes, calibration bands, resolved model
 * and hardware names): a 100,000-scenario report would otherwise hold 100,000 equal copies of each, and comparing
 * identical references is what makes report.json's encoder cheap. `key` identifies the value.
 */
/** {@link shared} for a value that is often the very object an earlier report shared (e.g. a profile's bands). */
function sharedObject<T extends object>(ctx: ReportContext, prefix: string, value: T): T {
  const hit = ctx.sharedObjects.get(value);
  if (hit !== undefined) return hit as T;
  const kept = shared(ctx, `${prefix}:${JSON.stringify(value)}`, value);
  ctx.sharedObjects.set(value, kept);
  return kept;
}

function shared<T extends object>(ctx: ReportContext, key: string, value: T): T {
  const hit = ctx.shared.get(key);
  if (hit !== undefined) return hit as T;
  ctx.shared.set(key, Object.freeze(value));
  return value;
}

/**
 * Simulates the selected scenarios, diffs each against its committed baseline entry and builds the RunReport.
 * One scenario at a time, start to finish (simulate → diff → scenario report), so what a run holds is its
 * reports, not every simulation result as well: a 100,000-scenario sweep needs that (docs/performance.md).
 * `acceptedBaselines` are the base branch's baselines (pull requests): a scenario whose entry this change
 * rewrote is also compared with the entry it replaced.
 */
export function compareScenarios(
  project: LoadedProject,
  baselines: Map<string, StoredBaselineFile | null>,
  opts: PipelineOptions,
  acceptedBaselines?: Map<string, StoredBaselineFile | null>,
): CompareResult {
  const ctx: ReportContext = {
    project,
    baselines,
    acceptedBaselines,
    reproduce: reproduceBase(opts.reproducePrefix ?? 'npx genz', project.config.configFile, project.config.root),
    shared: new Map(),
    sharedObjects: new WeakMap(),
    tolerances: new Map(),
  };
  const scenarios: ScenarioReport[] = [];
  const seen = new Set<string>();
  const once = (id: string): void => {
    if (seen.has(id)) throw new Error(`duplicate scenario id ${JSON.stringify(id)} in the diff input`);
    seen.add(id);
  };
  const differ = scenarioDiffer(project.tolerances);
  forEachOutcome(project, opts, false, (o) => {
    const id = o.scenario.id;
    once(id);
    const baseline = baselines.get(o.scenario.manifest)?.scenarios.get(id) ?? null;
    const d = differ({
      id,
      current: o.run,
      error: o.result.status === 'error' ? o.result.error!.message : null,
      baseline,
      slo: o.scenario.slo,
      bands: o.result.calibration?.bands ?? null,
    });
    scenarios.push(withEqualRowsView(ctx, scenarioReport(ctx, o, d, baseline)));
  });
  // Removed: baseline entries without a scenario. With a filter, only entries the filter selects.
  for (const m of project.manifests) {
    const ids = project.scenarios.filter((s) => s.manifest === m).map((s) => s.id);
    for (const r of removedScenarios(baselines.get(m) ?? null, ids)) {
      if ((opts.filter && !globMatch(opts.filter, r.id)) || (opts.select && !opts.select(r.id))) continue;
      once(r.id);
      scenarios.push(removedReport(ctx, diffRemoved(r), m));
    }
  }
  const root = project.config.root;
  const report: RunReport = finalizeReport({
    schema: RUN_REPORT_SCHEMA,
    tool: { name: 'genz-action', version: TOOL_VERSION, simulator: SIMULATOR_VERSION },
    runtime: { node: process.version, platform: process.platform, arch: process.arch },
    project: {
      config: project.config.configFile ? rel(root, project.config.configFile) : null,
      manifests: project.manifests,
      baselines: rel(root, project.config.baselinesDir),
    },
    policy: { failOn: project.config.failOn as FailOnPolicy },
    scenarios,
    shard: null,
  });
  return { report };
}

/** The empty list every unchanged scenario report shares (its changed inputs, SLO checks, why-lines). */
const NONE: readonly never[] = Object.freeze([]);

/** The `metrics` of a report viewed by {@link withEqualRowsView}: built anew from the shapes and `current` on each read. */
function equalRows(this: ScenarioReport & { [EQUAL_ROWS]: readonly MetricRowShape[] }): MetricDiff[] {
  const current = this.current as Record<string, MetricValue>;
  return this[EQUAL_ROWS].map((shape) => rowOf(shape, current[shape.key]));
}

/**
 * Most scenarios of a sweep are unchanged: every metric row says "equal" and repeats the scenario's current value.
 * Such a report keeps one shared row shape instead of its rows (about 2 KB of a 4.5 KB report; a 100,000-scenario
 * check held 200 MB of them) and its `metrics` property rebuilds equal rows from `current` each time it is read:
 * an own enumerable accessor, so JSON, spreads and equality see the same rows as before. Only where every row
 * rebuilds exactly (checked here) and the report has its current values; other reports are returned as they are.
 */
function withEqualRowsView(ctx: ReportContext, r: ScenarioReport): ScenarioReport {
  const current = r.current as Record<string, MetricValue> | null;
  if (r.classification !== 'unchanged' || current === null || r.metrics.length === 0 || !r.metrics.every((m) => rebuilds(m, current))) return r;
  // The shapes of the previous compacted report fit most reports of a sweep: compared row by row before the
  // shapes are built and looked up by their text (sameShape compares tolerances as JSON data, like the text).
  let shape = ctx.lastShape;
  if (shape === undefined || !sameShape(shape, r.metrics)) {
    const shapes = r.metrics.map(shapeOf);
    const key = `rows:${shapes.map((m) => `${JSON.stringify([m.key, m.label, m.unit, m.direction, m.primary, m.kind])}#${toleranceIndex(ctx, m.tolerance)}`).join(',')}`;
    shape = shared(ctx, key, shapes);
    ctx.lastShape = shape;
  }
  const view = new EqualRowsReport(r, shape);
  // Every property of the report must have been carried over (a field added to ScenarioReport and not to the
  // class below would be lost): else the report stays as it is.
  return Object.keys(view).length === Object.keys(r).length ? (view as unknown as ScenarioReport) : r;
}

/**
 * A scenario report whose `metrics` is the equal-rows accessor (one shared getter), its properties in the order
 * scenarioReport gives them. Named stores in a constructor keep every such report in one hidden class with its
 * properties in the object (an object grown by computed keys turns into a dictionary of about 1.5 KB).
 */
class EqualRowsReport {
  [key: string]: unknown;
  constructor(r: ScenarioReport, shape: readonly MetricRowShape[]) {
    this.id = r.id;
    this.classification = r.classification;
    this.hasRegression = r.hasRegression;
    this.hasImprovement = r.hasImprovement;
    this.hasMetricChanges = r.hasMetricChanges;
    this.inputsChanged = r.inputsChanged;
    this.changedInputs = r.changedInputs?.length === 0 ? NONE : r.changedInputs;
    this.simulatorChanged = r.simulatorChanged;
    this.baselineFingerprint = r.baselineFingerprint;
    this.currentFingerprint = r.currentFingerprint;
    this.baselineSimulator = r.baselineSimulator;
    this.currentSimulator = r.currentSimulator;
    this.error = r.error;
    Object.defineProperty(this, 'metrics', { get: equalRows, enumerable: true, configurable: true });
    this.slo = r.slo?.length === 0 ? NONE : r.slo;
    this.sloViolated = r.sloViolated;
    this.description = r.description;
    this.manifest = r.manifest;
    this.line = r.line;
    this.column = r.column;
    this.model = r.model;
    this.hardware = r.hardware;
    this.setup = r.setup;
    this.current = r.current;
    if (Object.hasOwn(r, 'bands')) this.bands = r.bands;
    this.reproduce = r.reproduce;
    this.notes = r.notes;
    this.accepted = r.accepted;
    this.errorKind = r.errorKind;
    this.inputChanges = r.inputChanges?.length === 0 ? NONE : r.inputChanges;
    this.capacity = r.capacity;
    this.why = r.why?.length === 0 ? NONE : r.why;
    if (Object.hasOwn(r, 'breakdown')) this.breakdown = r.breakdown;
    if (Object.hasOwn(r, 'loadCurve')) this.loadCurve = r.loadCurve;
    Object.defineProperty(this, EQUAL_ROWS, { value: shape });
  }
}

/** A small number per distinct tolerance object of the run (they are shared, frozen objects). */
function toleranceIndex(ctx: ReportContext, t: MetricDiff['tolerance']): number {
  let i = ctx.tolerances.get(t);
  if (i === undefined) {
    i = ctx.tolerances.size;
    ctx.tolerances.set(t, i);
  }
  return i;
}

/** The report of a scenario that was simulated. */
function scenarioReport(ctx: ReportContext, o: ScenarioOutcome, d: ScenarioDiff, baseline: BaselineScenario | null): ScenarioReport {
  const { project } = ctx;
  const s = o.scenario;
  const c = o.result.config;
  const ok = o.result.status === 'ok';
  let accepted: ScenarioReport['accepted'] = null;
  if (ctx.acceptedBaselines && o.run) {
    const before = ctx.acceptedBaselines.get(s.manifest)?.scenarios.get(d.id) ?? null;
    // Only where this PR rewrote the baseline entry: compare with the base branch's.
    if (before && baseline && !sameBaselineEntry(before, baseline)) {
      const a = diffScenario({ id: d.id, current: o.run, baseline: before }, project.tolerances);
      accepted = { classification: a.classification, hasRegression: a.hasRegression, metrics: a.metrics };
    }
  }
  // Built property by property in the report's key order (no spreads: an object literal that spreads another
  // and then conditional parts is copied through the slow generic path, and every unchanged scenario's report
  // was such a copy before withEqualRowsView compacted it; docs/performance.md).
  const r: ScenarioReport = {
    id: d.id,
    classification: d.classification,
    hasRegression: d.hasRegression,
    hasImprovement: d.hasImprovement,
    hasMetricChanges: d.hasMetricChanges,
    inputsChanged: d.inputsChanged,
    changedInputs: d.changedInputs,
    simulatorChanged: d.simulatorChanged,
    baselineFingerprint: d.baselineFingerprint,
    currentFingerprint: d.currentFingerprint,
    baselineSimulator: d.baselineSimulator,
    currentSimulator: d.currentSimulator,
    error: d.error,
    metrics: d.metrics,
    slo: d.slo,
    sloViolated: d.sloViolated,
    description: s.description ?? null,
    manifest: s.manifest,
    line: s.line,
    column: s.column,
    model: sharedName(ctx, resolvedName(s.modelSource.kind === 'catalog' ? s.modelSource.requested : null, s.modelSource, c.model.name)),
    hardware: sharedName(ctx, resolvedName(s.hardwareSource.kind === 'preset' ? s.hardwareSource.name : null, s.hardwareSource, c.hardware.name)),
    setup: setupLine(c),
    current: (o.result.metrics as Metrics | null | undefined) ?? null,
  } as ScenarioReport;
  if (o.result.calibration) r.bands = sharedObject(ctx, 'bands', o.result.calibration.bands);
  r.reproduce = reproduceCommand(ctx.reproduce, d.id);
  r.notes = shared(ctx, `notes:${JSON.stringify(o.result.notes ?? [])}`, o.result.notes ?? []);
  r.accepted = accepted;
  r.errorKind = o.result.error?.kind ?? null;
  r.inputChanges = d.inputsChanged && o.run ? inputChangesOf(baseline?.inputs, o.run.inputs) : [];
  r.capacity = ok && s.slo ? capacityWithinSlo(c, s.slo) : null;
  r.why = d.inputsChanged ? whyItMoved(o, baseline?.inputs, d) : [];
  if (ok && d.classification !== 'unchanged') r.breakdown = breakdownFor(o);
  if (ok && o.result.serving && o.result.serving.load_curve.length > 0) r.loadCurve = loadCurveFor(o.result);
  return r;
}

function sharedName(ctx: ReportContext, n: ResolvedName): ResolvedName {
  return shared(ctx, `name:${JSON.stringify([n.requested, n.resolved, n.source, n.path])}`, n);
}

/** The report of a baseline entry whose scenario is gone. */
function removedReport(ctx: ReportContext, d: ScenarioDiff, manifest: string): ScenarioReport {
  return {
    ...d,
    description: null,
    manifest,
    line: null,
    column: null,
    model: null,
    hardware: null,
    setup: null,
    current: null,
    reproduce: reproduceCommand(ctx.reproduce, d.id),
    notes: [],
    accepted: null,
    errorKind: null,
    inputChanges: [],
    capacity: null,
    why: [],
  };
}

/** Changed inputs with their baseline and current values (the report describes them; see describeInputChanges). */
function inputChangesOf(before: unknown, after: unknown): InputChange[] {
  return diffInputValues(before, after);
}

const EXPLAINED: readonly string[] = ['ttft_ms', 'tpot_ms', 'e2e_ms'];

/**
 * Why the primary latencies moved: the baseline run is re-simulated from the inputs its entry recorded (so
 * baselines stay small: no per-operator data in them), the current one with its per-operator tables, and the
 * change split by phase and operator group (src/run-report/explain.ts). Only when the inputs changed: with the
 * same inputs, a change comes from the simulator, whose old version is not here to ask. Empty when the
 * recorded inputs no longer simulate (e.g. written by an older simulator with another input shape).
 */
function whyItMoved(o: ScenarioOutcome, baselineInputs: unknown, d: ScenarioDiff): WhyLine[] {
  const changed = d.metrics.filter(
    (m) =>
      m.primary &&
      EXPLAINED.includes(m.key) &&
      m.verdict !== 'equal' &&
      m.verdict !== 'within' &&
      typeof m.baseline === 'number' &&
      typeof m.current === 'number',
  );
  if (changed.length === 0 || o.result.status !== 'ok' || typeof baselineInputs !== 'object' || baselineInputs === null) return [];
  try {
    const base = simulateNormalized({ ...(baselineInputs as NormalizedConfig), notes: [] }, { operators: true });
    if (base.status !== 'ok') return [];
    const cur = simulateNormalized(o.result.config, { operators: true });
    return explainChange(base, cur, changed);
  } catch {
    return [];
  }
}

/** The current run's latency by phase and operator group (the HTML report's breakdown chart). */
function breakdownFor(o: ScenarioOutcome): PhaseBreakdown[] {
  try {
    return breakdownOf(simulateNormalized(o.result.config, { operators: true }));
  } catch {
    return [];
  }
}

/**
 * A serving run's latency-vs-load curve (the rates its max-rate search tried; the HTML report's chart), with
 * its p99 budgets and max_rate_qps. Already computed by the run: nothing is re-simulated. A longer curve than
 * LOAD_CURVE_MAX_POINTS keeps evenly spaced points, the first and the last among them.
 */
function loadCurveFor(result: OutcomeResult): LoadCurve {
  const all = result.serving?.load_curve ?? [];
  const n = Math.min(all.length, LOAD_CURVE_MAX_POINTS);
  const picked = all.length <= n ? all : Array.from({ length: n }, (_, i) => all[Math.round((i * (all.length - 1)) / (n - 1))]);
  const budgets = result.config.serving?.slo.percentiles ?? {};
  const finite = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const maxRate = result.metrics?.max_rate_qps;
  return {
    points: picked.map((p) => ({ rateQps: p.rate_qps, ttftP99Ms: finite(p.ttft_p99_ms), tpotP99Ms: finite(p.tpot_p99_ms), sloHolds: p.slo_holds })),
    ttftP99BudgetMs: finite(budgets.ttft_p99_ms),
    tpotP99BudgetMs: finite(budgets.tpot_p99_ms),
    maxRateQps: typeof maxRate === 'number' ? finite(maxRate) : null,
  };
}

/** The one-line verdict (kept here for callers of the pipeline; defined in src/run-report/finalize.ts). */
export { verdictLine } from '../run-report/finalize.js';

/**
 * A `filter` that selects nothing (no scenario, and no baseline entry when `baselines` are given) is an input
 * error, like a manifest glob that matches nothing: otherwise a typo passes every check with zero scenarios.
 */
export function assertFilterMatches(project: LoadedProject, opts: Pick<PipelineOptions, 'filter'>, baselines?: Map<string, StoredBaselineFile | null>): void {
  if (!opts.filter) return;
  const ids = baselines ? runScenarioIds(project, baselines, opts) : project.scenarios.map((s) => s.id).filter((id) => globMatch(opts.filter!, id));
  if (ids.length > 0) return;
  const configLabel = project.config.configFile ? rel(project.config.root, project.config.configFile) : 'genz.config.yaml';
  const known = project.scenarios.map((s) => s.id);
  const shown = known
    .slice(0, 5)
    .map((id) => `'${id}'`)
    .join(', ');
  throw new InputError([
    {
      file: configLabel,
      line: 1,
      column: 1,
      fieldPath: 'filter',
      message: `--filter '${opts.filter}' matches no scenario${baselines ? ' or baseline entry' : ''} (use * and ? as wildcards; scenarios include ${shown}${known.length > 5 ? `, … ${known.length} in all` : ''})`,
    },
  ]);
}

/** check / dry-run: the whole loop, reading baselines, writing nothing. */
export async function runCheck(opts: PipelineOptions): Promise<CompareResult & { project: LoadedProject }> {
  const project = await loadProjectWithHub(opts);
  const baselines = await readBaselines(project);
  assertFilterMatches(project, opts, baselines);
  return { ...compareScenarios(project, baselines, opts), project };
}

export interface BaselineChange {
  file: string;
  outcome: 'created' | 'updated' | 'unchanged' | 'deleted';
  /** Scenario ids added, changed (metrics or inputs) and removed in this file. */
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * Rewrites the baseline files from fresh simulations. Scenarios that cannot run keep their old entry
 * (and are reported); with a filter, entries the filter does not select are kept as they were.
 * Files are written atomically and only when their bytes change: running it twice changes nothing.
 */
export async function updateBaselines(opts: PipelineOptions): Promise<{ changes: BaselineChange[]; failed: ScenarioOutcome[]; project: LoadedProject }> {
  const project = await loadProjectWithHub(opts);
  const outcomes = simulateScenarios(project, opts);
  // The baselines folder must really be inside the repository (a committed symlink may lead elsewhere).
  const root = project.config.root;
  const where = writableInside(root, path.join(project.config.baselinesDir, LOCK_FILE));
  if (!where.ok) {
    throw new InputError([
      {
        file: rel(root, project.config.baselinesDir),
        line: 1,
        column: 1,
        fieldPath: 'baselines',
        message: `the baselines folder is ${where.reason.replace(/^refused: /, '')}`,
      },
    ]);
  }
  // One update at a time per baselines folder, from reading the old entries to writing the new ones.
  const release = await acquireBaselineLock(project.config.baselinesDir, {
    label: rel(project.config.root, path.join(project.config.baselinesDir, LOCK_FILE)),
  });
  try {
    return await updateLocked(project, outcomes, opts);
  } finally {
    release();
  }
}

async function updateLocked(
  project: LoadedProject,
  outcomes: ScenarioOutcome[],
  opts: PipelineOptions,
): Promise<{ changes: BaselineChange[]; failed: ScenarioOutcome[]; project: LoadedProject }> {
  const existing = await readBaselines(project);
  assertFilterMatches(project, opts, existing);
  const changes: BaselineChange[] = [];
  const failed = outcomes.filter((o) => o.run === null);
  // Linear in the scenarios: outcomes and scenarios indexed once (sweeps have 100,000 of them).
  const outcomeById = new Map(outcomes.map((o) => [o.scenario.id, o]));
  const idsOf = new Map<string, string[]>();
  for (const s of project.scenarios) {
    const list = idsOf.get(s.manifest);
    if (list) list.push(s.id);
    else idsOf.set(s.manifest, [s.id]);
  }
  for (const manifest of project.manifests) {
    const file = project.baselineOf.get(manifest)!;
    // Scenario ids are user data: Maps only (an id may be `constructor` or `__proto__`).
    const stored = existing.get(manifest)?.scenarios;
    const old = new Map((stored?.ids() ?? []).map((id) => [id, stored!.get(id)!]));
    const runs = new Map<string, ScenarioRun | BaselineScenario>();
    const ids = idsOf.get(manifest) ?? [];
    const idSet = new Set(ids);
    for (const id of ids) {
      const o = outcomeById.get(id);
      if (o?.run) runs.set(id, o.run);
      else if (old.has(id)) runs.set(id, old.get(id)!); // not selected by the filter, or could not run: keep
    }
    if (opts.filter) {
      // Keep entries of removed scenarios the filter does not select.
      for (const [id, entry] of old) if (!idSet.has(id) && !globMatch(opts.filter, id)) runs.set(id, entry);
    }
    const next = buildBaselineFile(manifest, Object.fromEntries(runs) as Record<string, ScenarioRun>);
    const outcome = await writeBaselineFileAtomic(path.join(project.config.root, file), next, { root: project.config.root });
    const nextIds = Object.keys(next.scenarios);
    const nextSet = new Set(nextIds);
    const added = nextIds.filter((id) => !old.has(id));
    const removed = [...old.keys()].filter((id) => !nextSet.has(id));
    const changed = nextIds.filter((id) => old.has(id) && !sameBaselineEntry(old.get(id)!, next.scenarios[id]));
    changes.push({ file, outcome, added, changed, removed });
  }
  return { changes, failed, project };
}
