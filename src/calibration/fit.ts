/**
 * Fitting calibration parameters (docs/calibration.md): damped Gauss–Newton (Levenberg–Marquardt) on
 * log(predicted / measured), parameters in log space, each pulled towards a prior (the generic profile
 * for a device profile, nominal values for the generic one) so that a parameter the data cannot
 * identify stays where the prior puts it instead of fitting noise. Deterministic: fixed start, fixed
 * iteration order, no randomness.
 */
import { type CalibrationParams, PARAM_KEYS, PARAM_MAX, type RequestFeatures, predictRequest } from './model.js';

/** One usable measurement with its features: what the fit and the accuracy report work on. */
export interface Sample {
  features: RequestFeatures;
  e2eMs: number | null;
  ttftMs: number | null;
  tpotMs: number | null;
}

/** Nominal values for the generic fit's prior: typical of current GPUs and engines. */
export const NOMINAL: CalibrationParams = Object.freeze({
  eta_compute: 0.6,
  gemm_half_tokens: 64,
  eta_memory: 0.75,
  eta_attention: 0.05,
  eta_link: 0.6,
  collective_us: 15,
  pass_us: 1000,
  layer_us: 30,
  seq_us: 20,
  memory_fraction: 0.9,
});

export interface FitOptions {
  /** Weight of the prior per parameter (in squared log units, comparable to one sample's squared log error). */
  priorWeight: number;
  /** Parameters held at the prior (not fitted). */
  fixed?: readonly (keyof CalibrationParams)[];
  maxIterations?: number;
  /** Where to start (default: the prior); cross-validation starts from the full fit, which converges fast. */
  start?: CalibrationParams;
}

const toVec = (p: CalibrationParams): number[] => PARAM_KEYS.map((k) => Math.log(p[k]));
const fromVec = (u: readonly number[]): CalibrationParams => {
  const p = {} as CalibrationParams;
  PARAM_KEYS.forEach((k, i) => {
    p[k] = Math.min(Math.exp(u[i]), PARAM_MAX[k]);
  });
  return p;
};

/** TTFT rows are few beside E2E rows; each counts this many times so that prefill is fitted too. */
export const TTFT_WEIGHT = 3;

/** Log residuals of every measured figure of every sample. */
export function sampleResiduals(samples: readonly Sample[], p: CalibrationParams, out: number[] = []): number[] {
  out.length = 0;
  for (const s of samples) {
    const pr = predictRequest(s.features, p);
    if (s.e2eMs !== null) out.push(Math.log(pr.e2eMs / s.e2eMs));
    if (s.ttftMs !== null) out.push(TTFT_WEIGHT * Math.log(pr.ttftMs / s.ttftMs));
    if (s.tpotMs !== null && pr.tpotMs !== null) out.push(Math.log(pr.tpotMs / s.tpotMs));
  }
  return out;
}

/** Solves A x = b (small dense, Gaussian elimination with partial pivoting). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    const d = M[c][c];
    if (d === 0) continue;
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / d;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = M[r][r] === 0 ? 0 : s / M[r][r];
  }
  return x;
}

/**
 * Fits parameters to samples, starting from and pulled towards `prior`. Returns the prior unchanged when
 * there are no samples.
 */
export function fitParams(samples: readonly Sample[], prior: CalibrationParams, opts: FitOptions): CalibrationParams {
  if (samples.length === 0) return { ...prior };
  const u0 = toVec(prior);
  const free = PARAM_KEYS.map((k, i) => (opts.fixed?.includes(k) ? -1 : i)).filter((i) => i >= 0);
  const w = Math.sqrt(opts.priorWeight);
  const maxU = PARAM_KEYS.map((k) => Math.log(PARAM_MAX[k]));
  const residuals = (u: number[]): number[] => {
    const r = sampleResiduals(samples, fromVec(u), []);
    for (const i of free) r.push(w * (u[i] - u0[i]));
    return r;
  };
  const cost = (r: readonly number[]): number => r.reduce((s, x) => s + x * x, 0);
  let u = opts.start ? toVec(opts.start) : [...u0];
  let r = residuals(u);
  let c = cost(r);
  let lambda = 1e-2;
  const h = 1e-5;
  for (let it = 0; it < (opts.maxIterations ?? 60); it++) {
    // Jacobian by forward differences over the free parameters.
    const J: number[][] = free.map((i) => {
      const up = [...u];
      up[i] += h;
      const rp = residuals(up);
      return rp.map((x, k) => (x - r[k]) / h);
    });
    const n = free.length;
    const JtJ = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => J[a].reduce((s, x, k) => s + x * J[b][k], 0)));
    const Jtr = J.map((col) => col.reduce((s, x, k) => s + x * r[k], 0));
    let improved = false;
    for (let tries = 0; tries < 10; tries++) {
      const A = JtJ.map((row, a) => row.map((x, b) => (a === b ? x + lambda * (x + 1e-9) : x)));
      const step = solve(
        A,
        Jtr.map((x) => -x),
      );
      const next = [...u];
      free.forEach((i, k) => {
        next[i] = Math.min(u[i] + step[k], maxU[i]);
      });
      const rn = residuals(next);
      const cn = cost(rn);
      if (cn < c) {
        const gain = c - cn;
        u = next;
        r = rn;
        c = cn;
        lambda = Math.max(lambda / 3, 1e-7);
        improved = gain > 1e-7 * Math.max(c, 1e-3);
        break;
      }
      lambda *= 4;
    }
    if (!improved) break;
  }
  return fromVec(u);
}

/** Rounds to `digits` significant digits, so a written profile is stable and short. */
export function roundSig(x: number, digits = 4): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}

export function roundParams(p: CalibrationParams): CalibrationParams {
  const out = {} as CalibrationParams;
  for (const k of PARAM_KEYS) out[k] = roundSig(p[k]);
  return out;
}
