/**
 * RunReport: the one object every renderer reads (Markdown comment, job summary, annotations, JSON
 * output for other tools). Written with `--report-json PATH` and as the action's `report-json` output.
 * Bump RUN_REPORT_SCHEMA when a field changes meaning or disappears.
 */
import type { DiffSummary, FailOnPolicy, ScenarioDiff } from '../baselines/diff.js';
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
  /** Calibrated runs: each absolute metric's error band as a fraction (docs/calibration.md); absent otherwise. */
  bands?: Partial<Record<MetricKey, number>> | null;
  /** The exact command that reproduces this scenario's comparison locally. */
  reproduce: string;
  notes: string[];
  /**
   * When the pull request itself rewrote this scenario's baseline: the comparison with the base
   * branch's committed baseline, so a regression accepted by refreshing baselines stays visible.
   */
  accepted: { classification: ScenarioDiff['classification']; hasRegression: boolean; metrics: ScenarioDiff['metrics'] } | null;
}

export interface RunReport {
  schema: typeof RUN_REPORT_SCHEMA;
  tool: { name: 'genz-action'; version: string; simulator: string };
  /** Where the report was computed. Recorded here, never in baselines (they stay machine-independent). */
  runtime: { node: string; platform: string; arch: string };
  /** Repo-relative paths. */
  project: { config: string | null; manifests: string[]; baselines: string };
  policy: { failOn: FailOnPolicy; fail: boolean; reasons: string[] };
  summary: DiffSummary;
  /** One line: what a reviewer needs to know first. */
  verdict: string;
  scenarios: ScenarioReport[];
  /** Set when the run covers one shard of a matrix (i of n, 1-based). */
  shard: { index: number; total: number } | null;
}
