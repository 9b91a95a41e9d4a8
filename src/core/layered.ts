/**
 * The corrected model's builders (docs/model.md): the same operator rows as GenZ's builders where GenZ
 * is right, built per layer group, so models with different layers (dense-first MoE, sliding and full
 * attention, Jamba's Mamba/attention schedule) run in prefill, decode and chunked. Memory is declared by
 * Storage rows (weights of every layer, the KV cache at each layer's own length, Mamba state); time by
 * the operator rows. Each deviation from GenZ is listed under "Corrections" in docs/model.md.
 */
import { type Architecture, type LayerPlan, cachedTokens, ffnParams, layerCache, mixerParams } from './architecture.js';
import type { DecodeEntry, Parallelism, PrefillEntry } from './builders.js';
import { chunkTokens } from './builders.js';
import { GenzError } from './errors.js';
import type { ModelConfig } from './model.js';
import {
  CollectiveType,
  type ExpertsRow,
  type GemmRow,
  type OpRow,
  type Residency,
  attend,
  conv1d,
  einsum,
  endRepeat,
  gemm,
  logit,
  attentionOverPairs,
  repeat,
  storage,
  sync,
} from './operators.js';

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** The pass a row list is built for. */
export type Pass =
  | { readonly kind: 'prefill'; readonly L: number }
  | { readonly kind: 'decode'; readonly L: number; readonly T: number }
  | { readonly kind: 'chunked'; readonly prefill: readonly PrefillEntry[]; readonly decode: readonly DecodeEntry[] };

interface Ctx {
  readonly m: ModelConfig;
  readonly a: Architecture;
  readonly par: Parallelism;
  /** tp × ep: attention, embeddings and Mamba shard over both, as in GenZ (docs/model.md "Sharding"). */
  readonly tpa: number;
  readonly Hl: number;
  readonly Hkvl: number;
}

/**
 * Query–key pairs of n causal queries after p cached tokens, each seeing at most w keys:
 * Σ_{i=1..n} min(p + i, w). Exact integer.
 */
export function causalPairs(p: number, n: number, w: number | null): number {
  const full = (from: number, to: number): number => (to < from ? 0 : ((from + to) * (to - from + 1)) / 2);
  if (w === null || p + n <= w) return full(p + 1, p + n);
  if (p >= w) return n * w;
  // queries at positions p+1 … w see all their keys; the rest see w.
  return full(p + 1, w) + (p + n - w) * w;
}

/** MLA projections (counted with QKV in the breakdown). */
const qkv = (name: string, M: number, N: number, K: number, res: Residency): GemmRow => gemm(name, M, N, K, res);

/** Weights (elements per device) of one layer of a plan; expert weights apart. */
function layerWeights(c: Ctx, plan: LayerPlan): { weights: number; expertWeights: number } {
  const { m, a, par, tpa } = c;
  let mixer: number;
  const D = m.hiddenSize;
  if (plan.mixer === 'mamba') {
    mixer = mixerParams(m, a, plan) / tpa;
  } else if (a.mla) {
    const { qLoraRank: qr, kvLoraRank: kvr, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = a.mla;
    // The down-projections are replicated on every device; the per-head up-projections and the output shard.
    const q = qr > 0 ? D * qr + qr * c.Hl * (nope + rope) : D * c.Hl * (nope + rope);
    mixer = q + D * (kvr + rope) + kvr * c.Hl * (nope + v) + c.Hl * v * D;
  } else {
    mixer = D * (c.Hl + 2 * c.Hkvl) * m.headDim + c.Hl * m.headDim * D;
  }
  const f = ffnParams(m, a, plan);
  // Dense FFN and shared experts shard over tp; the router is replicated; routed experts split over ep, then tp.
  let dense = 0;
  if (plan.ffn === 'dense') dense = f.dense / par.tp;
  else if (plan.ffn === 'moe') dense = m.numExperts * D + (m.numFfi + 1) * D * Math.ceil(a.sharedWidth / par.tp);
  const expertWeights = plan.ffn === 'moe' ? (m.numExperts / par.ep) * (m.numFfi + 1) * D * Math.max(ceilDiv(a.expertWidth, par.tp), 1) : 0;
  return { weights: mixer + dense, expertWeights };
}

/** Cache elements per sequence per device of a layer holding `tokens` tokens. */
function cacheElems(c: Ctx, plan: LayerPlan, tokens: number): number {
  const shape = layerCache(c.m, c.a, plan);
  if (plan.mixer === 'mamba') return shape.fixed / c.tpa;
  if (c.a.mla) return shape.perToken * tokens; // the latent is shared by all heads: every device keeps it whole
  return 2 * c.Hkvl * c.m.headDim * tokens;
}

function attentionPrefill(out: OpRow[], c: Ctx, plan: LayerPlan, L: number): void {
  const { m, a, Hl, Hkvl } = c;
  const D = m.hiddenSize;
  const keys = cachedTokens(plan, L);
  const pairs = causalPairs(0, L, plan.window);
  if (a.mla) {
    const { qLoraRank: qr, kvLoraRank: kvr, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = a.mla;
    if (qr > 0) {
      out.push(qkv('Q down', qr, L, D, 0));
      out.push(qkv('Q up', Hl * (nope + rope), L, qr, 0));
    } else {
      out.push(qkv('Q', Hl * (nope + rope), L, D, 0));
    }
    out.push(qkv('KV down', kvr + rope, L, D, 0));
    // Prefill decompresses the latent into per-head K and V and runs standard attention.
    out.push(qkv('KV up', Hl * (nope + v), keys, kvr, 0));
    out.push(attentionOverPairs('Logit', 'Logit', Hl, L, keys, nope + rope, Hl, 3, pairs));
    out.push(attentionOverPairs('Attend', 'Attend', Hl, L, keys, v, Hl, 1, pairs));
    out.push(gemm('Out Proj', D, L, Hl * v, 0));
  } else {
    const Dq = m.headDim;
    out.push(gemm('QKV', Hl * Dq + 2 * Hkvl * Dq, L, D, 0));
    out.push(attentionOverPairs('Logit', 'Logit', Hl, L, keys, Dq, Hkvl, 3, pairs));
    out.push(attentionOverPairs('Attend', 'Attend', Hl, L, keys, Dq, Hkvl, 1, pairs));
    out.push(gemm('Out Proj', D, L, Hl * Dq, 0));
  }
  if (c.tpa > 1) out.push(sync('MHA AR', L, D, c.tpa, CollectiveType.AllReduce));
}

/**
 * Decode keys: the prompt part (shared by beams) and the generated part, clamped so together they stay
 * within the window: suf = min(T, w), pre = min(L, w − suf). Both are explicit clamps of the context.
 */
function decodeKeys(plan: LayerPlan, L: number, T: number): { pre: number; suf: number } {
  if (plan.window === null) return { pre: L, suf: T };
  const suf = Math.min(T, plan.window);
  return { pre: Math.min(L, plan.window - suf), suf };
}

function attentionDecode(out: OpRow[], c: Ctx, plan: LayerPlan, L: number, T: number): void {
  const { m, a, Hl, Hkvl } = c;
  const D = m.hiddenSize;
  const { pre, suf } = decodeKeys(plan, L, T);
  if (a.mla) {
    const { qLoraRank: qr, kvLoraRank: kvr, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = a.mla;
    if (qr > 0) {
      out.push(qkv('Q down', qr, 1, D, 5));
      out.push(qkv('Q up', Hl * (nope + rope), 1, qr, 5));
    } else {
      out.push(qkv('Q', Hl * (nope + rope), 1, D, 5));
    }
    // Absorbed: q_nope goes through W_UK into the latent space; every head attends over the shared latent.
    out.push(qkv('Q absorb', Hl * kvr, 1, nope, 5));
    out.push(qkv('KV down', kvr + rope, 1, D, 5));
    const Dl = kvr + rope;
    out.push(logit('Logit Pre', Hl, 1, pre, Dl, 1, 5, true));
    out.push(logit('Logit Suf', Hl, 1, suf, Dl, 1, 5));
    // The values are the latent the Logit just read (fused kernel): pinned, computed, not re-read.
    out.push(attend('Attend Pre', Hl, 1, pre, kvr, 1, 7, true));
    out.push(attend('Attend Suf', Hl, 1, suf, kvr, 1, 7));
    out.push(qkv('V absorb', Hl * v, 1, kvr, 5));
    out.push(gemm('Out Proj', D, 1, Hl * v, 5));
  } else {
    const Dq = m.headDim;
    out.push(gemm('QKV', Hl * Dq + 2 * Hkvl * Dq, 1, D, 5));
    out.push(logit('Logit Pre', Hl, 1, pre, Dq, Hkvl, 5, true));
    out.push(logit('Logit Suf', Hl, 1, suf, Dq, Hkvl, 5));
    out.push(attend('Attend Pre', Hl, 1, pre, Dq, Hkvl, 5, true));
    out.push(attend('Attend Suf', Hl, 1, suf, Dq, Hkvl, 5));
    out.push(gemm('Out Proj', D, 1, Hl * Dq, 5));
  }
  if (c.tpa > 1) out.push(sync('MHA AR', 1, D, c.tpa, CollectiveType.AllReduce));
}

function attentionChunked(out: OpRow[], c: Ctx, plan: LayerPlan, Cs: number, prefill: readonly PrefillEntry[], decode: readonly DecodeEntry[]): void {
  const { m, a, Hl, Hkvl } = c;
  const D = m.hiddenSize;
  const w = plan.window;
  const clamp = (x: number): number => (w === null ? x : Math.min(x, w));
  const mla = a.mla;
  const Dk = mla ? mla.kvLoraRank + mla.qkRopeHeadDim : m.headDim;
  const Dv = mla ? mla.kvLoraRank : m.headDim;
  const hkv = mla ? 1 : Hkvl;
  if (mla) {
    const { qLoraRank: qr, kvLoraRank: kvr, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = mla;
    if (qr > 0) {
      out.push(qkv('Q down', qr, Cs, D, 5));
      out.push(qkv('Q up', Hl * (nope + rope), Cs, qr, 5));
    } else {
      out.push(qkv('Q', Hl * (nope + rope), Cs, D, 5));
    }
    out.push(qkv('KV down', kvr + rope, Cs, D, 5));
    for (const [p, n] of prefill) {
      const keys = clamp(p + n);
      out.push(qkv('KV up', Hl * (nope + v), keys, kvr, 5));
      out.push(attentionOverPairs('Logit', 'Logit Pre', Hl, n, keys, nope + rope, Hl, 3, causalPairs(p, n, w)));
      out.push(attentionOverPairs('Attend', 'Attend Pre', Hl, n, keys, v, Hl, 1, causalPairs(p, n, w)));
    }
    out.push(qkv('Q absorb', Hl * kvr, Cs, nope, 5));
  } else {
    out.push(gemm('QKV', Hl * m.headDim + 2 * Hkvl * m.headDim, Cs, D, 5));
    for (const [p, n] of prefill) {
      const keys = clamp(p + n);
      out.push(attentionOverPairs('Logit', 'Logit Pre', Hl, n, keys, Dk, hkv, 3, causalPairs(p, n, w)));
      out.push(attentionOverPairs('Attend', 'Attend Pre', Hl, n, keys, Dv, hkv, 1, causalPairs(p, n, w)));
    }
  }
  const attRes: Residency = mla ? 7 : 5;
  for (const entry of decode) {
    if (typeof entry !== 'number' && entry.length === 2) {
      const [nb, ctx] = entry;
      out.push(logit('Logit Dec', nb * Hl, 1, clamp(ctx), Dk, nb * hkv, 5));
      out.push(attend('Attend Dec', nb * Hl, 1, clamp(ctx), Dv, nb * hkv, attRes));
    } else if (typeof entry !== 'number' && entry.length === 4) {
      const [pb, db, pc, dc] = entry;
      const suf = clamp(dc);
      const pre = w === null ? pc : Math.min(pc, w - suf);
      out.push(logit('Logit Pre', pb * Hl, 1, pre, Dk, hkv, 5));
      out.push(attend('Attend Pre', pb * Hl, 1, pre, Dv, hkv, attRes));
      out.push(logit('Logit Suf', db * Hl, 1, suf, Dk, hkv, 5));
      out.push(attend('Attend Suf', db * Hl, 1, suf, Dv, hkv, attRes));
    } else {
      const ctx = typeof entry === 'number' ? entry : entry[0];
      out.push(logit('Logit Dec', Hl, 1, clamp(ctx), Dk, hkv, 5));
      out.push(attend('Attend Dec', Hl, 1, clamp(ctx), Dv, hkv, attRes));
    }
  }
  if (mla) out.push(qkv('V absorb', Hl * mla.vHeadDim, Cs, mla.kvLoraRank, 5));
  const Dout = mla ? mla.vHeadDim : m.headDim;
  out.push(gemm('Out Proj', D, Cs, Hl * Dout, 5));
  if (c.tpa > 1) out.push(sync('MHA AR', Cs, D, c.tpa, CollectiveType.AllReduce));
}

/** Mamba mixer over n tokens per sequence, every width sharded over tp × ep (docs/model.md "Mamba"). */
function mamba(out: OpRow[], c: Ctx, n: number): void {
  const { m, a } = c;
  const D = m.hiddenSize;
  const F = Math.max(ceilDiv(a.mambaInner, c.tpa), 1);
  const S = m.mambaDState;
  const R = m.mambaDtRank;
  out.push(gemm('Inproj', 2 * F, n, D, 0));
  out.push(conv1d('Conv', F, F, n, m.mambaDConv, 0));
  out.push(gemm('BC proj', R + 2 * S, n, F, 0));
  out.push(gemm('xt proj', F, n, R, 0));
  out.push(einsum('deltaA', F, n, S, 6));
  out.push(einsum('deltaB', F, n, S, 3));
  out.push(einsum('deltaBu', F, n, S, 0));
  out.push(einsum('x calc', F, n, S, 7));
  out.push(einsum('y calc', F, n, S, 7));
  out.push(einsum('D addition', F, n, S, 7));
  out.push(einsum('out mult z', F, n, S, 7));
  out.push(gemm('Out proj', D, n, F, 0));
  if (c.tpa > 1) out.push(sync('Mamba AR', n, D, c.tpa, CollectiveType.AllReduce));
}

function experts(name: 'up+gate' | 'down', c: Ctx, n: number, inDim: number, outDim: number, res: Residency): ExpertsRow {
  const { m, par } = c;
  return {
    kind: 'Experts',
    name,
    experts: m.numExperts,
    local: m.numExperts / par.ep,
    topK: Math.min(m.expertTopK, m.numExperts),
    ep: par.ep,
    tokens: n,
    inDim,
    outDim,
    res,
  };
}

/** FFN of a layer over n tokens per sequence (res 0 in prefill, 5 in decode, as GenZ pins them). */
function ffn(out: OpRow[], c: Ctx, plan: LayerPlan, n: number, res: Residency): void {
  if (plan.ffn === 'none') return;
  const { m, a, par } = c;
  const { tp, ep } = par;
  const D = m.hiddenSize;
  const fi = m.numFfi;
  if (plan.ffn === 'dense') {
    const Dfl = Math.max(ceilDiv(a.denseWidth, tp), 1);
    out.push(gemm('up+gate', Dfl * fi, n, D, res));
    out.push(gemm('down', D, n, Dfl, res));
  } else {
    const K = Math.min(m.expertTopK, m.numExperts);
    // Router: every token scores all experts (weights replicated).
    out.push(gemm('Gate', m.numExperts, n, D, res));
    if (ep > 1) out.push(sync('Dispatch A2A', n, K * D, ep, CollectiveType.AllToAll));
    const We = Math.max(ceilDiv(a.expertWidth, tp), 1);
    out.push(experts('up+gate', c, n, D, We * fi, res));
    out.push(experts('down', c, n, We, D, res));
    if (ep > 1) out.push(sync('Collect A2A', n, K * D, ep, CollectiveType.AllToAll));
    if (a.sharedWidth > 0) {
      const Ws = Math.max(ceilDiv(a.sharedWidth, tp), 1);
      out.push(gemm('shared up+gate', Ws * fi, n, D, res));
      out.push(gemm('shared down', D, n, Ws, res));
    }
  }
  if (tp > 1) out.push(sync('FFN AR', n, D, tp, CollectiveType.AllReduce));
}

function context(model: ModelConfig, par: Parallelism): Ctx {
  if (model.numExperts % par.ep !== 0) {
    throw new GenzError(
      'experts_not_divisible',
      'AssertionError',
      model.numExperts === 1
        ? `expert parallelism ${par.ep} needs a mixture-of-experts model; ${model.name} is dense`
        : `expert parallelism ${par.ep} does not divide the ${model.numExperts} experts of ${model.name}`,
      { experts: model.numExperts, expert_parallel: par.ep },
    );
  }
  if (par.pp > model.numLayers) {
    throw new GenzError(
      'pipeline_empty_stage',
      'ZeroDivisionError',
      `pipeline parallelism ${par.pp} exceeds the ${model.numLayers} layers of ${model.name}: every stage needs at least one layer`,
    );
  }
  const tpa = par.tp * par.ep;
  return {
    m: model,
    a: model.arch,
    par,
    tpa,
    Hl: Math.max(ceilDiv(model.numHeads, tpa), 1),
    Hkvl: Math.max(ceilDiv(model.numKvHeads, tpa), 1),
  };
}

/** Rows of one pass of the corrected model (docs/model.md "Passes"). */
export function buildLayeredRows(model: ModelConfig, par: Parallelism, pass: Pass): OpRow[] {
  const c = context(model, par);
  const { m, a, tpa } = c;
  const D = m.hiddenSize;
  const V = m.vocabSize;
  const out: OpRow[] = [];
  let tokens: number; // tokens per sequence through the layers
  let logits: number; // tokens whose logits are computed
  let inputs: number; // tokens embedded
  if (pass.kind === 'prefill') {
    tokens = pass.L;
    logits = pass.L === 0 ? 0 : 1;
    inputs = pass.L;
  } else if (pass.kind === 'decode') {
    tokens = 1;
    logits = 1;
    inputs = 1;
  } else {
    const { prefillLen, decodeLen } = chunkTokens(pass.prefill, pass.decode);
    tokens = prefillLen + decodeLen;
    logits = pass.prefill.length + decodeLen;
    inputs = tokens;
  }
  // Input embedding: a row lookup (no GEMM); its table is in memory unless tied to the LM head.
  out.push(storage('embeddings', a.tieEmbeddings ? 0 : Math.floor(V / tpa) * D, 0, 0));
  if (tpa > 1 && inputs > 0) out.push(sync('Emb_AR', inputs, D, tpa, CollectiveType.AllReduce));

  // Indexed, not `for … of`: the groups array is frozen, and V8 11 allocates iterator results over frozen arrays.
  for (let g = 0; g < a.groups.length; g++) {
    const { plan, count } = a.groups[g];
    out.push(repeat(count));
    const w = layerWeights(c, plan);
    if (pass.kind === 'prefill') {
      out.push(storage('layer weights', w.weights, w.expertWeights, 0));
      out.push(storage('KV cache', 0, 0, cacheElems(c, plan, cachedTokens(plan, pass.L))));
      if (plan.mixer === 'mamba') mamba(out, c, pass.L);
      else attentionPrefill(out, c, plan, pass.L);
      ffn(out, c, plan, pass.L, 0);
    } else if (pass.kind === 'decode') {
      const { pre, suf } = decodeKeys(plan, pass.L, pass.T);
      out.push(storage('layer weights', w.weights, w.expertWeights, 0));
      if (plan.mixer === 'mamba') {
        out.push(storage('KV cache', 0, 0, cacheElems(c, plan, 0)));
        mamba(out, c, 1);
      } else {
        out.push(storage('KV cache Pre', 0, 0, cacheElems(c, plan, pre), true));
        out.push(storage('KV cache Suf', 0, 0, cacheElems(c, plan, suf)));
        attentionDecode(out, c, plan, pass.L, pass.T);
      }
      ffn(out, c, plan, 1, 5);
    } else {
      out.push(storage('layer weights', w.weights, w.expertWeights, 0));
      out.push(storage('KV cache', 0, 0, chunkCache(c, plan, pass.prefill, pass.decode)));
      if (plan.mixer === 'mamba') mamba(out, c, tokens);
      else attentionChunked(out, c, plan, tokens, pass.prefill, pass.decode);
      ffn(out, c, plan, tokens, 0);
    }
    out.push(endRepeat(count));
  }
  if (par.pp > 1) {
    out.push(repeat(par.pp - 1));
    out.push(sync('Message Pass', pass.kind === 'decode' ? 1 : tokens, D, 1, CollectiveType.MessagePass));
    out.push(endRepeat(par.pp - 1));
  }
  // LM head: logits only for the tokens that sample (the last of each prefill, every decode token).
  out.push(storage('classifier', Math.floor(V / tpa) * D, 0, 0));
  out.push(gemm('classifier', Math.floor(V / tpa), logits, D, 0));
  if (tpa > 1) out.push(sync('classifier_AG', logits, V, tpa, CollectiveType.AllGather));
  return out;
}

/** Cache elements of one layer for a chunk's sequences (batch 1: the entries are the sequences). */
function chunkCache(c: Ctx, plan: LayerPlan, prefill: readonly PrefillEntry[], decode: readonly DecodeEntry[]): number {
  let total = 0;
  const at = (tokens: number): number => cacheElems(c, plan, cachedTokens(plan, tokens));
  for (const [p, n] of prefill) total += at(p + n);
  for (const e of decode) {
    if (typeof e === 'number') total += at(e);
    else if (e.length === 2) total += e[0] * at(e[1]);
    else total += at(e[2]) + e[1] * at(e[3]);
  }
  return total;
}
