/**
 * The requests of a serving run: arrival times and token lengths, drawn from the seed
 * (docs/serving.md "Workload"). Lengths are drawn first (inputs, then outputs, in request order), then
 * the arrival gaps, each from its own generator, so a change of arrival rate keeps the same lengths and
 * the same unit-rate gaps (the max-rate search compares rates on common random numbers).
 */
import { type Rng, exponential, lognormalParams, makeRng, normal } from './random.js';
import type { Arrival, LengthDistribution } from './types.js';

export interface Requests {
  /** Arrival times in ms (NaN for closed-loop requests, which arrive when a client is free). */
  arrivalMs: Float64Array;
  input: Int32Array;
  output: Int32Array;
}

function sampler(d: LengthDistribution, rng: Rng): () => number {
  switch (d.distribution) {
    case 'fixed':
      return () => d.value;
    case 'lognormal': {
      const p = lognormalParams(d.mean, d.p99);
      if (p === null) throw new Error(`lognormal mean ${d.mean}, p99 ${d.p99}: no such distribution`);
      return () => {
        const x = Math.round(Math.exp(p.mu + p.sigma * normal(rng)));
        return Math.min(d.max, Math.max(d.min, x));
      };
    }
    case 'histogram': {
      let total = 0;
      for (const [, w] of d.bins) total += w;
      const cum: number[] = [];
      let acc = 0;
      for (const [, w] of d.bins) {
        acc += w;
        cum.push(acc / total);
      }
      return () => {
        const u = rng.next();
        for (let i = 0; i < cum.length; i++) if (u < cum[i]) return d.bins[i][0];
        return d.bins[d.bins.length - 1][0];
      };
    }
  }
}

/** Unit-rate (1 per ms) Poisson gaps of n requests; arrival i is the sum of the first i + 1 gaps divided by the rate. */
export function unitGaps(seed: number, n: number): Float64Array {
  const rng = makeRng((seed ^ 0x5bd1e995) >>> 0);
  const out = new Float64Array(n);
  let t = 0;
  for (let i = 0; i < n; i++) {
    t += exponential(rng, 1);
    out[i] = t;
  }
  return out;
}

/** Arrival times (ms) at a Poisson rate from unit-rate cumulative gaps. */
export function poissonArrivals(unit: Float64Array, rateQps: number): Float64Array {
  const out = new Float64Array(unit.length);
  const scale = 1000 / rateQps;
  for (let i = 0; i < unit.length; i++) out[i] = unit[i] * scale;
  return out;
}

export function drawRequests(arrival: Arrival, requests: number, input: LengthDistribution, output: LengthDistribution, seed: number): Requests {
  if (arrival.kind === 'trace') {
    const n = arrival.requests.length;
    const r: Requests = { arrivalMs: new Float64Array(n), input: new Int32Array(n), output: new Int32Array(n) };
    arrival.requests.forEach((q, i) => {
      r.arrivalMs[i] = q.arrival_s * 1000;
      r.input[i] = q.input_tokens;
      r.output[i] = q.output_tokens;
    });
    return r;
  }
  const n = requests;
  const inRng = makeRng(seed >>> 0);
  const outRng = makeRng((seed ^ 0x27d4eb2f) >>> 0);
  const inS = sampler(input, inRng);
  const outS = sampler(output, outRng);
  const r: Requests = { arrivalMs: new Float64Array(n), input: new Int32Array(n), output: new Int32Array(n) };
  for (let i = 0; i < n; i++) r.input[i] = inS();
  for (let i = 0; i < n; i++) r.output[i] = outS();
  if (arrival.kind === 'poisson') r.arrivalMs.set(poissonArrivals(unitGaps(seed, n), arrival.rate_qps));
  else if (arrival.kind === 'concurrency') r.arrivalMs.fill(Number.NaN);
  // burst: every request at t = 0 (already zero)
  return r;
}

/** The largest token count a distribution can draw. */
export function maxLength(d: LengthDistribution): number {
  if (d.distribution === 'fixed') return d.value;
  if (d.distribution === 'lognormal') return d.max;
  let m = 0;
  for (const [t] of d.bins) m = Math.max(m, t);
  return m;
}
