/**
 * GenZ's entry points (spec §10): prefill, decode, chunked prefill and speculative decoding, with the
 * memory fit check and offload. Each returns totals; the per-operator table is built lazily.
 */
import { type DecodeEntry, type Parallelism, type PrefillEntry, buildChunkedRows, buildDecodeRows, buildPrefillRows, chunkTokens } from './builders.js';
import { GenzError, pyFloat } from './errors.js';
import {
  type EvalContext,
  type MemoryTotals,
  type OperatorRecord,
  type OperatorTiming,
  type RuntimeBreakdown,
  type SummaryTable,
  type SummaryTotals,
  SUMMARY_FIELDS,
  latencyContributions,
  memoryTotals,
  operatorTable,
  operatorTimings,
  rowLatencyMs,
  summarize,
} from './evaluate.js';
import { fieldCuts, inferContextFields, sumStepLatencies } from './context-sum.js';
import { exactPow } from './exact.js';
import { buildLayeredRows } from './layered.js';
import { type ModelConfig, type ModelRef, resolveModel } from './model.js';
import type { OpRow } from './operators.js';
import { type NativeRates, type Precision, type TensorBytes, type TensorPrecisions, computePrecision, isPrecision, tensorBytes } from './precision.js';
import { type HardwareRef, type System, type SystemSpec, buildSystem, resolveSystem, withOffchipBw } from './system.js';

/**
 * Which model the entry points compute (docs/model.md "Fidelity"): `genz` reproduces GenZ exactly (the
 * parity suite); `corrected` builds per-layer rows from the model's real architecture, with per-tensor
 * precision. The core's default is `genz` (its API is GenZ's); the simulation layer defaults to corrected.
 */
export type Fidelity = 'genz' | 'corrected';
export const FIDELITIES: readonly Fidelity[] = ['genz', 'corrected'];

/** The row builders of one fidelity: the only place the two models differ in structure. */
interface RowBuilders {
  prefill(model: ModelConfig, par: Parallelism, L: number): OpRow[];
  decode(model: ModelConfig, par: Parallelism, L: number, T: number): OpRow[];
  chunked(model: ModelConfig, par: Parallelism, prefill: readonly PrefillEntry[], decode: readonly DecodeEntry[]): OpRow[];
}
const GENZ_BUILDERS: RowBuilders = { prefill: buildPrefillRows, decode: buildDecodeRows, chunked: buildChunkedRows };
const CORRECTED_BUILDERS: RowBuilders = {
  prefill: (m, par, L) => buildLayeredRows(m, par, { kind: 'prefill', L }),
  decode: (m, par, L, T) => buildLayeredRows(m, par, { kind: 'decode', L, T }),
  chunked: (m, par, prefill, decode) => buildLayeredRows(m, par, { kind: 'chunked', prefill, decode }),
};

const MB = 1024 * 1024;
const GB = 1024 * 1024 * 1024;
/** Offload link bandwidth when the system names none, in GenZ "GB/s" (spec §10.2). */
const OFFLOAD_BW_GBPS = 128;

/** Arguments shared by every entry point, as GenZ names them. */
/**
 * Extensions beyond GenZ (LoRA adapters, unfused attention) rewrite the operator rows GenZ builds; the
 * entry points call this hook right after building them. Without it results are GenZ's exactly.
 */
export type Phase = 'prefill' | 'decode' | 'chunked' | 'draft';
export type RowTransform = (rows: OpRow[], phase: Phase, model: ModelConfig, par: Parallelism) => OpRow[];

export interface CommonArgs {
  model: ModelRef;
  transformRows?: RowTransform;
  system_name?: HardwareRef;
  system_eff?: number;
  bits?: string;
  tensor_parallel?: number;
  pipeline_parallel?: number;
  expert_parallel?: number;
  model_offload?: boolean;
  /** Default 'genz'. */
  fidelity?: Fidelity;
  /** Corrected model: per-tensor precision; each unset class takes `bits` (weights may come from the model). */
  tensors?: Partial<TensorPrecisions>;
}

export interface PrefillArgs extends CommonArgs {
  batch_size?: number;
  input_tokens?: number;
}

export interface DecodeArgs extends PrefillArgs {
  output_tokens?: number;
  /** Beam size; GenZ's default is 4. */
  Bb?: number;
}

export interface ChunkedArgs extends CommonArgs {
  prefill_kv_sizes?: readonly PrefillEntry[];
  decode_kv_sizes?: readonly DecodeEntry[];
}

/** The draft model's placement in speculative decoding; `{}` means the main system and layout. */
export interface DraftSystemConfig {
  system?: SystemSpec;
  tp?: number;
  pp?: number;
  ub?: number;
}

export interface SpecDecodeArgs extends CommonArgs {
  draft_model?: ModelRef;
  batch_size?: number;
  input_tokens?: number;
  output_tokens?: number;
  token_acceptance_rate?: number;
  num_parallel_tokens?: number;
  draft_system_config?: DraftSystemConfig | null;
}

/** The result of an entry point (spec §10.7). */
export interface InferenceResult {
  /** ms: one prefill pass, one decode step, one chunk, or one speculative step. */
  readonly latencyMs: number;
  /** tokens/s as GenZ counts them (see spec §10.3–10.6). */
  readonly throughput: number;
  readonly breakdown: RuntimeBreakdown;
  readonly isOffload: boolean;
  readonly summary: SummaryTable;
  /** Speculative decoding only: expected accepted tokens per step. */
  readonly tokensGenerated?: number;
  /** The per-chip memory GenZ compared with the device (MB), and the device's capacity (MB). */
  readonly memoryRequiredMb: number;
  /**
   * The weights and KV cache that fit check counted (MB, all pipeline stages): the characteristics pass,
   * and for speculative decoding the full model plus the draft when they share the device.
   */
  readonly fitWeightsMb: number;
  readonly fitKvCacheMb: number;
  readonly deviceMemoryMb: number;
  /** Resolved inputs, for reports. */
  readonly model: ModelConfig;
  readonly system: System;
  /** The per-operator table of the timing pass (GenZ's model_df), built on first call. */
  operators(): OperatorRecord[];
  /** The table's timing columns (the full table when it was built already), built on first call. */
  timings(): readonly OperatorTiming[];
}

interface Resolved {
  model: ModelConfig;
  system: System;
  par: Parallelism;
  offload: boolean;
  rows: RowBuilders;
  /** Corrected model: bytes per tensor class, attached to every evaluation context. */
  tensors: TensorBytes | undefined;
}

/** The per-tensor precisions of a corrected run: explicit classes, then the model's stated weights, then bits. */
export function resolveTensorPrecisions(
  stated: { weightPrecision: string | null; expertWeightPrecision: string | null },
  bits: string,
  given: Partial<TensorPrecisions> | undefined,
): TensorPrecisions {
  const check = (p: string | null | undefined, field: string): Precision | undefined => {
    if (p === undefined || p === null) return undefined;
    if (!isPrecision(p)) throw new GenzError('unsupported_bits', 'KeyError', `unsupported precision '${p}' for ${field}`, { bits: p, field });
    return p;
  };
  const base = check(bits, 'bits')!;
  const weights = check(given?.weights, 'weights') ?? check(stated.weightPrecision, 'weight_precision') ?? base;
  return {
    weights,
    expertWeights:
      check(given?.expertWeights, 'expert weights') ??
      (given?.weights !== undefined ? weights : check(stated.expertWeightPrecision, 'expert_weight_precision')) ??
      weights,
    activations: check(given?.activations, 'activations') ?? base,
    kvCache: check(given?.kvCache, 'kv cache') ?? base,
  };
}

/** Native dense peak rates per precision, where the hardware's datasheet states them (presets). */
export function nativeRates(system: System): NativeRates | undefined {
  return system.peakFlopsByPrecision as NativeRates | undefined;
}

/**
 * The system a corrected run computes on: the compute precision follows the activations where the
 * hardware runs them natively (docs/model.md "Precision"), at that precision's stated peak rate.
 */
function correctedSystem(ref: HardwareRef, acts: Precision, eff: number): System {
  // Presets: resolved once per (preset, activations, efficiency), like presetSystem (a System is frozen).
  const cacheable = typeof ref === 'string' && typeof eff === 'number';
  if (cacheable) {
    const cached = correctedCache.get(ref, acts, eff);
    if (cached !== undefined) return cached;
  }
  const probe = presetSystem(ref, 'bf16', eff);
  const native = nativeRates(probe);
  const { bits } = computePrecision(acts, native);
  const system = presetSystem(ref, bits, eff);
  const rate = native?.[bits];
  const out = rate === undefined ? system : Object.freeze({ ...system, opPerSec: rate / 2, computeMultiplier: 1 });
  if (cacheable) correctedCache.set(ref, acts, eff, out);
  return out;
}

function checkDegree(value: number, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    // GenZ fails on a zero degree deep inside (ZeroDivisionError, or a bogus does-not-fit); we say why up front.
    const kind = value === 0 && (name === 'tensor_parallel' || name === 'pipeline_parallel') ? (`zero_${name}` as const) : 'invalid_parallelism';
    throw new GenzError(kind, 'ValueError', `${name} must be an integer >= 1, got ${JSON.stringify(value)}`, { field: name });
  }
  return value;
}

function checkCount(value: number, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new GenzError('invalid_input', 'ValueError', `${name} must be an integer >= 0, got ${JSON.stringify(value)}`, { field: name });
  }
  return value;
}

function resolveCommon(args: CommonArgs): Resolved {
  const par: Parallelism = {
    tp: checkDegree(args.tensor_parallel ?? 1, 'tensor_parallel'),
    pp: checkDegree(args.pipeline_parallel ?? 1, 'pipeline_parallel'),
    ep: checkDegree(args.expert_parallel ?? 1, 'expert_parallel'),
  };
  const model = resolveModel(args.model);
  const ref = args.system_name ?? 'A100_40GB_GPU';
  const bits = args.bits ?? 'bf16';
  const eff = args.system_eff ?? 1;
  const fidelity = args.fidelity ?? 'genz';
  if (fidelity === 'genz') {
    return { model, system: presetSystem(ref, bits, eff), par, offload: args.model_offload ?? false, rows: GENZ_BUILDERS, tensors: undefined };
  }
  if (fidelity !== 'corrected')
    throw new GenzError('invalid_input', 'ValueError', `fidelity must be 'genz' or 'corrected', got ${JSON.stringify(fidelity)}`, { field: 'fidelity' });
  const tp = resolveTensorPrecisions(model.arch, bits, args.tensors);
  const system = correctedSystem(ref, tp.activations, eff);
  return { model, system, par, offload: args.model_offload ?? false, rows: CORRECTED_BUILDERS, tensors: tensorBytes(tp) };
}

/**
 * Systems of presets, resolved once per (preset, bits, efficiency): a System is frozen, so sharing it is
 * safe, and building one is a fifth of a small case's time. Inline specs are built every call (they may
 * be mutated between calls). Bounded: cleared when it grows past PRESET_CACHE_MAX entries.
 */
const PRESET_CACHE_MAX = 1024;

/** Systems by (preset, precision, efficiency) in nested maps: no key string is built per lookup. */
class SystemCache {
  private readonly byRef = new Map<string, Map<string, Map<number, System>>>();
  private size = 0;

  get(ref: string, bits: string, eff: number): System | undefined {
    return this.byRef.get(ref)?.get(bits)?.get(eff);
  }

  set(ref: string, bits: string, eff: number, system: System): void {
    if (this.size >= PRESET_CACHE_MAX) {
      this.byRef.clear();
      this.size = 0;
    }
    let byBits = this.byRef.get(ref);
    if (byBits === undefined) {
      byBits = new Map();
      this.byRef.set(ref, byBits);
    }
    let byEff = byBits.get(bits);
    if (byEff === undefined) {
      byEff = new Map();
      byBits.set(bits, byEff);
    }
    if (!byEff.has(eff)) this.size++;
    byEff.set(eff, system);
  }
}

const presetCache = new SystemCache();
const correctedCache = new SystemCache();

export function presetSystem(ref: HardwareRef, bits: string, eff: number): System {
  if (typeof ref !== 'string' || typeof bits !== 'string' || typeof eff !== 'number') return resolveSystem(ref, bits, eff);
  let system = presetCache.get(ref, bits, eff);
  if (system === undefined) {
    system = resolveSystem(ref, bits, eff);
    presetCache.set(ref, bits, eff, system);
  }
  return system;
}

function transform(args: CommonArgs, rows: OpRow[], phase: Phase, r: Resolved, model = r.model, par = r.par): OpRow[] {
  return args.transformRows ? args.transformRows(rows, phase, model, par) : rows;
}

/** Micro-batch of one pipeline pass (spec §10.1 step 1). */
function microBatch(batch: number, pp: number): number {
  return pp > 1 ? Math.max(Math.floor(batch / pp), 1) : batch;
}

function perChipMb(system: System): number {
  return system.offChipMemBytes / MB;
}

function doesNotFit(kind: 'does_not_fit' | 'draft_does_not_fit', system: System, mem: MemoryTotals, requiredMb: number): GenzError {
  const cap = perChipMb(system);
  return new GenzError(
    kind,
    'ValueError',
    `All params would not fit on chip. System Memory Cap:${pyFloat(cap / 1024)} GB , Weights : ${pyFloat(mem.weightsMb / 1024)} GB, KV Cache:${pyFloat(mem.kvCacheMb / 1024)}. \n System:${system.name}`,
    { deviceMemoryMb: cap, requiredMb, weightsMb: mem.weightsMb, kvCacheMb: mem.kvCacheMb },
  );
}

/**
 * Offload (spec §10.2): the memory time becomes the slower of streaming the resident part from HBM and
 * the rest over the offload link; only off-chip bandwidth changes, for every operator.
 */
function offloadSystem(system: System, requiredMbPerChip: number): System {
  const req = requiredMbPerChip / 1024;
  const dev = perChipMb(system) / 1024;
  const off = req - dev;
  const obw = system.externalMemBw === 0 ? OFFLOAD_BW_GBPS : system.externalMemBw / GB;
  const hbm = system.offchipBw / GB;
  if (!(off > 0)) return system;
  const bw = req / Math.max(Math.min(req, dev) / hbm, off / obw);
  return withOffchipBw(system, bw * GB);
}

/** Characteristics pass and fit check (spec §10.1 steps 4–5); returns the system for the timing pass. */
function fitOrOffload(
  rows: readonly OpRow[],
  ctx: EvalContext,
  pp: number,
  offload: boolean,
): { system: System; isOffload: boolean; mem: MemoryTotals; requiredMb: number } {
  const mem = memoryTotals(rows, ctx);
  const total = mem.weightsMb + mem.kvCacheMb;
  const requiredMb = total / pp;
  if (perChipMb(ctx.system) < requiredMb) {
    if (!offload) throw doesNotFit('does_not_fit', ctx.system, mem, requiredMb);
    return { system: offloadSystem(ctx.system, requiredMb), isOffload: true, mem, requiredMb };
  }
  return { system: ctx.system, isOffload: false, mem, requiredMb };
}

/**
 * Fit check and timing in one walk (spec §10.1 steps 4–6): the timing pass on the system as given also
 * totals weights and KV exactly as the characteristics pass does (same rows, same order), so it decides
 * the fit; only when the rows do not fit and offload is on are they timed again on the offload system.
 */
function timeWithFit(
  rows: readonly OpRow[],
  sizing: EvalContext,
  pp: number,
  offload: boolean,
): { ctx: EvalContext; totals: SummaryTotals; fit: { isOffload: boolean; requiredMb: number; mem: MemoryTotals } } {
  let totals = summarize(rows, sizing);
  const mem: MemoryTotals = { weightsMb: totals.weightsMb, kvCacheMb: totals.kvCacheMb, unusedWeightsMb: totals.unusedWeightsMb };
  const requiredMb = (mem.weightsMb + mem.kvCacheMb) / pp;
  if (!(perChipMb(sizing.system) < requiredMb)) return { ctx: sizing, totals, fit: { isOffload: false, requiredMb, mem } };
  if (!offload) throw doesNotFit('does_not_fit', sizing.system, mem, requiredMb);
  const ctx: EvalContext = Object.assign({}, sizing, { system: offloadSystem(sizing.system, requiredMb) });
  totals = summarize(rows, ctx);
  return { ctx, totals, fit: { isOffload: true, requiredMb, mem } };
}

/**
 * The result of a single timed pass (prefill, decode, chunked): a class, so the lazy table is two
 * prototype methods over private fields rather than two closures allocated per call.
 */
class PassResult implements InferenceResult {
  readonly latencyMs: number;
  readonly throughput: number;
  readonly isOffload: boolean;
  readonly memoryRequiredMb: number;
  readonly fitWeightsMb: number;
  readonly fitKvCacheMb: number;
  readonly deviceMemoryMb: number;
  readonly model: ModelConfig;
  readonly system: System;
  readonly #totals: SummaryTotals;
  readonly #rows: readonly OpRow[];
  readonly #ctx: EvalContext;
  #table: OperatorRecord[] | undefined = undefined;
  #timing: OperatorTiming[] | undefined = undefined;

  constructor(
    rows: readonly OpRow[],
    ctx: EvalContext,
    r: Resolved,
    throughputTokens: number,
    fit: { isOffload: boolean; requiredMb: number; mem: MemoryTotals },
    totals: SummaryTotals,
  ) {
    const latencyMs = totals.latencyMs;
    this.latencyMs = latencyMs;
    this.throughput = (1000 * throughputTokens) / latencyMs;
    this.isOffload = fit.isOffload;
    this.memoryRequiredMb = fit.requiredMb;
    this.fitWeightsMb = fit.mem.weightsMb;
    this.fitKvCacheMb = fit.mem.kvCacheMb;
    this.deviceMemoryMb = perChipMb(r.system);
    this.model = r.model;
    this.system = ctx.system;
    this.#totals = totals;
    this.#rows = rows;
    this.#ctx = ctx;
  }

  /** Built on first read (most callers read only the latency). */
  get breakdown(): RuntimeBreakdown {
    return this.#totals.breakdown;
  }

  get summary(): SummaryTable {
    return this.#totals.summary;
  }

  operators(): OperatorRecord[] {
    if (this.#table === undefined) this.#table = operatorTable(this.#rows, this.#ctx);
    return this.#table;
  }

  timings(): readonly OperatorTiming[] {
    if (this.#table !== undefined) return this.#table;
    if (this.#timing === undefined) this.#timing = operatorTimings(this.#rows, this.#ctx);
    return this.#timing;
  }
}

function makeResult(
  rows: readonly OpRow[],
  ctx: EvalContext,
  r: Resolved,
  throughputTokens: number,
  fit: { isOffload: boolean; requiredMb: number; mem: MemoryTotals },
  totals: SummaryTotals,
): InferenceResult {
  return new PassResult(rows, ctx, r, throughputTokens, fit, totals);
}

/** `prefill_moddeling` (spec §10.3): one pass over a micro-batch; throughput counts one token per sequence. */
export function prefill(args: PrefillArgs): InferenceResult {
  const r = resolveCommon(args);
  const batch = checkCount(args.batch_size ?? 1, 'batch_size');
  const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
  const ub = microBatch(batch, r.par.pp);
  const rows = transform(args, r.rows.prefill(r.model, r.par, L), 'prefill', r);
  const sizing: EvalContext = { system: r.system, batch: ub, beamMerge: false, beamSize: 1, tensors: r.tensors };
  const t = timeWithFit(rows, sizing, r.par.pp, r.offload);
  return makeResult(rows, t.ctx, r, batch, t.fit, t.totals);
}

/** `decode_moddeling` (spec §10.4): one decode step at prompt KV L and per-beam generated KV T. */
/**
 * One decode step at context `output_tokens`. With `cache` (a DecodeRowsCache of the same arguments apart from
 * output_tokens), the step's rows come from it and are added to it.
 */
export function decode(args: DecodeArgs, cache?: DecodeRowsCache): InferenceResult {
  const r = resolveCommon(args);
  const batch = checkCount(args.batch_size ?? 1, 'batch_size');
  const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
  const T = checkCount(args.output_tokens ?? 0, 'output_tokens');
  const Bb = checkDegree(args.Bb ?? 4, 'Bb');
  const ub = microBatch(batch, r.par.pp);
  const rows = decodeRowsAt(args, r, L, cache)(T);
  const sizing: EvalContext = { system: r.system, batch: ub * Bb, beamMerge: Bb > 1, beamSize: Bb, tensors: r.tensors };
  const t = timeWithFit(rows, sizing, r.par.pp, r.offload);
  return makeResult(rows, t.ctx, r, batch, t.fit, t.totals);
}

function checkChunk(prefillKv: readonly PrefillEntry[], decodeKv: readonly DecodeEntry[]): void {
  if (!Array.isArray(prefillKv))
    throw new GenzError('invalid_input', 'TypeError', 'prefill_kv_sizes must be a list of [past_tokens, new_tokens] pairs', { field: 'prefill_kv_sizes' });
  prefillKv.forEach((e, i) => {
    if (!Array.isArray(e) || e.length !== 2)
      throw new GenzError('invalid_input', 'TypeError', `prefill_kv_sizes[${i}] must be a [past_tokens, new_tokens] pair`, { field: 'prefill_kv_sizes' });
    e.forEach((v, j) => checkCount(v, `prefill_kv_sizes[${i}][${j}]`));
  });
  if (!Array.isArray(decodeKv)) throw new GenzError('invalid_input', 'TypeError', 'decode_kv_sizes must be a list', { field: 'decode_kv_sizes' });
  decodeKv.forEach((e, i) => {
    if (typeof e === 'number') checkCount(e, `decode_kv_sizes[${i}]`);
    else if (Array.isArray(e) && (e.length === 2 || e.length === 4)) e.forEach((v, j) => checkCount(v, `decode_kv_sizes[${i}][${j}]`));
    else
      throw new GenzError(
        'invalid_input',
        'TypeError',
        `decode_kv_sizes[${i}] must be a context length, [batches, context] or [prefill_beams, decode_beams, prefill_context, decode_context]`,
        { field: 'decode_kv_sizes' },
      );
  });
}

/** `chunked_moddeling` (spec §10.5): one iteration over a mixed chunk, batch 1. */
export function chunked(args: ChunkedArgs): InferenceResult {
  const r = resolveCommon(args);
  const prefillKv = args.prefill_kv_sizes ?? [[1024, 511]];
  const decodeKv = args.decode_kv_sizes ?? [1600, 1601, 1602];
  checkChunk(prefillKv, decodeKv);
  const rows = transform(args, r.rows.chunked(r.model, r.par, prefillKv, decodeKv), 'chunked', r);
  // The characteristics pass runs with beam merge on at size 1 and the timing pass with it off: no effect.
  const ctx: EvalContext = { system: r.system, batch: 1, beamMerge: false, beamSize: 1, tensors: r.tensors };
  const t = timeWithFit(rows, ctx, r.par.pp, r.offload);
  const { prefillLen } = chunkTokens(prefillKv, []);
  // Throughput counts decode entries, not the beams or batches inside them (spec §13.19).
  return makeResult(rows, t.ctx, r, prefillLen + decodeKv.length, t.fit, t.totals);
}

/**
 * `expected_tokens` (spec §10.6): expected accepted tokens per speculative step with N parallel tokens
 * and acceptance rate x, accumulated in GenZ's order with a correctly rounded power.
 */
export function expectedTokens(N: number, x: number): number {
  if (!(x >= 0 && x <= 1)) {
    throw new GenzError('spec_acceptance_rate', 'ValueError', `token acceptance rate must be between 0 and 1, got ${x}`, { field: 'token_acceptance_rate' });
  }
  if (!(N >= 1)) {
    throw new GenzError('spec_parallel_tokens', 'ValueError', `number of parallel tokens must be >= 1, got ${N}`, { field: 'num_parallel_tokens' });
  }
  let e = 1;
  for (let k = 1; k < N; k++) e += k * exactPow(x, k) * (1 - x);
  e += N * exactPow(x, N);
  return Math.min(e, N);
}

function sumSummaries(a: SummaryTable, b: SummaryTable): SummaryTable {
  const out = { ...a };
  for (const f of SUMMARY_FIELDS) out[f] = a[f] + b[f];
  return out;
}

/** What a speculative step needs that does not depend on the generated context T (spec §10.6 steps 1–2). */
interface SpecSetup {
  r: Resolved;
  batch: number;
  L: number;
  Np: number;
  rate: number;
  ub: number;
  nmb: number;
  draftModel: ModelConfig;
  sameSystem: boolean;
  draftPp: number;
  draftUb: number;
  draftSystemOwn: System | undefined;
  draftSizingPar: Parallelism;
  draftPar: Parallelism;
}

function specSetup(args: SpecDecodeArgs): SpecSetup {
  const r = resolveCommon(args);
  const batch = checkCount(args.batch_size ?? 1, 'batch_size');
  const L = checkCount(args.input_tokens ?? 1024, 'input_tokens');
  checkCount(args.output_tokens ?? 1024, 'output_tokens');
  const Np = args.num_parallel_tokens ?? 8;
  const rate = args.token_acceptance_rate ?? 0.7;
  const { tp, pp, ep } = r.par;
  const ub = microBatch(batch, pp);
  const nmb = pp > 1 ? Math.floor(batch / ub) : 1;
  if (!(typeof Np === 'number' && Number.isInteger(Np) && Np > 1)) {
    throw new GenzError(
      'spec_parallel_tokens',
      'AssertionError',
      `num_parallel_tokens must be an integer > 1 for the full model to be useful, got ${JSON.stringify(Np)}`,
      { field: 'num_parallel_tokens' },
    );
  }
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
    throw new GenzError('spec_acceptance_rate', 'ValueError', `token_acceptance_rate must be between 0 and 1, got ${JSON.stringify(rate)}`, {
      field: 'token_acceptance_rate',
    });
  }
  const draftModel = resolveModel(args.draft_model ?? 'meta-llama/meta-llama-3.1-8b');
  const cfg = args.draft_system_config;
  if (cfg === null || cfg === undefined || typeof cfg !== 'object' || Array.isArray(cfg)) {
    throw new GenzError(
      'missing_draft_system_config',
      'AttributeError',
      'speculative decoding needs draft_system_config: {} to run the draft on the same system and layout, or {system, tp, pp, ub}',
      { field: 'draft_system_config' },
    );
  }
  const sameSystem = Object.keys(cfg).length === 0;
  const draftTp = checkDegree(cfg.tp ?? tp, 'draft_system_config.tp');
  const draftPp = checkDegree(cfg.pp ?? pp, 'draft_system_config.pp');
  const draftUb = checkCount(cfg.ub ?? ub, 'draft_system_config.ub');
  // GenZ uses a given draft System as constructed: the call's bits and efficiency do not apply to it.
  const draftSystemOwn = !sameSystem && cfg.system !== undefined ? buildSystem(cfg.system, 'draft system') : undefined;
  return {
    r,
    batch,
    L,
    Np,
    rate,
    ub,
    nmb,
    draftModel,
    sameSystem,
    draftPp,
    draftUb,
    draftSystemOwn,
    // The draft is sized on the main system with the main pp and ep, and timed with ep = 1 (step 5).
    draftSizingPar: { tp: draftTp, pp, ep },
    draftPar: { tp: draftTp, pp: draftPp, ep: 1 },
  };
}

const draftRowsAt = (args: SpecDecodeArgs, s: SpecSetup, par: Parallelism, T: number): OpRow[] =>
  transform(args, s.r.rows.decode(s.draftModel, par, s.L, T), 'draft', s.r, s.draftModel, par);
const verifyRowsAt = (args: SpecDecodeArgs, s: SpecSetup, T: number): OpRow[] =>
  transform(args, s.r.rows.chunked(s.r.model, s.r.par, [[s.L + T, s.Np]], []), 'chunked', s.r);
const draftContext = (s: SpecSetup, system: System): EvalContext => ({
  system: s.draftSystemOwn ?? system,
  batch: s.draftUb,
  beamMerge: false,
  beamSize: 1,
  tensors: s.r.tensors,
});
const verifyContext = (s: SpecSetup, system: System): EvalContext => ({ system, batch: s.ub, beamMerge: false, beamSize: 1, tensors: s.r.tensors });

/** A speculative step's latency from its draft and verify pass latencies (spec §10.6 step 5). */
function specLatency(s: SpecSetup, draftMs: number, fullMs: number): number {
  let latency = fullMs + s.Np * draftMs;
  if (s.r.par.pp > 1) latency = (s.nmb - 1) * (latency / s.r.par.pp) + latency;
  return latency;
}

/** `spec_decode_modeling` (spec §10.6): draft N tokens, verify them in one chunked pass of the full model. */
export function specDecode(args: SpecDecodeArgs): InferenceResult {
  const s = specSetup(args);
  const { r, batch, L, ub, sameSystem } = s;
  const T = checkCount(args.output_tokens ?? 1024, 'output_tokens');
  const { pp } = r.par;

  // Characteristics passes (step 3): the draft is sized on the main system with the main pp and ep.
  const fullRows = transform(args, r.rows.decode(r.model, r.par, L, T), 'decode', r);
  const fullMem = memoryTotals(fullRows, { system: r.system, batch: ub, beamMerge: true, beamSize: 1, tensors: r.tensors });
  const draftSizingRows = draftRowsAt(args, s, s.draftSizingPar, T);
  const draftMem = memoryTotals(draftSizingRows, { system: r.system, batch: Math.min(s.draftUb, ub), beamMerge: true, beamSize: 1, tensors: r.tensors });

  // Fit (step 4).
  let total = fullMem.weightsMb + fullMem.kvCacheMb;
  if (sameSystem) {
    total = total + draftMem.weightsMb + draftMem.kvCacheMb;
  } else {
    const ds = s.draftSystemOwn ?? r.system;
    const draftTotal = draftMem.weightsMb + draftMem.kvCacheMb;
    if (draftTotal > perChipMb(ds) * s.draftPp) throw doesNotFit('draft_does_not_fit', ds, draftMem, draftTotal / s.draftPp);
  }
  let system = r.system;
  let isOffload = false;
  if (perChipMb(system) * pp < total) {
    if (!r.offload)
      throw doesNotFit('does_not_fit', system, { weightsMb: total - fullMem.kvCacheMb, kvCacheMb: fullMem.kvCacheMb, unusedWeightsMb: 0 }, total / pp);
    system = offloadSystem(system, total);
    isOffload = true;
  }

  // Timing (step 5): draft step with ep = 1, no beam merge; verify = chunked rows of the full model at batch ub.
  const draftRows = draftRowsAt(args, s, s.draftPar, T);
  const draft = summarize(draftRows, draftContext(s, system));
  const verifyRows = verifyRowsAt(args, s, T);
  const verifyCtx = verifyContext(s, system);
  const verify = summarize(verifyRows, verifyCtx);
  const latency = specLatency(s, draft.summary['Latency (msec)'], verify.summary['Latency (msec)']);
  const tokens = expectedTokens(s.Np, s.rate);
  return {
    latencyMs: latency,
    throughput: (1000 * batch * tokens) / latency,
    breakdown: verify.breakdown,
    isOffload,
    summary: sumSummaries(draft.summary, verify.summary),
    tokensGenerated: tokens,
    memoryRequiredMb: total / pp,
    fitWeightsMb: fullMem.weightsMb + (sameSystem ? draftMem.weightsMb : 0),
    fitKvCacheMb: fullMem.kvCacheMb + (sameSystem ? draftMem.kvCacheMb : 0),
    deviceMemoryMb: perChipMb(r.system),
    model: r.model,
    system,
    ...lazyTables(verifyRows, verifyCtx),
  };
}

/**
 * A result's per-operator table and its timing columns, each computed on first request (the timings are the
 * table's when it exists: the same values).
 */
function lazyTables(rows: readonly OpRow[], ctx: EvalContext): Pick<InferenceResult, 'operators' | 'timings'> {
  let table: OperatorRecord[] | undefined;
  let timing: OperatorTiming[] | undefined;
  return {
    operators() {
      if (table === undefined) table = operatorTable(rows, ctx);
      return table;
    },
    timings() {
      if (table !== undefined) return table;
      if (timing === undefined) timing = operatorTimings(rows, ctx);
      return timing;
    },
  };
}

/**
 * Σ_{T=1}^{steps} specDecode({...args, output_tokens: T}).latencyMs, in closed form where the steps fit in
 * memory (context-sum.ts: the draft's decode rows and the verify pass's chunked rows each summed over T
 * with their context fields, then combined as one step combines them, which is linear), stepping where
 * they are offloaded (the offload bandwidth follows the KV size) or when the rows change in a way the
 * closed form does not describe. Equal to the step-by-step sum within float rounding (tests: 1e-12
 * relative); throws what the first failing step throws. Cost: O(rows × pieces + log steps) passes when
 * nothing is offloaded, plus one full step per offloaded step.
 */
export function specDecodeStepSum(args: SpecDecodeArgs, steps: number): number {
  if (steps <= 0) return 0;
  const stepAt = (T: number): number => specDecode(Object.assign({}, args, { output_tokens: T })).latencyMs;
  const stepAll = (from: number, to: number): number => {
    let sum = 0;
    for (let T = from; T <= to; T++) sum += stepAt(T);
    return sum;
  };
  if (steps < CLOSED_FORM_MIN_STEPS) return stepAll(1, steps);
  // Memory only grows with T: the last step decides whether any step fails the fit or is offloaded.
  let last: InferenceResult;
  try {
    last = specDecode(Object.assign({}, args, { output_tokens: steps }));
  } catch (e) {
    if (!(e instanceof GenzError) || (e.kind !== 'does_not_fit' && e.kind !== 'draft_does_not_fit')) throw e;
    return stepAll(1, steps); // throws at the first step that does not fit, as stepping does
  }
  let fits = steps;
  if (last.isOffload) {
    let lo = 0; // fits (or no step)
    let hi = steps; // offloaded
    while (hi - lo > 1) {
      const m = lo + Math.floor((hi - lo) / 2);
      if (!specDecode(Object.assign({}, args, { output_tokens: m })).isOffload) lo = m;
      else hi = m;
    }
    fits = lo;
  }
  let total = 0;
  if (fits >= CLOSED_FORM_MIN_STEPS) {
    const s = specSetup(args);
    const draft = inferContextFields((T) => draftRowsAt(args, s, s.draftPar, T), 1, fits);
    const verify = inferContextFields((T) => verifyRowsAt(args, s, T), 1, fits);
    if (draft && verify) {
      const draftSum = sumStepLatencies(draft.rows, draft.fields, draftContext(s, s.r.system), 1, fits);
      const verifySum = sumStepLatencies(verify.rows, verify.fields, verifyContext(s, s.r.system), 1, fits);
      total = specLatency(s, draftSum, verifySum);
    } else total = stepAll(1, fits);
  } else total = stepAll(1, fits);
  return total + stepAll(fits + 1, steps);
}

function sameRow(a: OpRow, b: OpRow): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if ((a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) return false;
  return true;
}

/** The numeric fields of `row` that equal `value` where `other` has `value + 1` (a row's dependence on T). */
function fieldsTracking(row: OpRow, other: OpRow, value: number): string[] | null {
  const a = row as unknown as Record<string, unknown>;
  const b = other as unknown as Record<string, unknown>;
  const fields: string[] = [];
  for (const k of Object.keys(a)) {
    if (a[k] === b[k]) continue;
    if (a[k] !== value || b[k] !== value + 1) return null;
    fields.push(k);
  }
  return fields;
}

function withFields(row: OpRow, fields: readonly string[], value: number): OpRow {
  const copy = { ...row } as unknown as Record<string, unknown>;
  for (const f of fields) copy[f] = value;
  return copy as unknown as OpRow;
}

/**
 * Decode-step latencies for output_tokens = 1 … steps, each bit-identical to
 * `decode({...args, output_tokens: T}).latencyMs`, re-evaluating only the rows that depend on the
 * generated context (the per-beam "Suf" attention). Which rows and fields those are is found by building
 * the rows at T = 1 and T = 2, and checked against the rows the builder gives at the last step; the
 * other rows' contributions are summed from a cache in row order, so the float operations are exactly
 * those of the full evaluation. With offload the degraded bandwidth differs per step, so every step is
 * then computed in full.
 */
export function decodeStepLatencies(args: DecodeArgs, steps: number): number[] {
  if (steps <= 0) return [];
  const r = resolveCommon(args);
  const batch = checkCount(args.batch_size ?? 1, 'batch_size');
  const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
  const Bb = checkDegree(args.Bb ?? 4, 'Bb');
  const ub = microBatch(batch, r.par.pp);
  const ctx: EvalContext = { system: r.system, batch: ub * Bb, beamMerge: Bb > 1, beamSize: Bb, tensors: r.tensors };
  const rowsAt = (T: number): OpRow[] => transform(args, r.rows.decode(r.model, r.par, L, T), 'decode', r);
  // The largest context decides the fit: KV only grows with T.
  const last = rowsAt(steps);
  const fit = fitOrOffload(last, ctx, r.par.pp, r.offload);
  const full = (): number[] => {
    const out: number[] = [];
    for (let T = 1; T <= steps; T++) out.push(decode(Object.assign({}, args, { output_tokens: T })).latencyMs);
    return out;
  };
  if (fit.isOffload) return full();
  const base = rowsAt(1);
  const probe = rowsAt(2);
  if (probe.length !== base.length || last.length !== base.length) return full();
  const tracking: (string[] | null)[] = [];
  for (let i = 0; i < base.length; i++) {
    const fields = sameRow(base[i], probe[i]) ? [] : fieldsTracking(base[i], probe[i], 1);
    // A row that depends on T other than through a field equal to T: evaluate every step in full.
    if (fields === null || !sameRow(withFields(base[i], fields, steps), last[i])) return full();
    tracking.push(fields.length > 0 ? fields : null);
  }
  const { contrib, mult } = latencyContributions(base, ctx);
  const out: number[] = [];
  for (let T = 1; T <= steps; T++) {
    let latency = 0;
    for (let i = 0; i < base.length; i++) {
      const row = base[i];
      if (row.kind === 'Repeat' || row.kind === 'EndRepeat') continue;
      const fields = tracking[i];
      latency += fields === null ? contrib[i] : rowLatencyMs(withFields(row, fields, T), ctx) * mult[i];
    }
    out.push(latency);
  }
  return out;
}

/** Below this many steps the step-by-step sum is as cheap as finding the closed form's pieces. */
const CLOSED_FORM_MIN_STEPS = 8;

/**
 * Σ_{T=1}^{steps} decode({...args, output_tokens: T}).latencyMs — the decode steps of a request, whose
 * mean is TPOT — in closed form (context-sum.ts; README, Metrics: "Decode in closed form"): cost
 * independent of `steps`, equal to the step-by-step sum (`decodeStepLatencies`) within float rounding.
 *
 * Offload: KV grows with T, so the steps that fit the device form a prefix 1 … F (found by bisection on
 * the fit check, O(log steps) row builds) and are summed in closed form. The offloaded steps F+1 … steps
 * use a blended bandwidth that depends on the KV size of the step, which makes every memory time a
 * rational (not affine) function of T: those steps are evaluated one by one, O(rows) each.
 */
/**
 * A cache of a scenario's decode rows by context T, for callers that evaluate several sums or pieces of
 * the same arguments (src/simulation/engine.ts): it must hold only rows these arguments build (rows are
 * never mutated once built, so sharing them gives the same results as building them again).
 */
export interface DecodeRowsCache {
  get(T: number): OpRow[] | undefined;
  set(T: number, rows: OpRow[]): void;
  /**
   * The context fields inferred over steps 1 … `to` (null: the rows do not follow the closed form's shapes there),
   * set by decodeStepSum and read by decodeStepPieces (see inferredFields). Absent until then.
   */
  fields?: { to: number; found: InferredRows | null };
}

type InferredRows = NonNullable<ReturnType<typeof inferContextFields>>;

/**
 * The context fields of the decode rows over steps 1 … `to` (context-sum.ts inferContextFields), through `cache`.
 * Fields inferred over a longer range 1 … to' ≥ to describe the rows of 1 … to as well: the same value at every
 * step, hence the same breakpoints inside 1 … to and the same sums to the last bit. So, with a cache, the range
 * is widened to `wide` (decodeStepSum passes the request's peak step, the last one decodeStepPieces covers) and
 * one inference serves both; where the wide range does not infer, the exact range is tried as before.
 */
function inferredFields(rowsAt: (T: number) => OpRow[], to: number, cache: DecodeRowsCache | undefined, wide = to): InferredRows | null {
  const hit = cache?.fields;
  if (hit !== undefined && hit.to >= to && hit.found !== null) return hit.found;
  // (A range that was tried already and did not infer is not tried again.)
  if (cache !== undefined && wide > to && !(hit !== undefined && hit.to >= wide)) {
    const found = inferContextFields(rowsAt, 1, wide);
    cache.fields = { to: wide, found };
    if (found !== null) return found;
  }
  if (hit !== undefined && hit.to === to) return hit.found;
  const found = inferContextFields(rowsAt, 1, to);
  if (cache !== undefined && (cache.fields === undefined || cache.fields.found === null)) cache.fields = { to, found };
  return found;
}

/** The decode rows of `args` at context T (row transforms applied), through `cache` when given. */
function decodeRowsAt(args: DecodeArgs, r: Resolved, L: number, cache: DecodeRowsCache | undefined): (T: number) => OpRow[] {
  if (cache === undefined) return (T) => transform(args, r.rows.decode(r.model, r.par, L, T), 'decode', r);
  return (T) => {
    let rows = cache.get(T);
    if (rows === undefined) {
      rows = transform(args, r.rows.decode(r.model, r.par, L, T), 'decode', r);
      cache.set(T, rows);
    }
    return rows;
  };
}

export function decodeStepSum(args: DecodeArgs, steps: number, cache?: DecodeRowsCache): number {
  if (steps <= 0) return 0;
  const r = resolveCommon(args);
  const batch = checkCount(args.batch_size ?? 1, 'batch_size');
  const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
  const Bb = checkDegree(args.Bb ?? 4, 'Bb');
  const ub = microBatch(batch, r.par.pp);
  const ctx: EvalContext = { system: r.system, batch: ub * Bb, beamMerge: Bb > 1, beamSize: Bb, tensors: r.tensors };
  const rowsAt = decodeRowsAt(args, r, L, cache);
  const stepAt = (T: number): number => decode(Object.assign({}, args, { output_tokens: T })).latencyMs;
  // The fit check at the largest context decides whether any step is offloaded (KV only grows with T).
  let fits = steps;
  if (fitOrOffload(rowsAt(steps), ctx, r.par.pp, r.offload).isOffload) {
    const fitsAt = (T: number): boolean => !fitOrOffload(rowsAt(T), ctx, r.par.pp, r.offload).isOffload;
    let lo = 0; // fits (or no step)
    let hi = steps; // offloaded
    while (hi - lo > 1) {
      const m = lo + Math.floor((hi - lo) / 2);
      if (fitsAt(m)) lo = m;
      else hi = m;
    }
    fits = lo;
  }
  let total = 0;
  if (fits >= CLOSED_FORM_MIN_STEPS) {
    const found = inferredFields(rowsAt, fits, cache, steps + 1);
    if (found) total = sumStepLatencies(found.rows, found.fields, ctx, 1, fits);
    else for (let T = 1; T <= fits; T++) total += stepAt(T);
  } else {
    for (let T = 1; T <= fits; T++) total += stepAt(T);
  }
  for (let T = fits + 1; T <= steps; T++) total += stepAt(T);
  return total;
}

/**
 * The decode steps 1 … steps split into pieces on which every operator row's dimensions are affine in
 * T (context-sum.ts: the clamp breakpoints of the context fields, e.g. a sliding window filling up).
 * Returns the last step of each piece, ascending, ending with `steps`; every step is its own piece
 * when the rows change in a way the closed form does not describe, or there are few steps. For the
 * calibration layer, which re-times each piece's operator tables at its two ends (docs/calibration.md).
 */
export function decodeStepPieces(args: DecodeArgs, steps: number, cache?: DecodeRowsCache): number[] {
  if (steps <= 0) return [];
  const every = (): number[] => Array.from({ length: steps }, (_, i) => i + 1);
  if (steps < CLOSED_FORM_MIN_STEPS) return every();
  const r = resolveCommon(args);
  const L = checkCount(args.input_tokens ?? 4096, 'input_tokens');
  const rowsAt = decodeRowsAt(args, r, L, cache);
  const found = inferredFields(rowsAt, steps, cache);
  if (!found) return every();
  const ends = new Set<number>([steps]);
  for (const rf of found.fields) if (rf) for (const f of rf) for (const c of fieldCuts(f, 1, steps)) ends.add(c);
  return [...ends].sort((a, b) => a - b);
}

export interface SpecPrefillArgs extends CommonArgs {
  draft_model?: ModelRef;
  batch_size?: number;
  input_tokens?: number;
  draft_system_config?: DraftSystemConfig | null;
}

/**
 * `spec_prefill_modeling` (spec §10.6): prefill of the full model plus prefill of the draft, both at the
 * micro-batch. GenZ reports the un-pipelined sum P as Latency but a pipelined throughput, and its
 * summary and breakdown are the draft prefill's; all reproduced. Where GenZ's does-not-fit branch fails
 * with a NameError (a broken message), we raise the does-not-fit error it meant.
 */
export function specPrefill(args: SpecPrefillArgs): InferenceResult {
  const r = resolveCommon(args);
  const batch = checkCount(args.batch_size ?? 1, 'batch_size');
  const L = checkCount(args.input_tokens ?? 1024, 'input_tokens');
  const { pp } = r.par;
  const ub = microBatch(batch, pp);
  const nmb = pp > 1 ? Math.floor(batch / ub) : 1;
  const draftModel = resolveModel(args.draft_model ?? 'meta-llama/meta-llama-3.1-8b');
  const ctx: EvalContext = { system: r.system, batch: ub, beamMerge: false, beamSize: 1, tensors: r.tensors };
  const fullRows = transform(args, r.rows.prefill(r.model, r.par, L), 'prefill', r);
  const draftRows = transform(args, r.rows.prefill(draftModel, r.par, L), 'draft', r, draftModel);
  const fullMem = memoryTotals(fullRows, ctx);
  const draftMem = memoryTotals(draftRows, ctx);
  const total = fullMem.weightsMb + fullMem.kvCacheMb + draftMem.weightsMb + draftMem.kvCacheMb;
  let system = r.system;
  let isOffload = false;
  if (perChipMb(system) * pp < total) {
    if (!r.offload)
      throw doesNotFit(
        'does_not_fit',
        system,
        { weightsMb: fullMem.weightsMb + draftMem.weightsMb, kvCacheMb: fullMem.kvCacheMb + draftMem.kvCacheMb, unusedWeightsMb: 0 },
        total / pp,
      );
    system = offloadSystem(system, total);
    isOffload = true;
  }
  const timed: EvalContext = { ...ctx, system };
  const full = summarize(fullRows, timed);
  const draft = summarize(draftRows, timed);
  const P = full.summary['Latency (msec)'] + draft.summary['Latency (msec)'];
  const T = pp > 1 ? (nmb - 1) * (P / pp) + P : P;
  return {
    latencyMs: P,
    throughput: (1000 * batch) / T,
    breakdown: draft.breakdown,
    isOffload,
    summary: draft.summary,
    memoryRequiredMb: total / pp,
    fitWeightsMb: fullMem.weightsMb + draftMem.weightsMb,
    fitKvCacheMb: fullMem.kvCacheMb + draftMem.kvCacheMb,
    deviceMemoryMb: perChipMb(r.system),
    model: r.model,
    system,
    ...lazyTables(draftRows, timed),
  };
}

/** The rows of chunked passes of one scenario, resolved once (serving: src/serving/cost.ts re-times them per iteration). */
export interface ChunkedPassBuilder {
  /** The rows of one iteration (row transforms applied), as `chunked()` builds them. */
  rows(prefill: readonly PrefillEntry[], decode: readonly DecodeEntry[]): OpRow[];
  /** The evaluation context `chunked()` times them with (no offload). */
  readonly ctx: EvalContext;
  readonly model: ModelConfig;
  readonly system: System;
}

/** Resolves a scenario's arguments once and returns its chunked-pass row builder (docs/serving.md "Iteration latency"). */
export function chunkedPassBuilder(args: CommonArgs): ChunkedPassBuilder {
  const r = resolveCommon(args);
  const ctx: EvalContext = { system: r.system, batch: 1, beamMerge: false, beamSize: 1, tensors: r.tensors };
  return {
    rows: (prefillKv, decodeKv) => transform(args, r.rows.chunked(r.model, r.par, prefillKv, decodeKv), 'chunked', r),
    ctx,
    model: r.model,
    system: r.system,
  };
}
