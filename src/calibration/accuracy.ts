/**
 * `genz accuracy`: every measured row simulated with a calibration, predicted vs measured. A row's
 * figure is its E2E latency when measured, otherwise its TTFT, otherwise its TPOT.
 */
import { type Prepared, prepare } from './calibrate.js';
import type { Measurement } from './measurements.js';
import { type CalibrationParams, ROOFLINE, predictRequest } from './model.js';
import { type ProfileSet, selectProfile } from './profile.js';

export interface Stat {
  rows: number;
  /** Mean absolute percentage error, percent. */
  mape: number;
  /** Geometric mean of predicted / measured. */
  gmr: number;
}

export interface AccuracyRow {
  row: Prepared;
  metric: 'e2e' | 'ttft' | 'tpot';
  predicted: number;
  measured: number;
  profile: string;
}

export interface AccuracyReport {
  overall: Stat;
  ttft: Stat | null;
  groups: Record<string, Stat>;
  byTp: Record<string, Stat>;
  byModel: Record<string, Stat>;
  rows: AccuracyRow[];
  skipped: { source: string; reason: string }[];
}

export function stat(points: readonly { predicted: number; measured: number }[]): Stat {
  let abs = 0;
  let log = 0;
  for (const p of points) {
    abs += Math.abs(p.predicted / p.measured - 1);
    log += Math.log(p.predicted / p.measured);
  }
  const n = points.length;
  return { rows: n, mape: n ? round((100 * abs) / n, 2) : NaN, gmr: n ? round(Math.exp(log / n), 4) : NaN };
}
const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

function groupBy(rows: readonly AccuracyRow[], key: (r: AccuracyRow) => string): Record<string, Stat> {
  const m = new Map<string, AccuracyRow[]>();
  for (const r of rows) {
    const k = key(r);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(r);
  }
  return Object.fromEntries([...m.keys()].sort().map((k) => [k, stat(m.get(k)!)]));
}

/** Simulates every row with `set` (null: the raw roofline). */
export function accuracy(measurements: readonly Measurement[], set: ProfileSet | null): AccuracyReport {
  const prepared = prepare(measurements);
  const rows: AccuracyRow[] = [];
  const ttftPoints: { predicted: number; measured: number }[] = [];
  for (const p of prepared) {
    if (p.skip) continue;
    const m = p.m;
    const sel = set ? selectProfile(set, m.preset!, m.engineId!, m.precision!) : null;
    const params: CalibrationParams = sel ? sel.params : ROOFLINE;
    const pr = predictRequest(p.features!, params);
    const profile = sel ? sel.key : 'roofline';
    if (m.ttftMs !== null) ttftPoints.push({ predicted: pr.ttftMs, measured: m.ttftMs });
    if (m.e2eMs !== null) rows.push({ row: p, metric: 'e2e', predicted: pr.e2eMs, measured: m.e2eMs, profile });
    else if (m.ttftMs !== null) rows.push({ row: p, metric: 'ttft', predicted: pr.ttftMs, measured: m.ttftMs, profile });
    else if (m.tpotMs !== null && pr.tpotMs !== null) rows.push({ row: p, metric: 'tpot', predicted: pr.tpotMs, measured: m.tpotMs, profile });
  }
  return {
    overall: stat(rows),
    ttft: ttftPoints.length ? stat(ttftPoints) : null,
    groups: groupBy(rows, (r) => `${r.row.m.preset}|${r.row.m.engineId}`),
    byTp: groupBy(rows, (r) => `tp${r.row.m.tp}`),
    byModel: groupBy(rows, (r) => r.row.m.resolvedModel!.name),
    rows,
    skipped: prepared.filter((p) => p.skip).map((p) => ({ source: p.m.source, reason: p.skip! })),
  };
}
