/**
 * The intermediate representation (spec §5): an ordered list of operator rows. A batch size is attached
 * only when the list is evaluated (evaluate.ts), so one list serves every batch.
 */

/** Which operands are pinned on chip (spec §5): bit 1 = A, bit 2 = W, bit 4 = O after decoding. */
export type Residency = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const enum CollectiveType {
  AllReduce = 1,
  AllToAll = 2,
  AllGather = 3,
  ReduceScatter = 4,
  MessagePass = 5,
}

/** The seven Mamba scan einsums (spec §6.6), in row order. */
export type EinsumName = 'deltaA' | 'deltaB' | 'deltaBu' | 'x calc' | 'y calc' | 'D addition' | 'out mult z';

export interface GemmRow {
  readonly kind: 'GEMM';
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
  readonly res: Residency;
  /** Extension rows (e.g. LoRA adapters) are counted in the breakdown category of the named GenZ row. */
  readonly breakdownAs?: string;
}
/** Logit and Attend; `beamMerge` marks GenZ's codes 9/10, whose batch is divided by the beam size. */
export interface AttentionRow {
  readonly kind: 'Logit' | 'Attend';
  readonly name: string;
  readonly H: number;
  readonly M: number;
  readonly N: number;
  readonly D: number;
  readonly Hkv: number;
  readonly res: Residency;
  readonly beamMerge: boolean;
  /**
   * Unfused attention (flash attention off): the score matrix is never pinned on chip, so the Logit
   * writes it to memory and the Attend reads it back. GenZ's rows are the fused form (false).
   */
  readonly unfused?: boolean;
  /**
   * Corrected model only: query–key pairs per (batch, head) when not every query sees all N keys
   * (causal masking, windows); scores and MACs use it instead of M × N. N stays the keys read.
   */
  readonly pairs?: number;
}
/**
 * Corrected model only: the routed experts of one MoE layer on one device (docs/model.md, "MoE").
 * With T = batch × tokens routed tokens, the device runs T·k/ep expert-token products and reads the
 * weights of the distinct local experts hit, local · (1 − (1 − k/E)^T).
 */
export interface ExpertsRow {
  readonly kind: 'Experts';
  readonly name: 'up+gate' | 'down';
  readonly experts: number;
  readonly local: number;
  readonly topK: number;
  readonly ep: number;
  readonly tokens: number;
  readonly inDim: number;
  readonly outDim: number;
  readonly res: Residency;
}
/**
 * Corrected model only: what one layer (or the embeddings) keeps in device memory, with no time:
 * weights (elements per device; expert weights apart for their own precision) and the cache
 * (elements per sequence). Rows lists that contain Storage rows count memory from them alone.
 */
export interface StorageRow {
  readonly kind: 'Storage';
  readonly name: string;
  readonly weights: number;
  readonly expertWeights: number;
  readonly cachePerSeq: number;
  readonly beamMerge: boolean;
}
/**
 * Softmax over the score matrix [b, H, M, N] of unfused attention: read, 5 FLOPs per element (max,
 * subtract, exp, sum, divide), written back; all off chip. Not a GenZ row (GenZ's attention is fused).
 */
export interface SoftmaxRow {
  readonly kind: 'Softmax';
  readonly name: string;
  readonly H: number;
  readonly M: number;
  readonly N: number;
  readonly beamMerge: boolean;
  /** Corrected model: the query–key pairs of its Logit (causal, windowed) instead of M × N. */
  readonly pairs?: number;
}
export interface Conv1dRow {
  readonly kind: 'CONV1D';
  readonly name: string;
  readonly OF: number;
  readonly IF: number;
  readonly N: number;
  readonly C: number;
  readonly res: Residency;
}
export interface EinsumRow {
  readonly kind: 'Einsum';
  readonly name: EinsumName;
  readonly Fs: number;
  readonly n: number;
  readonly S: number;
  readonly res: Residency;
}
export interface SyncRow {
  readonly kind: 'Sync';
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly nodes: number;
  readonly type: CollectiveType;
}
export interface RepeatRow {
  readonly kind: 'Repeat' | 'EndRepeat';
  readonly name: 'Repeat' | 'End Repeat';
  readonly count: number;
}

export type OpRow = GemmRow | AttentionRow | SoftmaxRow | Conv1dRow | EinsumRow | SyncRow | RepeatRow | ExpertsRow | StorageRow;

export const gemm = (name: string, M: number, N: number, K: number, res: Residency): GemmRow => ({ kind: 'GEMM', name, M, N, K, res });
export const logit = (name: string, H: number, M: number, N: number, D: number, Hkv: number, res: Residency, beamMerge = false): AttentionRow => ({
  kind: 'Logit',
  name,
  H,
  M,
  N,
  D,
  Hkv,
  res,
  beamMerge,
});
export const attend = (name: string, H: number, M: number, N: number, D: number, Hkv: number, res: Residency, beamMerge = false): AttentionRow => ({
  kind: 'Attend',
  name,
  H,
  M,
  N,
  D,
  Hkv,
  res,
  beamMerge,
});
/**
 * A Logit or Attend row over `pairs` query–key pairs (corrected model: causal or windowed attention): the row
 * logit/attend build with `pairs` added, in one literal (adding a key to a spread copy makes V8 build a new hidden
 * class on every call; docs/performance.md).
 */
export const attentionOverPairs = (
  kind: 'Logit' | 'Attend',
  name: string,
  H: number,
  M: number,
  N: number,
  D: number,
  Hkv: number,
  res: Residency,
  pairs: number,
): AttentionRow => ({ kind, name, H, M, N, D, Hkv, res, beamMerge: false, pairs });
export const conv1d = (name: string, OF: number, IF: number, N: number, C: number, res: Residency): Conv1dRow => ({ kind: 'CONV1D', name, OF, IF, N, C, res });
export const einsum = (name: EinsumName, Fs: number, n: number, S: number, res: Residency): EinsumRow => ({ kind: 'Einsum', name, Fs, n, S, res });
export const sync = (name: string, M: number, N: number, nodes: number, type: CollectiveType): SyncRow => ({ kind: 'Sync', name, M, N, nodes, type });
export const repeat = (count: number): RepeatRow => ({ kind: 'Repeat', name: 'Repeat', count });
export const endRepeat = (count: number): RepeatRow => ({ kind: 'EndRepeat', name: 'End Repeat', count });
export const storage = (name: string, weights: number, expertWeights: number, cachePerSeq: number, beamMerge = false): StorageRow => ({
  kind: 'Storage',
  name,
  weights,
  expertWeights,
  cachePerSeq,
  beamMerge,
});
