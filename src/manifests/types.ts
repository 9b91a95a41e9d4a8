import type { Problem } from '../errors/index.js';
import type { Limits } from '../limits.js';
/**
 * Types of the manifests module: what `loadScenarios` and `loadProjectConfig` hand to the rest of
 * genz-action. Paths in these objects are repo-relative POSIX paths unless the field says "absolute".
 */
import type { ModelSpec } from '../core/model.js';
import type { SystemSpec } from '../core/system.js';
import type { MetricKey } from '../metrics/definitions.js';
import type { SimulationConfig } from '../simulation/config.js';
import { SERVING_SLO_KEYS } from '../serving/config.js';

/** Numeric SLO budgets: latency-like metrics are maxima, throughput-like ones minima. */
export const SLO_METRICS = [
  'ttft_ms',
  'tpot_ms',
  'tpot_peak_ms',
  'e2e_ms',
  'prefill_throughput_tps',
  'decode_throughput_tps',
  'total_throughput_tps',
  // Serving scenarios (docs/serving.md): percentile budgets are maxima, goodput and max rate minima.
  ...SERVING_SLO_KEYS,
  'goodput_rps',
  'max_rate_qps',
] as const satisfies readonly MetricKey[];
export type SloMetric = (typeof SLO_METRICS)[number];

/** SLO budgets of a scenario. Each numeric budget is a bound on the metric of the same key. */
export type SloBudgets = { [K in SloMetric]?: number } & {
  /** The model (weights + KV cache) must fit in device memory without offload. */
  must_fit?: boolean;
};

export type ModelSource =
  | { kind: 'catalog' /** Canonical catalog name. */; name: string /** As written in the manifest. */; requested: string }
  | { kind: 'file' /** Repo-relative POSIX path of the model file. */; path: string };

export type HardwareSource = { kind: 'preset'; name: string } | { kind: 'file' /** Repo-relative POSIX path of the hardware file. */; path: string };

export interface Scenario {
  /** Stable id, unique across all manifests of a run (matrix scenarios: derived, see the schema). */
  id: string;
  description: string | null;
  /** Repo-relative POSIX path of the manifest. */
  manifest: string;
  /** 1-based position of the scenario's entry in the manifest (for annotations). */
  line: number;
  column: number;
  /**
   * What the simulator runs. `model` is the canonical catalog name or the ModelSpec read from the file;
   * `hardware` the preset name or the SystemSpec read from the file. precision, efficiency, parallelism
   * and workload are always filled in (documented defaults; precision as written, so fp16 stays fp16 and the
   * engine reads it as bf16), parallelism holds the effective degrees (parallelism.* or the degree of the
   * *_parallel feature), features are as written except that `model`/`hardware`-typed options are resolved
   * like `model`/`hardware` (catalog name / preset name, or the spec read from the file).
   */
  config: SimulationConfig;
  modelSource: ModelSource;
  hardwareSource: HardwareSource;
  slo: SloBudgets | null;
  /** The matrix values that produced this scenario (dotted key → value), or null. */
  matrix: Record<string, unknown> | null;
}

export interface LoadScenariosOptions {
  /** Project root (absolute, or relative to the process cwd). Every path is resolved from here. */
  root: string;
  /** Globs of manifest files, relative to the root. */
  manifests: readonly string[];
  /** Folder of custom model files (absolute or root-relative); default `models`. */
  modelsDir?: string;
  /** Folder of custom hardware files (absolute or root-relative); default `hardware`. */
  hardwareDir?: string;
  /** The project's default fidelity (genz.config.yaml `fidelity`); scenarios may override it. */
  fidelity?: 'genz' | 'corrected';
  /** Hub models (`hf:`): the cache folder and what could not be fetched (src/manifests/hub.ts). */
  hub?: { cacheDir: string; failures: Map<string, string> };
  /** Bounds (src/limits.ts); default DEFAULT_LIMITS. */
  limits?: Limits;
  /** Default calibration of every scenario: 'builtin' (default), 'none' or a root-relative profile file. */
  calibration?: string;
}

export interface LoadScenariosResult {
  /** Empty whenever `errors` is not. */
  scenarios: Scenario[];
  /** Every problem of the run, all files, sorted by file, line, column. */
  errors: Problem[];
  /** Repo-relative POSIX paths of the manifests found, sorted. */
  files: string[];
}

export type FailOn = 'mismatch' | 'regression' | 'slo' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['mismatch', 'regression', 'slo', 'never'];

export interface ToleranceSpec {
  rel?: number;
  abs?: number;
}
export type MetricTolerances = Partial<Record<MetricKey, ToleranceSpec>>;
export interface ToleranceRules {
  default?: ToleranceSpec;
  metrics?: MetricTolerances;
  scenarios?: { match: string; metrics: MetricTolerances }[];
}

export interface ProjectConfig {
  /** Absolute path of the project root: the config file's folder, or `cwd` without a config file. */
  root: string;
  /** Absolute path of the config file, or null when none exists (defaults apply). */
  configFile: string | null;
  /** Manifest globs, relative to the root. */
  manifests: string[];
  /** Absolute paths. */
  baselinesDir: string;
  modelsDir: string;
  hardwareDir: string;
  failOn: FailOn;
  /** Default fidelity of every scenario (undefined: the simulator's default, corrected). */
  fidelity?: 'genz' | 'corrected';
  /** Absolute path of a Handlebars template, or null for the built-in report. */
  template: string | null;
  /** Bounds of the run (src/limits.ts): the defaults with `limits:` over them. */
  limits: Limits;
  /** Shape-checked here; the baselines module interprets (and re-validates) it. */
  tolerances: ToleranceRules;
  /** Default calibration: 'builtin', 'none' or a root-relative profile file. */
  calibration: string;
}

export type { ModelSpec, SystemSpec };
