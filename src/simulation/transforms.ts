/**
 * Features that change the numbers for real, as rewrites of GenZ's operator rows (the core stays
 * GenZ-exact; with neither feature on, rows pass through untouched).
 *
 * LoRA, strategy "dynamic" (unmerged adapters, as multi-adapter servers run them): for every targeted
 * projection W (in × out) two extra GEMMs, x·A with A: in × r, then (x·A)·B with B: r × out, on the
 * same tokens, counted in the breakdown category of the projection. The core fuses q, k and v into one
 * GEMM; adapters are per projection. Under tensor parallelism the shards follow the projection:
 * column-parallel q, k, v, gate, up keep A whole and split B (out/tp); row-parallel o and down split A
 * (in/tp) and keep B whole. The adapter weights (r·(in + out) per projection, per shard) count as
 * weights. Strategy "merged" folds the adapters into the weights: no rows, no cost.
 *
 * Flash attention off (unfused attention): the score matrix [b, H, M, N] is written to memory by the
 * Logit, read back and written again by a softmax pass (5 FLOPs per element), then read by the Attend.
 */
import type { ModelConfig } from '../core/model.js';
import type { AttentionRow, GemmRow, OpRow, SoftmaxRow } from '../core/operators.js';
import type { Parallelism } from '../core/builders.js';
import type { Phase, RowTransform } from '../core/inference.js';
import type { LoraOptions } from './normalize.js';

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

function adapterPair(name: string, source: GemmRow, inDim: number, outDim: number, rank: number, copies = 1): GemmRow[] {
  return [
    { kind: 'GEMM', name: `LoRA ${name} A`, M: copies * rank, N: source.N, K: inDim, res: source.res, breakdownAs: source.name },
    { kind: 'GEMM', name: `LoRA ${name} B`, M: copies * outDim, N: source.N, K: rank, res: source.res, breakdownAs: source.name },
  ];
}

/** Adapter rows for one GenZ row (empty when the row carries no targeted projection). */
function loraRowsFor(row: GemmRow, lora: LoraOptions, model: ModelConfig, par: Parallelism): GemmRow[] {
  const r = lora.rank;
  const has = (t: string): boolean => lora.targets.includes(t as LoraOptions['targets'][number]);
  const tpa = par.tp * par.ep;
  const D = model.hiddenSize;
  const Dq = model.headDim;
  const Hl = Math.max(ceilDiv(model.numHeads, tpa), 1);
  const Hkvl = Math.max(ceilDiv(model.numKvHeads, tpa), 1);
  const out: GemmRow[] = [];
  if (row.name === 'QKV') {
    // Column-parallel: A (D × r) whole on every shard, B split with the heads.
    if (has('q')) out.push(...adapterPair('q', row, D, Hl * Dq, r));
    if (has('k')) out.push(...adapterPair('k', row, D, Hkvl * Dq, r));
    if (has('v')) out.push(...adapterPair('v', row, D, Hkvl * Dq, r));
  } else if (row.name === 'Out Proj') {
    // Row-parallel: A split (its input is the sharded heads), B (r × D) whole.
    if (has('o')) out.push(...adapterPair('o', row, Hl * Dq, D, r));
  } else if (row.name === 'up+gate' || row.name === 'down') {
    const moe = model.numExperts > 1;
    if (moe && !lora.include_experts) return out;
    const Dfl = Math.max(ceilDiv(model.intermediateSize, par.tp), 1);
    const fi = model.numFfi;
    // GenZ fuses a chip's experts into one GEMM; one adapter per expert, so scale by the experts in it.
    const copies = moe ? (row.name === 'up+gate' ? row.M / (Dfl * fi) : row.K / Dfl) : 1;
    if (copies === 0 || !Number.isInteger(copies)) return out;
    if (row.name === 'up+gate') {
      if (has('gate') && fi >= 2) out.push(...adapterPair('gate', row, D, Dfl, r, copies));
      if (has('up')) out.push(...adapterPair('up', row, D, Dfl, r, copies));
    } else if (has('down')) {
      out.push(...adapterPair('down', row, Dfl, D, r, copies));
    }
  }
  return out;
}

export function loraTransform(lora: LoraOptions): RowTransform {
  return (rows, phase, model, par) => {
    if (lora.strategy === 'merged' || phase === 'draft') return rows;
    const out: OpRow[] = [];
    for (const row of rows) {
      out.push(row);
      if (row.kind === 'GEMM') out.push(...loraRowsFor(row, lora, model, par));
    }
    return out;
  };
}

export const unfusedAttentionTransform: RowTransform = (rows) => {
  const out: OpRow[] = [];
  for (const row of rows) {
    if (row.kind === 'Logit' || row.kind === 'Attend') {
      const unfused: AttentionRow = Object.assign({}, row, { unfused: true });
      out.push(unfused);
      if (row.kind === 'Logit') {
        const softmax: SoftmaxRow = {
          kind: 'Softmax',
          name: `Softmax${row.name.slice('Logit'.length)}`,
          H: row.H,
          M: row.M,
          N: row.N,
          beamMerge: row.beamMerge,
          ...(row.pairs === undefined ? {} : { pairs: row.pairs }),
        };
        out.push(softmax);
      }
    } else {
      out.push(row);
    }
  }
  return out;
};

/** Chains transforms in order; undefined when there are none (GenZ's rows, untouched). */
export function composeTransforms(transforms: RowTransform[]): RowTransform | undefined {
  if (transforms.length === 0) return undefined;
  return (rows, phase: Phase, model, par) => transforms.reduce((acc, t) => t(acc, phase, model, par), rows);
}
