/**
 * RunReport, the contract: the one object every renderer reads (Markdown comment, job summary, annotations,
 * terminal, HTML, JSON output for other tools). Written with `--report-json PATH` and as the action's
 * `report-json` output. Built by the pipeline, rebuilt from artifacts by `mode: post` and `mode: merge`; all
 * three derive summary, policy, verdict and the worst regression with ./finalize.ts.
 * Bump RUN_REPORT_SCHEMA when a field changes meaning or disappears; new optional fields keep the version.
 */
import type { DiffSummary, FailOnPolicy, MetricDiff, ScenarioDiff } from '../baselines/diff.js';
import type { MetricKey, Metrics } from '../metrics/definitions.js';

export const RUN_REPORT_SCHEMA = 'genz-action/run-report@1';

export interface ResolvedName {
  /** What the manifest says (a catalog alias, a file path, a preset name). */
  requested: string;
  /** What it resolved to: the canonical catalog name, the preset, or the model/hardware name in the file. */
  resolved: string;
  source: 'catalog' | 'preset' | 'file';
  /** Repo-relative path when source is 'file'. */
  path: string | null;
}

export interface ScenarioReport extends ScenarioDiff {
  description: string | null;
  /** Repo-relative POSIX path of the manifest and the scenario's position in it (annotations). */
  manifest: string | null;
  line: number | null;
  column: number | null;
  model: ResolvedName | null;
  hardware: ResolvedName | null;
  /** A compact description of the scenario's inputs ("bf16 · TP2 · batch 8 · 1024→256 · lora(r16)"). */
  setup: string | null;
  /** The current metrics (null when the scenario could not run or was removed). */
  current: Metrics | null;
  /** The exact command that reproduces this scenario's comparison locally. */
  reproduce: string;
  notes: string[];
  /**
   * When the pull request itself rewrote this scenario's baseline: the comparison with the base
   * branch's committed baseline, so a regression accepted by refreshing baselines stays visible.
   */
  accepted: { classification: ScenarioDiff['classification']; hasRegression: boolean; metrics: ScenarioDiff['metrics'] } | null;
  /** The simulator's error kind when the scenario could not run ("does_not_fit", "invalid_input", …): errors group by it. */
  errorKind?: string | null;
  /** Each changed input with its baseline and current value (JSON values), in `changedInputs` order. Optional: older reports lack it. */
  inputChanges?: InputChange[];
  /** Why the primary metrics moved, from the per-operator results of both runs (./explain in src/report). */
  why?: WhyLine[];
  /** The largest batch and the longest input that still meet every SLO budget (scenarios with budgets). */
  capacity?: CapacityWithinSlo | null;
  /** Calibrated runs: each absolute metric's error band as a fraction (docs/calibration.md); absent otherwise. */
  bands?: Partial<Record<MetricKey, number>> | null;
  /** The current run's latency per pass by phase and operator group (changed scenarios that ran): the HTML report's breakdown. */
  breakdown?: PhaseBreakdown[];
  /** Serving scenarios whose max-rate search ran: p99 latency against the request rate (the HTML report's latency-vs-load chart). */
  loadCurve?: LoadCurve;
}

/** At most this many points in a load curve (the max-rate search tries about 20 rates; docs/serving.md "Max rate"). */
export const LOAD_CURVE_MAX_POINTS = 64;

/** Latency against load: every Poisson rate the max-rate search simulated, in rising order (docs/serving.md). */
export interface LoadCurve {
  points: LoadPoint[];
  /** The scenario's p99 budgets (ms), null when it sets none. */
  ttftP99BudgetMs: number | null;
  tpotP99BudgetMs: number | null;
  /** The search's answer (the scenario's max_rate_qps), req/s. */
  maxRateQps: number | null;
}

export interface LoadPoint {
  /** Arrival rate, req/s. */
  rateQps: number;
  /** p99 TTFT and TPOT at that rate, ms (null when no request had one). */
  ttftP99Ms: number | null;
  tpotP99Ms: number | null;
  /** Whether every percentile budget held at that rate. */
  sloHolds: boolean;
}

/** One pass of a phase (a prefill, a decode step at the full context, a chunk) split by operator group. */
export interface PhaseBreakdown {
  phase: string;
  /** Latency of the pass, ms. */
  totalMs: number;
  /** Largest first; `bound` is the roofline term that sets most of the group's latency. */
  groups: { group: string; ms: number; bound: Bound }[];
}

export interface InputChange {
  path: string;
  baseline: unknown;
  current: unknown;
}

/** What bounds a phase or an operator group: the roofline term that sets its latency. */
export type Bound = 'compute' | 'memory' | 'interconnect';

export interface WhyShare {
  /** "prefill", "decode", "chunk", "speculative". */
  phase: string;
  /** "attention", "QKV/O projections", "FFN/experts", "collectives", "LM head/embeddings", "SSM", "other". */
  group: string;
  /** Share of the metric's change (fraction, signed: negative when the group moved the other way). */
  share: number;
  /** Latency change of the group in this phase, ms (per pass). */
  deltaMs: number;
  bound: Bound;
}

export interface WhyLine {
  metric: MetricKey;
  label: string;
  relDelta: number | null;
  /** Dominant bound of each phase that moved, in the current run. */
  bounds: { phase: string; bound: Bound }[];
  /** The largest shares first (at most a handful); the rest add up to 1 − Σ share. */
  shares: WhyShare[];
}

export interface CapacityWithinSlo {
  /** The largest batch meeting every budget at the scenario's sequence lengths; 0 when even batch 1 misses one. */
  max_batch_within_slo: number | null;
  /** The longest input (tokens) meeting every budget at the scenario's batch; 0 when none does. */
  max_input_tokens_within_slo: number | null;
  /** The search's upper limits; a value equal to its limit means "at least". */
  limits: { batch: number; input_tokens: number };
  /** The budget that stops each search ("ttft_ms", "must_fit", …), null when the limit stopped it. */
  binding: { batch: string | null; input_tokens: string | null };
}

/** How many fail-on reasons a report lists (policy.reasons); policy.reasonCount counts them all. */
export const POLICY_REASONS_LISTED = 1000;

export interface RunReport {
  schema: typeof RUN_REPORT_SCHEMA;
  tool: { name: 'genz-action'; version: string; simulator: string };
  /** Where the report was computed. Recorded here, never in baselines (they stay machine-independent). */
  runtime: { node: string; platform: string; arch: string };
  /** Repo-relative paths. */
  project: { config: string | null; manifests: string[]; baselines: string };
  /**
   * The fail-on outcome. `reasons` lists the first POLICY_REASONS_LISTED of them (a sweep whose simulator changed
   * can have one per metric of every scenario: millions); `reasonCount` counts them all.
   */
  policy: { failOn: FailOnPolicy; fail: boolean; reasons: string[]; reasonCount: number };
  summary: DiffSummary;
  /** One line: what a reviewer needs to know first. */
  verdict: string;
  scenarios: ScenarioReport[];
  /** Set when the run covers one shard of a matrix (i of n, 1-based). */
  shard: { index: number; total: number } | null;
}

/**
 * report.json on disk (`--report-json`, the action's report artifact): the RunReport with its scenarios in a
 * compact, lossless encoding (./compact.ts). Readers decode it back to a RunReport before validating it; a file
 * without `encoding` is a plain RunReport (older versions wrote that, and it is still read).
 */
export const RUN_REPORT_ENCODING = 'genz-action/run-report-compact@1';

/** A metric row without its values: those are the scenario's `current` value, equal in baseline and current. */
export type MetricRowShape = Pick<MetricDiff, 'key' | 'label' | 'unit' | 'direction' | 'primary' | 'kind' | 'tolerance' | 'verdict'>;

/**
 * A scenario encoded against the one before it in the file (the decoded one). Fields equal to the previous
 * scenario's are left out; those the previous one has and this one lacks are listed under "-".
 */
export interface CompactScenario extends Partial<Omit<ScenarioReport, 'current'>> {
  '~': 1;
  /** Absent when "i" gives it. */
  id?: string;
  /** id = the previous scenario's id cut to its first i[0] characters, then i[1]. */
  i?: [number, string];
  '-'?: string[];
  /** baselineFingerprint = currentFingerprint and baselineSimulator = currentSimulator. */
  '='?: 1;
  /** reproduce: the previous scenario's command with its id replaced by this one. */
  r?: 1;
  /** Index in `metricRows`: every metric row is equal (baseline = current = `current`'s value). */
  m?: number;
  /** current, as the values of the previous scenario's `current` keys in their order. */
  cur?: Metrics[keyof Metrics][];
  current?: Metrics | null;
}

export interface RunReportFile extends Omit<RunReport, 'scenarios'> {
  encoding: typeof RUN_REPORT_ENCODING;
  metricRows: MetricRowShape[][];
  /** A full ScenarioReport (no "~" key) or a CompactScenario. */
  scenarios: (ScenarioReport | CompactScenario)[];
}
