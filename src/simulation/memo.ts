/**
 * Memo of the core passes that scenarios of one structure share (docs/model.md "Memo of shared passes").
 *
 * Scenarios that differ only in output_tokens (a sweep's innermost axis, typically) run the same prefill
 * pass and the same decode steps at any given context T: the core's entry points are pure functions of
 * their arguments, so such a pass is computed once and its InferenceResult (frozen figures, its operator
 * table built lazily once) is reused. A pass is memoised only when every argument that shapes it is in the
 * key: catalog model, preset hardware, precision, efficiency, parallel degrees, batch, prompt length, beam,
 * fidelity, per-tensor precision, offload, flash attention; scenarios with LoRA, speculative decoding,
 * chunked prefill, inline models or hardware, or that ask for operator tables in their results compute
 * every pass themselves. The decode rows of such a group are kept by context T too (the closed-form decode
 * sum and the calibration's pieces build them at a few T each, core DecodeRowsCache). A failing pass is never stored (it throws again when asked again). Bounded: the
 * least recently used entries are dropped past MEMO_MAX entries, so memory stays flat over any sweep.
 */
import { type DecodeArgs, type DecodeRowsCache, type InferenceResult, type PrefillArgs, decode, prefill } from '../core/inference.js';
import type { OpRow } from '../core/operators.js';
import type { NormalizedConfig } from './normalize.js';

/** Entries kept (prefill and decode passes together): a few hundred KB of results and operator tables. */
export const MEMO_MAX = 32;

/** A bounded least-recently-used map. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, v: V): void {
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, v);
  }

  clear(): void {
    this.map.clear();
  }
}

const passes = new Lru<InferenceResult>(MEMO_MAX);
/** Decode rows by context (a scenario's closed-form sums and calibration pieces build them at a few T each). */
const rows = new Lru<OpRow[]>(2 * MEMO_MAX);

/** Empties the memo (tests compare memoised runs with runs from scratch). */
export function clearPassMemo(): void {
  passes.clear();
  rows.clear();
}

/** The decode-rows cache of a group for the core's closed-form sums (core DecodeRowsCache), or undefined when not memoised. */
export function decodeRowsCache(group: string | null): DecodeRowsCache | undefined {
  if (group === null) return undefined;
  return {
    get: (T) => rows.get(`${T}\u0000${group}`),
    set: (T, built) => rows.set(`${T}\u0000${group}`, built),
  };
}

/**
 * The structural key of a scenario's passes (everything the core's arguments are built from except the
 * output length), or null when the scenario is not memoised.
 */
export function passGroupKey(n: NormalizedConfig, withOperators: boolean): string | null {
  const f = n.features;
  if (withOperators || n.model.source !== 'catalog' || n.hardware.source !== 'preset') return null;
  if (f.lora !== null || f.speculative_decode !== null || f.chunked !== null) return null;
  const t = n.tensor_precision;
  const p = n.parallelism;
  const w = n.workload;
  return [
    n.fidelity,
    n.model.name,
    n.hardware.name,
    n.precision,
    n.efficiency,
    p.tensor,
    p.pipeline,
    p.expert,
    w.batch,
    w.input_tokens,
    w.beam,
    f.memory_offload,
    f.flash_attention.enabled,
    t === null ? '' : `${t.weights}/${t.expert_weights}/${t.activations}/${t.kv_cache}`,
  ].join('\u0000');
}

/** The prefill pass of `args`, from the memo when `group` is not null. */
export function memoPrefill(group: string | null, args: PrefillArgs): InferenceResult {
  if (group === null) return prefill(args);
  const key = `P\u0000${group}`;
  let r = passes.get(key);
  if (r === undefined) {
    r = prefill(args);
    passes.set(key, r);
  }
  return r;
}

/** The decode step at context `output_tokens` of `args`, from the memo when `group` is not null. */
export function memoDecode(group: string | null, args: DecodeArgs): InferenceResult {
  if (group === null) return decode(args);
  const key = `D\u0000${args.output_tokens}\u0000${group}`;
  let r = passes.get(key);
  if (r === undefined) {
    r = decode(args);
    passes.set(key, r);
  }
  return r;
}
