/**
 * Evaluating operator rows on a system (spec §7) and totalling them (spec §9).
 *
 * The hot path (`summarize`, `memoryTotals`) walks the rows once, reusing one scratch record, and never
 * builds the per-operator table; `operatorTable` builds it on request with GenZ's column names.
 * Every formula is evaluated in GenZ's order so results are bit-identical (spec §0.3).
 */
import { collectiveTimeMs } from './collectives.js';
import { GenzError } from './errors.js';
import { prod2, prod3, prod4, prod5 } from './exact.js';
import { CollectiveType, type OpRow, type RepeatRow } from './operators.js';
import type { TensorBytes } from './precision.js';
import type { System } from './system.js';

const MB = 1024 * 1024;

export interface EvalContext {
  readonly system: System;
  /** The batch attached to every row. */
  readonly batch: number;
  /** Beam merge: rows flagged beamMerge use trunc(batch / beamSize) (spec §7.1). */
  readonly beamMerge: boolean;
  readonly beamSize: number;
  /**
   * Corrected model: bytes per element of weights, expert weights, activations and KV cache
   * (docs/model.md "Precision"). Absent: GenZ's one precision for every tensor.
   */
  readonly tensors?: TensorBytes;
}

/** Raw per-row quantities in SI units, written into a reused record on the hot path. */
interface RowCost {
  macs: number;
  elemsA: number;
  elemsW: number;
  elemsO: number;
  bytesA: number;
  bytesW: number;
  bytesO: number;
  pinA: boolean;
  pinW: boolean;
  pinO: boolean;
  /** Seconds, after efficiency and the zero-work rule. */
  compute: number;
  memory: number;
  comm: number;
  exec: number;
  /** Sync rows: the collective's element count (0 when it has a single node). */
  syncElems: number;
}

const newCost = (): RowCost => ({
  macs: 0,
  elemsA: 0,
  elemsW: 0,
  elemsO: 0,
  bytesA: 0,
  bytesW: 0,
  bytesO: 0,
  pinA: false,
  pinW: false,
  pinO: false,
  compute: 0,
  memory: 0,
  comm: 0,
  exec: 0,
  syncElems: 0,
});

/**
 * Gives the cost record's map double fields before any code is optimised (docs/performance.md "Field
 * representations"): V8 gives a literal's fields the representation of their first values (the small integers
 * above) and, the first time one holds a fraction or passes 2^31 (element counts of a large batch do), replaces the
 * map, which throws away every optimised function that had seen the old one. One fraction stored in each field here
 * makes that change once, at load time.
 */
function primeCostFields(): void {
  const c = newCost() as unknown as Record<string, number | boolean>;
  for (const k of Object.keys(c)) if (typeof c[k] === 'number') c[k] = 0.5;
}
primeCostFields();

function checkHeads(H: number, Hkv: number): void {
  if (H % Hkv !== 0) {
    throw new GenzError(
      'heads_not_divisible',
      'AssertionError',
      `${H} attention heads per device are not a multiple of ${Hkv} KV heads per device (GenZ asserts H % Hkv == 0): choose a tensor × expert parallel degree that splits the heads evenly`,
      { H, Hkv },
    );
  }
}

/** 5 FLOPs per score (max, subtract, exp, sum, divide) = 2.5 MACs, as GenZ counts a MAC as 2 FLOPs. */
const SOFTMAX_MACS_PER_ELEMENT = 2.5;

/** Residency code with the given operand unpinned (codes in spec §5). */
function unpinScores(res: number, operand: 'A' | 'O'): number {
  const a = res === 1 || res === 4 || res === 5 || res === 7;
  const w = res === 2 || res === 4 || res === 6 || res === 7;
  const o = res === 3 || res === 5 || res === 6 || res === 7;
  const pa = operand === 'A' ? false : a;
  const po = operand === 'O' ? false : o;
  if (pa && w && po) return 7;
  if (w && po) return 6;
  if (pa && po) return 5;
  if (pa && w) return 4;
  if (po) return 3;
  if (w) return 2;
  if (pa) return 1;
  return 0;
}

/** Element counts, MACs and pinning of one row (spec §7.1–7.3). Timing fields are left untouched. */
function sizeRow(row: OpRow, ctx: EvalContext, c: RowCost): void {
  const B = ctx.batch;
  let res = 0;
  c.pinA = false;
  c.pinW = false;
  c.pinO = false;
  c.syncElems = 0;
  switch (row.kind) {
    case 'GEMM':
      c.elemsA = prod3(B, row.N, row.K);
      c.elemsW = prod2(row.M, row.K);
      c.elemsO = prod3(B, row.N, row.M);
      c.macs = prod4(B, row.M, row.N, row.K);
      res = row.res;
      break;
    case 'Logit':
    case 'Attend': {
      checkHeads(row.H, row.Hkv);
      const b = row.beamMerge && ctx.beamMerge ? Math.trunc(B / ctx.beamSize) : B;
      const qd = prod4(b, row.H, row.M, row.D);
      const kv = prod4(b, row.Hkv, row.N, row.D);
      const scores = row.pairs === undefined ? prod4(b, row.H, row.M, row.N) : prod3(b, row.H, row.pairs);
      if (row.kind === 'Logit') {
        c.elemsA = qd;
        c.elemsO = scores;
        c.pinO = true; // intermediate_on_chip: the score matrix stays on chip (spec §7.2)
      } else {
        c.elemsA = scores;
        c.elemsO = qd;
        c.pinA = true;
      }
      c.elemsW = kv;
      c.macs = row.pairs === undefined ? prod5(b, row.H, row.M, row.N, row.D) : prod4(b, row.H, row.pairs, row.D);
      res = row.res;
      if (row.unfused) {
        // The scores travel through memory: drop every pin on the score operand.
        c.pinA = c.pinO = false;
        res = unpinScores(res, row.kind === 'Logit' ? 'O' : 'A');
      }
      break;
    }
    case 'Softmax': {
      const b = row.beamMerge && ctx.beamMerge ? Math.trunc(B / ctx.beamSize) : B;
      const scores = row.pairs === undefined ? prod4(b, row.H, row.M, row.N) : prod3(b, row.H, row.pairs);
      c.elemsA = scores;
      c.elemsW = 0;
      c.elemsO = scores;
      c.macs = scores * SOFTMAX_MACS_PER_ELEMENT;
      res = 0;
      break;
    }
    case 'CONV1D':
      c.elemsA = prod3(B, row.N, row.IF);
      c.elemsW = prod2(row.OF, row.C);
      c.elemsO = prod3(B, row.N, row.OF);
      c.macs = prod4(B, row.OF, row.N, row.C);
      res = row.res;
      break;
    case 'Einsum': {
      const { Fs, n, S } = row;
      const state = prod4(B, Fs, n, S);
      const seq = prod3(B, Fs, n);
      switch (row.name) {
        case 'deltaA':
          c.elemsA = seq;
          c.elemsW = prod2(Fs, S);
          c.elemsO = state;
          c.macs = state;
          break;
        case 'deltaB':
          c.elemsA = seq;
          c.elemsW = prod3(B, n, S);
          c.elemsO = state;
          c.macs = state;
          break;
        case 'deltaBu':
          c.elemsA = state;
          c.elemsW = seq;
          c.elemsO = state;
          c.macs = state;
          break;
        case 'x calc':
          c.elemsA = state;
          c.elemsW = state;
          c.elemsO = state;
          c.macs = prod4(n, B, Fs, S);
          break;
        case 'y calc':
          c.elemsA = state;
          c.elemsW = prod3(n, B, S);
          c.elemsO = seq;
          c.macs = prod4(n, B, Fs, S);
          break;
        default: // 'D addition', 'out mult z'
          c.elemsA = seq;
          c.elemsW = seq;
          c.elemsO = seq;
          c.macs = prod3(B, n, Fs);
      }
      res = row.res;
      break;
    }
    case 'Experts': {
      // docs/model.md "MoE": T routed tokens, T·k/ep expert-token products here, distinct experts read.
      const T = B * row.tokens;
      const routed = (T * row.topK) / row.ep;
      const hit = row.local * (1 - (1 - row.topK / row.experts) ** T);
      c.elemsA = routed * row.inDim;
      c.elemsW = hit * row.inDim * row.outDim;
      c.elemsO = routed * row.outDim;
      c.macs = routed * row.inDim * row.outDim;
      res = row.res;
      break;
    }
    case 'Sync':
      c.elemsA = c.elemsW = c.elemsO = 0;
      c.macs = 0;
      c.syncElems = row.nodes === 1 && row.type !== CollectiveType.MessagePass ? 0 : prod3(B, row.M, row.N);
      break;
    default:
      c.elemsA = c.elemsW = c.elemsO = 0;
      c.macs = 0;
  }
  // Residency codes only ever pin more operands (spec §5, §7.2).
  if (res === 1 || res === 4 || res === 5 || res === 7) c.pinA = true;
  if (res === 2 || res === 4 || res === 6 || res === 7) c.pinW = true;
  if (res === 3 || res === 5 || res === 6 || res === 7) c.pinO = true;
  const t = ctx.tensors;
  if (t === undefined) {
    const bpe = ctx.system.bytesPerElement;
    c.bytesA = c.elemsA * bpe;
    c.bytesW = c.elemsW * bpe;
    c.bytesO = c.elemsO * bpe;
    return;
  }
  // Per-tensor precision: W is a weight, an expert weight, or (attention) the KV cache; the rest activations.
  const w =
    row.kind === 'Logit' || row.kind === 'Attend'
      ? t.kv
      : row.kind === 'Experts'
        ? t.expertWeight
        : row.kind === 'Einsum' || row.kind === 'Softmax'
          ? t.act
          : t.weight;
  c.bytesA = c.elemsA * t.act;
  c.bytesW = c.elemsW * w;
  c.bytesO = c.elemsO * t.act;
}

/** Roofline times of a sized row (spec §7.4). */
function timeRow(row: OpRow, ctx: EvalContext, c: RowCost): void {
  const s = ctx.system;
  let compute = (c.macs * s.computeMultiplier) / s.opPerSec;
  compute = compute / s.computeEfficiency;
  let memory = 0 + c.bytesA / (c.pinA ? s.onchipBw : s.offchipBw);
  memory = memory + c.bytesW / (c.pinW ? s.onchipBw : s.offchipBw);
  memory = memory + c.bytesO / (c.pinO ? s.onchipBw : s.offchipBw);
  memory = memory / s.memoryEfficiency;
  let comm = 0;
  if (row.kind === 'Sync') {
    const bytes = c.syncElems * (ctx.tensors?.act ?? s.bytesPerElement);
    comm = collectiveTimeMs(row.type, bytes, row.nodes, s.icnLatency, s.icnBw) / 1000;
    comm = comm / s.commEfficiency;
  }
  // Zero-work rule: a row with nothing to compute moves nothing either (spec §7.4).
  if (compute === 0) memory = 0;
  c.compute = compute;
  c.memory = memory;
  c.comm = comm;
  c.exec = Math.max(compute, memory, comm);
}

/** The 12 runtime-breakdown fields (spec §9.4), in ms. They overlap; they are not a partition. */
export interface RuntimeBreakdown {
  Embedding: number;
  MHA: number;
  FFN: number;
  Collective: number;
  LA_layers: number;
  QKVO_layers: number;
  FFN_layers: number;
  Softmax: number;
  AR_time: number;
  A2A_time: number;
  Send_Recv_time: number;
  Mamba_time: number;
}

export const BREAKDOWN_FIELDS: readonly (keyof RuntimeBreakdown)[] = [
  'Embedding',
  'MHA',
  'FFN',
  'Collective',
  'LA_layers',
  'QKVO_layers',
  'FFN_layers',
  'Softmax',
  'AR_time',
  'A2A_time',
  'Send_Recv_time',
  'Mamba_time',
];

export const emptyBreakdown = (): RuntimeBreakdown => ({
  Embedding: 0,
  MHA: 0,
  FFN: 0,
  Collective: 0,
  LA_layers: 0,
  QKVO_layers: 0,
  FFN_layers: 0,
  Softmax: 0,
  AR_time: 0,
  A2A_time: 0,
  Send_Recv_time: 0,
  Mamba_time: 0,
});

/** Breakdown categories by row name (spec §9.4); an index into BREAKDOWN_GROUPS. */
const BREAKDOWN_GROUPS: readonly (readonly (keyof RuntimeBreakdown)[])[] = [
  ['Embedding'],
  ['MHA', 'QKVO_layers'],
  ['MHA', 'LA_layers'],
  ['FFN', 'FFN_layers'],
  ['Collective', 'Send_Recv_time'],
  ['MHA', 'Collective', 'AR_time'],
  ['FFN', 'Collective', 'AR_time'],
  ['Collective', 'A2A_time', 'FFN'],
  ['AR_time', 'Embedding', 'Collective'],
  ['Mamba_time'],
  ['MHA', 'Softmax'],
];
const GROUP_OF_NAME: ReadonlyMap<string, number> = new Map([
  ...['embeddings', 'classifier'].map((n) => [n, 0] as const),
  ...['QKV', 'Out Proj', 'Q', 'Q down', 'Q up', 'Q absorb', 'KV down', 'KV up', 'V absorb'].map((n) => [n, 1] as const),
  ...['Logit', 'Attend', 'Logit Pre', 'Logit Suf', 'Attend Pre', 'Attend Suf', 'Logit Dec', 'Attend Dec'].map((n) => [n, 2] as const),
  ...['Gate', 'up+gate', 'down', 'shared up+gate', 'shared down'].map((n) => [n, 3] as const),
  ['Message Pass', 4] as const,
  ...['MHA AR', 'Mamba AR'].map((n) => [n, 5] as const),
  ...['Gate AR', 'FFN AR'].map((n) => [n, 6] as const),
  ...['Dispatch A2A', 'Collect A2A'].map((n) => [n, 7] as const),
  ...['Emb_AR', 'classifier_AG'].map((n) => [n, 8] as const),
  ...['Inproj', 'Conv', 'BC proj', 'xt proj', 'deltaA', 'deltaB', 'deltaBu', 'x calc', 'y calc', 'D addition', 'out mult z', 'Out proj'].map(
    (n) => [n, 9] as const,
  ),
  ['Softmax', 10] as const,
]);

/** BREAKDOWN_GROUPS as indices into BREAKDOWN_FIELDS (the hot path adds into a typed array, same order). */
const BREAKDOWN_GROUP_INDEX: readonly (readonly number[])[] = BREAKDOWN_GROUPS.map((g) => g.map((f) => BREAKDOWN_FIELDS.indexOf(f)));
/**
 * Row name → its breakdown fields (indices), as one object with a property per name: a property load is
 * cheaper than a Map lookup on the hot path. Null prototype, so no inherited name resolves.
 */
const FIELDS_OF_NAME: Readonly<Record<string, readonly number[] | undefined>> = Object.assign(
  Object.create(null) as Record<string, readonly number[]>,
  Object.fromEntries([...GROUP_OF_NAME].map(([name, group]) => [name, BREAKDOWN_GROUP_INDEX[group]])),
);

/** GenZ's summary record (spec §9.2), keys verbatim. */
export interface SummaryTable {
  'MACs (MFLOP)': number;
  'Total Data (MB)': number;
  'Total Weights (MB)': number;
  'Unused Weights (MB)': number;
  'KV Cache (MB)': number;
  'On-chip Memory Footprint (MB)': number;
  'Latency (msec)': number;
  Cycles: number;
  'Attn Latency (msec)': number;
  'Linear Latency (msec)': number;
  'Comm Latency (msec)': number;
}

export const SUMMARY_FIELDS: readonly (keyof SummaryTable)[] = [
  'MACs (MFLOP)',
  'Total Data (MB)',
  'Total Weights (MB)',
  'Unused Weights (MB)',
  'KV Cache (MB)',
  'On-chip Memory Footprint (MB)',
  'Latency (msec)',
  'Cycles',
  'Attn Latency (msec)',
  'Linear Latency (msec)',
  'Comm Latency (msec)',
];

function stepMult(row: RepeatRow, mult: number): number {
  if (row.kind === 'Repeat') return mult * row.count;
  if (row.count === 0) {
    throw new GenzError(
      'pipeline_empty_stage',
      'ZeroDivisionError',
      'the last pipeline stage has no layers (num_decoder_layers − ⌈layers/pp⌉·(pp−1) = 0): choose a pipeline degree that leaves every stage at least one layer',
    );
  }
  return mult / row.count;
}

/** Weight and KV totals in MB (the characteristics pass of spec §10.1 step 4, sizes only). */
export interface MemoryTotals {
  weightsMb: number;
  kvCacheMb: number;
  unusedWeightsMb: number;
}

/** KV accounting of one sized row (spec §9.2): attention operands, conv weights, one SSM state per sequence. */
function addMemory(row: OpRow, c: RowCost, mult: number, t: MemoryTotals): void {
  const inW = c.bytesW / MB;
  if (row.kind === 'Logit' || row.kind === 'Attend' || row.kind === 'CONV1D') {
    t.kvCacheMb += inW * mult;
  } else if (row.kind === 'Einsum' && row.name === 'x calc') {
    t.kvCacheMb += (inW * mult) / row.n;
  } else if (row.kind === 'GEMM') {
    t.weightsMb += inW * mult;
    if (c.macs === 0) t.unusedWeightsMb += inW * mult;
  }
}

/**
 * Storage accounting (corrected model, docs/model.md "Memory"): weights and cache are what the Storage
 * rows declare; operator rows add only the idle experts (unused weights) and extension GEMMs (LoRA).
 */
function addStored(row: OpRow, c: RowCost, mult: number, t: MemoryTotals, ctx: EvalContext): void {
  const bytes = ctx.tensors;
  const bpe = ctx.system.bytesPerElement;
  if (row.kind === 'Storage') {
    const b = row.beamMerge && ctx.beamMerge ? Math.trunc(ctx.batch / ctx.beamSize) : ctx.batch;
    t.weightsMb += ((row.weights * (bytes?.weight ?? bpe) + row.expertWeights * (bytes?.expertWeight ?? bpe)) / MB) * mult;
    t.kvCacheMb += ((b * row.cachePerSeq * (bytes?.kv ?? bpe)) / MB) * mult;
  } else if (row.kind === 'Experts') {
    const all = row.local * row.inDim * row.outDim * (bytes?.expertWeight ?? bpe);
    t.unusedWeightsMb += ((all - c.bytesW) / MB) * mult;
  } else if (row.kind === 'GEMM' && row.breakdownAs !== undefined) {
    t.weightsMb += (c.bytesW / MB) * mult;
  }
}

function hasStorage(rows: readonly OpRow[]): boolean {
  for (let i = 0; i < rows.length; i++) if (rows[i].kind === 'Storage') return true;
  return false;
}

export function memoryTotals(rows: readonly OpRow[], ctx: EvalContext): MemoryTotals {
  const c = newCost();
  const t: MemoryTotals = { weightsMb: 0, kvCacheMb: 0, unusedWeightsMb: 0 };
  const stored = hasStorage(rows);
  let mult = 1;
  for (const row of rows) {
    if (row.kind === 'Repeat' || row.kind === 'EndRepeat') {
      mult = stepMult(row, mult);
      continue;
    }
    sizeRow(row, ctx, c);
    if (stored) addStored(row, c, mult, t, ctx);
    else addMemory(row, c, mult, t);
  }
  return t;
}

export interface Totals {
  summary: SummaryTable;
  breakdown: RuntimeBreakdown;
}

/** The roofline summary and runtime breakdown in one walk (spec §9.1, §9.2, §9.4). */
/** Scratch of `summarize` (it never re-enters): the row record and the breakdown sums, reset per call. */
const SCRATCH_COST = newCost();
const SCRATCH_ACC = new Float64Array(BREAKDOWN_FIELDS.length);

export function summarize(rows: readonly OpRow[], ctx: EvalContext): SummaryTotals {
  const c = SCRATCH_COST;
  const acc = SCRATCH_ACC;
  acc.fill(0);
  // The system's constants in locals: timeRow()'s formulas below, in its order (bit-identical).
  const s = ctx.system;
  const freq = s.frequencyHz;
  const cm = s.computeMultiplier;
  const ops = s.opPerSec;
  const ce = s.computeEfficiency;
  const me = s.memoryEfficiency;
  const onBw = s.onchipBw;
  const offBw = s.offchipBw;
  let weightsMb = 0;
  let kvCacheMb = 0;
  let unusedWeightsMb = 0;
  let mflop = 0;
  let totalData = 0;
  let footprint = 0;
  let latency = 0;
  let cycles = 0;
  let attn = 0;
  let linear = 0;
  let comm = 0;
  let mult = 1;
  const stored = hasStorage(rows);
  const mem: MemoryTotals | undefined = stored ? { weightsMb: 0, kvCacheMb: 0, unusedWeightsMb: 0 } : undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const kind = row.kind;
    if (kind === 'Repeat' || kind === 'EndRepeat') {
      mult = stepMult(row, mult);
      continue; // markers have zero sizes, so they never raise the footprint
    }
    sizeRow(row, ctx, c);
    if (kind === 'Storage') {
      addStored(row, c, mult, mem!, ctx);
      continue; // memory only: no time, no breakdown category
    }
    // timeRow(), inlined.
    let compute = (c.macs * cm) / ops;
    compute = compute / ce;
    const bytesA = c.bytesA;
    const bytesW = c.bytesW;
    const bytesO = c.bytesO;
    let memory = 0 + bytesA / (c.pinA ? onBw : offBw);
    memory = memory + bytesW / (c.pinW ? onBw : offBw);
    memory = memory + bytesO / (c.pinO ? onBw : offBw);
    memory = memory / me;
    let commS = 0;
    if (kind === 'Sync') {
      const bytes = c.syncElems * (ctx.tensors?.act ?? s.bytesPerElement);
      commS = collectiveTimeMs(row.type, bytes, row.nodes, s.icnLatency, s.icnBw) / 1000;
      commS = commS / s.commEfficiency;
    }
    if (compute === 0) memory = 0;
    const exec = Math.max(compute, memory, commS);
    const inA = bytesA / MB;
    const inW = bytesW / MB;
    const out = bytesO / MB;
    const latMs = exec / 0.001;
    const lat = latMs * mult;
    mflop += ((2 * c.macs) / 1e6) * mult;
    totalData += (inA + inW + out) * mult;
    if (stored) {
      addStored(row, c, mult, mem!, ctx);
    } else if (kind === 'Logit' || kind === 'Attend' || kind === 'CONV1D') {
      // addMemory(), inlined.
      kvCacheMb += inW * mult;
    } else if (kind === 'Einsum') {
      if (row.name === 'x calc') kvCacheMb += (inW * mult) / row.n;
    } else if (kind === 'GEMM') {
      weightsMb += inW * mult;
      if (c.macs === 0) unusedWeightsMb += inW * mult;
    }
    const fp = inA + inW + out;
    if (fp > footprint) footprint = fp;
    latency += lat;
    cycles += exec * freq * mult;
    if (kind === 'Logit' || kind === 'Attend' || kind === 'Softmax') attn += lat;
    else if (kind === 'GEMM' || kind === 'Experts') linear += lat;
    else if (kind === 'Sync') comm += lat;
    const key = kind === 'Softmax' ? 'Softmax' : (kind === 'GEMM' && row.breakdownAs) || row.name;
    const fields = FIELDS_OF_NAME[key];
    if (fields === undefined) {
      throw new GenzError('invalid_input', 'ValueError', `operator '${row.name}' has no runtime-breakdown category`);
    }
    for (let f = 0; f < fields.length; f++) acc[fields[f]] += lat;
  }
  if (mem !== undefined) {
    weightsMb = mem.weightsMb;
    kvCacheMb = mem.kvCacheMb;
    unusedWeightsMb = mem.unusedWeightsMb;
  }
  return new SummaryTotals([
    mflop,
    totalData,
    weightsMb,
    unusedWeightsMb,
    kvCacheMb,
    footprint,
    latency,
    cycles,
    attn,
    linear,
    comm,
    acc[0],
    acc[1],
    acc[2],
    acc[3],
    acc[4],
    acc[5],
    acc[6],
    acc[7],
    acc[8],
    acc[9],
    acc[10],
    acc[11],
  ]);
}

/**
 * What `summarize` returns: its 23 totals in one array of doubles (the summary fields in SUMMARY_FIELDS
 * order, then the breakdown in BREAKDOWN_FIELDS order), with the summary and breakdown records built on
 * first read. Callers that need only the latency or the memory totals never build them.
 */
export class SummaryTotals implements Totals {
  readonly #v: readonly number[];
  #summary: SummaryTable | undefined = undefined;
  #breakdown: RuntimeBreakdown | undefined = undefined;

  constructor(values: readonly number[]) {
    this.#v = values;
  }

  /** 'Latency (msec)'. */
  get latencyMs(): number {
    return this.#v[6];
  }
  /** 'Total Weights (MB)'. */
  get weightsMb(): number {
    return this.#v[2];
  }
  /** 'Unused Weights (MB)'. */
  get unusedWeightsMb(): number {
    return this.#v[3];
  }
  /** 'KV Cache (MB)'. */
  get kvCacheMb(): number {
    return this.#v[4];
  }

  get summary(): SummaryTable {
    if (this.#summary === undefined) {
      const v = this.#v;
      this.#summary = {
        'MACs (MFLOP)': v[0],
        'Total Data (MB)': v[1],
        'Total Weights (MB)': v[2],
        'Unused Weights (MB)': v[3],
        'KV Cache (MB)': v[4],
        'On-chip Memory Footprint (MB)': v[5],
        'Latency (msec)': v[6],
        Cycles: v[7],
        'Attn Latency (msec)': v[8],
        'Linear Latency (msec)': v[9],
        'Comm Latency (msec)': v[10],
      };
    }
    return this.#summary;
  }

  get breakdown(): RuntimeBreakdown {
    if (this.#breakdown === undefined) {
      const v = this.#v;
      this.#breakdown = {
        Embedding: v[11],
        MHA: v[12],
        FFN: v[13],
        Collective: v[14],
        LA_layers: v[15],
        QKVO_layers: v[16],
        FFN_layers: v[17],
        Softmax: v[18],
        AR_time: v[19],
        A2A_time: v[20],
        Send_Recv_time: v[21],
        Mamba_time: v[22],
      };
    }
    return this.#breakdown;
  }
}

/** One row of GenZ's per-operator table (roofline mode), column names verbatim (spec §7.5). */
export interface OperatorRecord {
  'Layer Name': string;
  'Op Type': string;
  Dimension: unknown;
  Bound: 'Compute' | 'Memory' | 'Collective';
  'C/M ratio': number;
  'Op Intensity': number;
  'Latency (msec)': number;
  Cycles: number;
  'C Effcy': number;
  'Num ops (MFLOP)': number;
  'Input_a (MB)': number;
  'Input_w (MB)': number;
  'Output (MB)': number;
  'Total Data (MB)': number;
  'Throughput (Tflops)': number;
  'Compute time (msec)': number;
  'Memory time (msec)': number;
  'Communication time (msec)': number;
  'Compute cycle': number;
  'Memory cycle': number;
  'Communication cycle': number;
  'Compute Utilization': number;
  'Memory Utilization': number;
  'Communication Utilization': number;
  /** Not a GenZ column: how many times the row counts (product of enclosing repeats). */
  Repeat: number;
}

function dimension(row: OpRow, ctx: EvalContext): unknown {
  const B = ctx.batch;
  switch (row.kind) {
    case 'GEMM':
      return [
        [
          [B, row.N, row.K],
          [row.M, row.K],
          [B, row.N, row.M],
        ],
      ];
    case 'Logit':
    case 'Attend': {
      const b = row.beamMerge && ctx.beamMerge ? Math.trunc(B / ctx.beamSize) : B;
      const q = [b, row.H, row.M, row.D];
      const kv = [b, row.Hkv, row.N, row.D];
      const s = [b, row.H, row.M, row.N];
      return row.kind === 'Logit' ? [q, kv, s] : [s, kv, q];
    }
    case 'CONV1D':
      return [
        [B, row.N, row.IF],
        [row.OF, 1, row.C],
        [B, row.N, row.OF],
      ];
    case 'Softmax': {
      const b = row.beamMerge && ctx.beamMerge ? Math.trunc(B / ctx.beamSize) : B;
      const s = [b, row.H, row.M, row.N];
      return [s, 0, s];
    }
    case 'Einsum': {
      const { Fs, n, S } = row;
      switch (row.name) {
        case 'deltaA':
          return [
            [B, Fs, n],
            [Fs, S],
            [B, Fs, n, S],
          ];
        case 'deltaB':
          return [
            [B, Fs, n],
            [B, n, S],
            [B, Fs, n, S],
          ];
        case 'deltaBu':
          return [
            [B, Fs, n, S],
            [B, Fs, n],
            [B, Fs, n, S],
          ];
        case 'x calc':
          return [
            [n, B, Fs, S],
            [n, B, Fs, S],
            [n, B, Fs, S],
          ];
        case 'y calc':
          return [
            [n, B, Fs, S],
            [n, B, S],
            [n, B, Fs],
          ];
        default:
          return [
            [B, n, Fs],
            [B, n, Fs],
            [B, n, Fs],
          ];
      }
    }
    case 'Sync':
      return row.nodes === 1 && row.type !== CollectiveType.MessagePass ? null : [B, row.M, row.N];
    case 'Experts':
      return { tokens: B * row.tokens, experts: row.experts, local: row.local, top_k: row.topK, shape: [row.inDim, row.outDim] };
    case 'Storage':
      return { weights: row.weights, expert_weights: row.expertWeights, cache_per_sequence: row.cachePerSeq };
    default:
      return row.count;
  }
}

/** The full per-operator table, markers included (GenZ's `model_df`). Built only when asked for. */
export function operatorTable(rows: readonly OpRow[], ctx: EvalContext): OperatorRecord[] {
  const s = ctx.system;
  const c = newCost();
  const table: OperatorRecord[] = [];
  let mult = 1;
  for (const row of rows) {
    const isMarker = row.kind === 'Repeat' || row.kind === 'EndRepeat';
    if (isMarker) {
      c.macs = c.bytesA = c.bytesW = c.bytesO = c.compute = c.memory = c.comm = c.exec = 0;
    } else {
      sizeRow(row, ctx, c);
      timeRow(row, ctx, c);
    }
    const exec = c.exec;
    const ratio = c.memory !== 0 ? c.compute / c.memory : 0;
    const totalBytes = 0 + c.bytesA + c.bytesW + c.bytesO;
    const flops = 2 * c.macs;
    const idealCompute = (c.macs * s.computeMultiplier) / s.opPerSec;
    const idealMem = 0 + c.bytesA / s.offchipBw + c.bytesW / s.offchipBw + c.bytesO / s.offchipBw;
    table.push({
      'Layer Name': row.name,
      'Op Type': row.kind,
      Dimension: dimension(row, ctx),
      Bound: ratio === 0 ? 'Collective' : ratio > 1 ? 'Compute' : 'Memory',
      'C/M ratio': ratio,
      'Op Intensity': totalBytes !== 0 ? flops / totalBytes : 0,
      'Latency (msec)': exec / 0.001,
      Cycles: exec * s.frequencyHz,
      'C Effcy': s.computeEfficiency,
      'Num ops (MFLOP)': flops / 1e6,
      'Input_a (MB)': c.bytesA / MB,
      'Input_w (MB)': c.bytesW / MB,
      'Output (MB)': c.bytesO / MB,
      'Total Data (MB)': totalBytes / MB,
      'Throughput (Tflops)': exec !== 0 ? flops / exec / 1e12 : 0,
      'Compute time (msec)': c.compute / 0.001,
      'Memory time (msec)': c.memory / 0.001,
      'Communication time (msec)': c.comm / 0.001,
      'Compute cycle': c.compute * s.frequencyHz,
      'Memory cycle': c.memory * s.frequencyHz,
      'Communication cycle': c.comm * s.frequencyHz,
      'Compute Utilization': exec !== 0 ? idealCompute / exec : 0,
      'Memory Utilization': exec !== 0 ? idealMem / exec : 0,
      'Communication Utilization': exec !== 0 ? c.comm / exec : 0,
      Repeat: isMarker ? 0 : mult,
    });
    if (row.kind === 'Repeat' || row.kind === 'EndRepeat') mult = stepMult(row, mult);
  }
  return table;
}

/** The columns of the per-operator table the calibrated model reads (src/calibration/model.ts passFeatures). */
export type OperatorTiming = Pick<
  OperatorRecord,
  'Op Type' | 'Dimension' | 'Compute time (msec)' | 'Memory time (msec)' | 'Communication time (msec)' | 'Repeat'
>;

/** Operand shapes are read only for GEMM and attention rows (token counts, query length). */
const SHAPED_KINDS: ReadonlySet<string> = new Set(['GEMM', 'Logit', 'Attend', 'Softmax']);

/**
 * A row of {@link operatorTimings}. Its Dimension (operand shapes of GEMM and attention rows, null for the
 * others) is built when first read: calibration reads it from one of the two tables of a decode piece only,
 * and the arrays were most of what a table allocated. Rows and contexts are never changed once built.
 */
class TimingRow implements OperatorTiming {
  readonly 'Op Type': string;
  readonly 'Compute time (msec)': number;
  readonly 'Memory time (msec)': number;
  readonly 'Communication time (msec)': number;
  readonly Repeat: number;
  readonly #row: OpRow;
  readonly #ctx: EvalContext;
  #dimension: unknown = undefined;

  constructor(row: OpRow, ctx: EvalContext, compute: number, memory: number, comm: number, repeat: number) {
    this['Op Type'] = row.kind;
    this['Compute time (msec)'] = compute;
    this['Memory time (msec)'] = memory;
    this['Communication time (msec)'] = comm;
    this.Repeat = repeat;
    this.#row = row;
    this.#ctx = ctx;
  }

  get Dimension(): unknown {
    if (this.#dimension === undefined) this.#dimension = SHAPED_KINDS.has(this.#row.kind) ? dimension(this.#row, this.#ctx) : null;
    return this.#dimension;
  }
}

/**
 * The table's timing columns only, row for row as `operatorTable` computes them (same values), with the
 * Dimension of GEMM and attention rows (null for the others, built on first read): what calibration needs,
 * at a fraction of the table's cost.
 */
export function operatorTimings(rows: readonly OpRow[], ctx: EvalContext): OperatorTiming[] {
  const c = newCost();
  const table: OperatorTiming[] = [];
  let mult = 1;
  for (const row of rows) {
    const isMarker = row.kind === 'Repeat' || row.kind === 'EndRepeat';
    if (isMarker) {
      c.compute = c.memory = c.comm = 0;
    } else {
      sizeRow(row, ctx, c);
      timeRow(row, ctx, c);
    }
    table.push(new TimingRow(row, ctx, c.compute / 0.001, c.memory / 0.001, c.comm / 0.001, isMarker ? 0 : mult));
    if (isMarker) mult = stepMult(row, mult);
  }
  return table;
}

/**
 * Per-row latency contributions (ms × repeat multiplier) in row order, markers as 0, plus each row's
 * multiplier. Summing the contributions from 0 in order repeats summarize()'s float operations exactly,
 * which lets callers re-evaluate only the rows that change between calls and stay bit-identical.
 */
export function latencyContributions(rows: readonly OpRow[], ctx: EvalContext): { contrib: Float64Array; mult: Float64Array } {
  const c = newCost();
  const contrib = new Float64Array(rows.length);
  const mults = new Float64Array(rows.length);
  let mult = 1;
  rows.forEach((row, i) => {
    if (row.kind === 'Repeat' || row.kind === 'EndRepeat') {
      mult = stepMult(row, mult);
      return;
    }
    sizeRow(row, ctx, c);
    timeRow(row, ctx, c);
    mults[i] = mult;
    contrib[i] = (c.exec / 0.001) * mult;
  });
  return { contrib, mult: mults };
}

/** Latency of one row in ms (exec / 0.001), as summarize() computes it. */
export function rowLatencyMs(row: OpRow, ctx: EvalContext): number {
  const c = newCost();
  sizeRow(row, ctx, c);
  timeRow(row, ctx, c);
  return c.exec / 0.001;
}

/** The roofline terms of one row in seconds (after efficiencies and the zero-work rule), and its sizes. */
export interface RowTerms {
  compute: number;
  memory: number;
  comm: number;
  /** max(compute, memory, comm): the row's time. */
  exec: number;
  macs: number;
  /** The largest element count or MAC count of the row (exactness checks of context-sum.ts). */
  largest: number;
}

export const newRowTerms = (): RowTerms => ({ compute: 0, memory: 0, comm: 0, exec: 0, macs: 0, largest: 0 });

const termsScratch = newCost();

/** Sizes and times one row as summarize() does, into `out` (no allocation). */
export function rowTerms(row: OpRow, ctx: EvalContext, out: RowTerms): RowTerms {
  const c = termsScratch;
  sizeRow(row, ctx, c);
  timeRow(row, ctx, c);
  out.compute = c.compute;
  out.memory = c.memory;
  out.comm = c.comm;
  out.exec = c.exec;
  out.macs = c.macs;
  out.largest = Math.max(Math.abs(c.macs), Math.abs(c.elemsA), Math.abs(c.elemsW), Math.abs(c.elemsO), Math.abs(c.syncElems));
  return out;
}
