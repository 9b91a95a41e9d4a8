/**
 * The iteration-level simulation of a continuous-batching engine (docs/serving.md "Scheduler"), in the
 * manner of vLLM's v1 scheduler: every iteration is one forward pass over the running batch; each
 * request has `known` tokens (its prompt plus the tokens generated so far) of which `computed` are in the
 * KV cache, and is scheduled `known − computed` tokens, within the iteration's token budget. A request
 * whose scheduled tokens reach `known` samples one token: the first for a prompt, the next for a
 * decoding sequence.
 *
 * Per iteration: (1) the running requests, in admission order, get their tokens; one that needs KV
 * blocks when none are free preempts the most recently admitted running request (its blocks are freed,
 * its computed tokens reset to zero: recompute), itself last. (2) If nothing was preempted, waiting
 * requests that have arrived are admitted in policy order (first come, first served by default) while
 * sequences, tokens and blocks allow; with chunked prefill a prompt may take the rest of the budget and
 * continue next iteration, without it a prompt needs its whole length in one iteration. (3) The
 * iteration's latency comes from IterationCost; time advances by it; tokens are emitted at its end.
 */
import type { IterationCost } from './cost.js';
import type { PolicyName, SchedulerConfig } from './types.js';
import type { Requests } from './workload.js';

export interface KvCapacity {
  /** Blocks of the KV cache (Infinity: unbounded). */
  blocks: number;
  /** Blocks each sequence holds regardless of its length (recurrent state). */
  fixedBlocksPerSeq: number;
}

/** What one run produced, per request and in total. */
export interface Trace {
  arrivalMs: Float64Array;
  firstTokenMs: Float64Array;
  finishMs: Float64Array;
  output: Int32Array;
  input: Int32Array;
  /** Inter-token gaps: each iteration's latency with how many sequences had exactly that gap, plus the other gaps one by one. */
  iterLatencyMs: Float64Array;
  iterRegularGaps: Int32Array;
  otherGaps: Float64Array;
  iterations: number;
  preemptions: number;
  /** Σ latency × blocks in use over iterations, and Σ latency (busy time). */
  blockMsUsed: number;
  busyMs: number;
  blocks: number;
}

export class SimulationLimitError extends Error {}

/** Iterations one run may take at most (a guard against a configuration that cannot progress). */
export const MAX_ITERATIONS = 50_000_000;

class Growable {
  data: Float64Array;
  n = 0;
  constructor(cap = 1024) {
    this.data = new Float64Array(cap);
  }
  push(x: number): void {
    if (this.n === this.data.length) {
      const d = new Float64Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.n++] = x;
  }
  view(): Float64Array {
    return this.data.subarray(0, this.n);
  }
}
class GrowableInt {
  data: Int32Array;
  n = 0;
  constructor(cap = 1024) {
    this.data = new Int32Array(cap);
  }
  push(x: number): void {
    if (this.n === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.n++] = x;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.n);
  }
}

/** Picks the index (into `waiting`) of the next request to admit. */
export type Policy = (waiting: readonly number[], known: Int32Array) => number;
export const POLICIES: Readonly<Record<PolicyName, Policy>> = {
  fcfs: () => 0,
  'shortest-prompt-first': (waiting, known) => {
    let best = 0;
    for (let i = 1; i < waiting.length; i++) if (known[waiting[i]] < known[waiting[best]]) best = i;
    return best;
  },
};

/**
 * Runs the requests through the scheduler. `concurrency` > 0 makes the arrivals closed-loop: that many
 * clients, each sending its next request when the previous one finishes (arrivalMs is then filled in).
 * `decodeWindows` false runs every iteration through the general pass (tests: the same figures).
 */
export function runScheduler(req: Requests, sched: SchedulerConfig, cost: IterationCost, kv: KvCapacity, concurrency = 0, decodeWindows = true): Trace {
  const n = req.input.length;
  const arrivalMs = Float64Array.from(req.arrivalMs);
  if (concurrency > 0) for (let i = 0; i < Math.min(concurrency, n); i++) arrivalMs[i] = 0;
  const input = req.input;
  const output = req.output;
  const known = new Int32Array(n); // prompt + generated
  const computed = new Int32Array(n);
  const generated = new Int32Array(n);
  const held = new Float64Array(n); // blocks
  const lastIter = new Float64Array(n).fill(-2);
  const lastTokenMs = new Float64Array(n);
  const firstTokenMs = new Float64Array(n).fill(Number.NaN);
  const finishMs = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) known[i] = input[i];
  const bs = sched.block_size;
  const policy = POLICIES[sched.policy];
  let free = kv.blocks;
  let running: number[] = [];
  const waiting: number[] = [];
  let nextArrival = 0;
  let spawned = concurrency > 0 ? Math.min(concurrency, n) : n;
  let done = 0;
  let now = 0;
  let preemptions = 0;
  let iterations = 0;
  let blockMsUsed = 0;
  let busyMs = 0;
  const iterLat = new Growable();
  const iterGaps = new GrowableInt();
  const otherGaps = new Growable();
  // Scratch of one iteration.
  const schedId: number[] = [];
  const schedTokens: number[] = [];
  const scheduled = new Uint8Array(n);
  const blocksFor = (tokens: number): number => Math.ceil(tokens / bs) + kv.fixedBlocksPerSeq;

  /**
   * Decode windows (docs/serving.md "Speed"): when every running request is decoding, all fit the token
   * budget and no waiting request can be admitted, the iterations until the next arrival, the next
   * finish or the next step whose blocks do not fit are pure decode steps of an unchanged batch. They are
   * run here without the scheduling pass, with the same operations in the same order as the general
   * iteration below, so the figures are identical to the last bit.
   */
  const decodeWindowOpen = (): boolean => {
    if (running.length > sched.max_batched_tokens) return false;
    for (let k = 0; k < running.length; k++) {
      const id = running[k];
      if (generated[id] === 0 || known[id] - computed[id] !== 1) return false;
    }
    if (waiting.length === 0) return true;
    // Admission is blocked now, and stays blocked while the batch only grows: no free sequence slot, no
    // budget left, or the request the policy picks does not fit (blocks only get fewer).
    const budget = sched.max_batched_tokens - running.length;
    if (running.length >= sched.max_num_seqs || budget <= 0) return true;
    const id = waiting[policy(waiting, known)];
    const remaining = known[id] - computed[id];
    if (!sched.chunked_prefill && remaining > budget) return true;
    return blocksFor(computed[id] + Math.min(remaining, budget)) - held[id] > free;
  };
  /** Runs decode steps of the unchanged batch; returns how many (0: the next step needs the general pass). */
  const decodeWindow = (): number => {
    const ids = running;
    const r = ids.length;
    let left = Number.POSITIVE_INFINITY;
    for (let k = 0; k < r; k++) left = Math.min(left, output[ids[k]] - generated[ids[k]]);
    // Steps in which nobody finishes (the finishing step goes through the general pass).
    const maxSteps = left - 1;
    const arrival = nextArrival < spawned ? arrivalMs[nextArrival] : Number.POSITIVE_INFINITY;
    const bodyHead = cost.bodyMs(r) + cost.headMs(r);
    let steps = 0;
    while (steps < maxSteps && !(steps > 0 && arrival <= now)) {
      let want = 0;
      for (let k = 0; k < r; k++) {
        const id = ids[k];
        want += blocksFor(computed[id] + 1) - held[id];
      }
      if (want > free) break;
      if (++iterations > MAX_ITERATIONS) throw new SimulationLimitError(`serving simulation exceeded ${MAX_ITERATIONS} iterations`);
      let attn = 0;
      for (let k = 0; k < r; k++) {
        const id = ids[k];
        const w = blocksFor(computed[id] + 1) - held[id];
        free -= w;
        held[id] += w;
        attn += cost.decodeAttentionMs(computed[id] + 1);
      }
      const latency = bodyHead + attn;
      blockMsUsed += (kv.blocks - free) * latency;
      busyMs += latency;
      now += latency;
      let regular = 0;
      for (let k = 0; k < r; k++) {
        const id = ids[k];
        computed[id]++;
        generated[id]++;
        known[id]++;
        if (lastIter[id] === iterations - 1) regular++;
        else otherGaps.push(now - lastTokenMs[id]);
        lastIter[id] = iterations;
        lastTokenMs[id] = now;
      }
      iterLat.push(latency);
      iterGaps.push(regular);
      steps++;
    }
    return steps;
  };

  while (done < n) {
    while (nextArrival < spawned && arrivalMs[nextArrival] <= now) waiting.push(nextArrival++);
    if (running.length === 0 && waiting.length === 0) {
      // Idle until the next arrival.
      now = arrivalMs[nextArrival];
      continue;
    }
    if (decodeWindows && running.length > 0 && decodeWindowOpen()) {
      const steps = decodeWindow();
      if (steps > 0) continue;
    }
    if (++iterations > MAX_ITERATIONS) throw new SimulationLimitError(`serving simulation exceeded ${MAX_ITERATIONS} iterations`);
    let budget = sched.max_batched_tokens;
    schedId.length = 0;
    schedTokens.length = 0;
    let preempted = false;
    // (1) Running requests, in admission order.
    for (let i = 0; i < running.length && budget > 0; i++) {
      const id = running[i];
      const need = Math.min(known[id] - computed[id], budget);
      const want = blocksFor(computed[id] + need) - held[id];
      let self = false;
      while (want > free) {
        const victim = running[running.length - 1];
        running.pop();
        free += held[victim];
        held[victim] = 0;
        computed[victim] = 0;
        waiting.unshift(victim);
        preemptions++;
        preempted = true;
        if (victim === id) {
          self = true;
          break;
        }
      }
      if (self) break;
      free -= want;
      held[id] += want;
      schedId.push(id);
      schedTokens.push(need);
      budget -= need;
    }
    // (2) Admission, when nothing was preempted.
    if (!preempted) {
      while (waiting.length > 0 && running.length < sched.max_num_seqs && budget > 0) {
        const w = policy(waiting, known);
        const id = waiting[w];
        const remaining = known[id] - computed[id];
        if (!sched.chunked_prefill && remaining > budget) break;
        const need = Math.min(remaining, budget);
        const want = blocksFor(computed[id] + need) - held[id];
        if (want > free) break;
        waiting.splice(w, 1);
        free -= want;
        held[id] += want;
        running.push(id);
        schedId.push(id);
        schedTokens.push(need);
        budget -= need;
      }
    }
    if (schedId.length === 0) {
      // Everything is blocked (cannot happen when one request fits the cache, checked before the run).
      if (nextArrival < spawned && running.length === 0) {
        now = Math.max(now, arrivalMs[nextArrival]);
        continue;
      }
      throw new SimulationLimitError('serving simulation cannot make progress: the KV cache cannot hold a request');
    }
    // (3) The iteration's latency.
    let tokens = 0;
    let attn = 0;
    for (let k = 0; k < schedId.length; k++) {
      const id = schedId[k];
      const t = schedTokens[k];
      tokens += t;
      if (t === 1 && generated[id] > 0 && known[id] - computed[id] === 1) attn += cost.decodeAttentionMs(computed[id] + 1);
      else attn += cost.prefillAttentionMs(computed[id], t);
    }
    const latency = cost.bodyMs(tokens) + cost.headMs(schedId.length) + attn;
    const used = kv.blocks - free;
    blockMsUsed += used * latency;
    busyMs += latency;
    now += latency;
    let regular = 0;
    let finished = false;
    for (let k = 0; k < schedId.length; k++) {
      const id = schedId[k];
      computed[id] += schedTokens[k];
      if (computed[id] < known[id]) continue;
      // The iteration samples this sequence's next token.
      generated[id]++;
      known[id]++;
      if (generated[id] === 1 && Number.isNaN(firstTokenMs[id])) firstTokenMs[id] = now;
      else if (lastIter[id] === iterations - 1) regular++;
      else otherGaps.push(now - lastTokenMs[id]);
      lastIter[id] = iterations;
      lastTokenMs[id] = now;
      if (generated[id] >= output[id]) {
        finishMs[id] = now;
        free += held[id];
        held[id] = 0;
        scheduled[id] = 1;
        finished = true;
        done++;
        if (concurrency > 0 && spawned < n) arrivalMs[spawned++] = now;
      }
    }
    iterLat.push(latency);
    iterGaps.push(regular);
    if (finished) {
      running = running.filter((id) => scheduled[id] === 0);
    }
  }
  return {
    arrivalMs,
    firstTokenMs,
    finishMs,
    output,
    input,
    iterLatencyMs: iterLat.view(),
    iterRegularGaps: iterGaps.view(),
    otherGaps: otherGaps.view(),
    iterations,
    preemptions,
    blockMsUsed,
    busyMs,
    blocks: kv.blocks,
  };
}
