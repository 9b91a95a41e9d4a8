/**
 * Seeded randomness for the serving simulator (docs/serving.md "Determinism"): a small counter-free
 * generator (sfc32, 32-bit integer operations only) and the samplers built on it. Every draw is a
 * function of the seed and the draw's position, and uses only operations V8 computes the same way on
 * every platform (32-bit integer arithmetic, and Math.log/Math.exp/Math.sqrt/Math.cos, which V8
 * implements in software), so a seed gives the same requests to the last bit on Node 20 and 24.
 */

export interface Rng {
  /** Uniform in (0, 1): never 0, so its logarithm is finite. */
  next(): number;
}

/** sfc32 seeded from a 32-bit seed through splitmix32 (12 warm-up draws). */
export function makeRng(seed: number): Rng {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const u32 = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) u32();
  return { next: () => (u32() + 0.5) / 4294967296 };
}

/** Standard normal by Box–Muller (one of the pair; the other is discarded so each draw uses two uniforms). */
export function normal(rng: Rng): number {
  const u = rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Exponential with the given rate (mean 1/rate). */
export function exponential(rng: Rng, rate: number): number {
  return -Math.log(rng.next()) / rate;
}

/** z of the standard normal's 99th percentile. */
export const Z99 = 2.3263478740408408;

/**
 * The lognormal (μ, σ) with the given mean and 99th percentile: mean = e^(μ + σ²/2), p99 = e^(μ + z·σ).
 * Subtracting the logs gives σ²/2 − z·σ + ln(p99/mean) = 0, whose smaller root is taken (the larger one
 * puts most of the mass far below the mean). A root exists when ln(p99/mean) ≤ z²/2, i.e. p99 ≤ 14.97 × mean.
 */
export function lognormalParams(mean: number, p99: number): { mu: number; sigma: number } | null {
  if (!(mean > 0) || !(p99 > mean)) return null;
  const r = Math.log(p99 / mean);
  const disc = Z99 * Z99 - 2 * r;
  if (disc < 0) return null;
  const sigma = Z99 - Math.sqrt(disc);
  return { mu: Math.log(mean) - (sigma * sigma) / 2, sigma };
}

/** The largest p99/mean ratio a lognormal can have (see lognormalParams). */
export const MAX_P99_OVER_MEAN = Math.exp((Z99 * Z99) / 2);
