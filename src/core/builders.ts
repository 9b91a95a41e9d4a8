/**
 * Builders that turn a model and a parallel layout into operator rows (spec §6). Every formula and the
 * row order follow GenZ exactly; the spec section is named beside each part.
 */
import { GenzError } from './errors.js';
import type { ModelConfig } from './model.js';
import { CollectiveType, type OpRow, attend, conv1d, einsum, endRepeat, gemm, logit, repeat, sync } from './operators.js';

export interface Parallelism {
  readonly tp: number;
  readonly pp: number;
  readonly ep: number;
}

/** Sequence parallelism exists in GenZ's builders but every entry point leaves it at 1 (spec §6.1). */
const SP = 1;

/** A decode entry of a chunked batch (spec §6.4): a context, [batches, context] or [pb, db, pc, dc]. */
export type DecodeEntry = number | readonly number[];
export type PrefillEntry = readonly [past: number, fresh: number];

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** Python's round(): ties to even (used once, by Mamba, spec §0.3). */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

interface Shards {
  /** tp × ep: attention, embedding, classifier and Mamba shard over both (spec §6.1). */
  readonly tpa: number;
  readonly Hl: number;
  readonly Hkvl: number;
}

function shards(model: ModelConfig, par: Parallelism): Shards {
  const tpa = par.tp * par.ep;
  return {
    tpa,
    Hl: Math.max(ceilDiv(model.numHeads, tpa), 1),
    Hkvl: Math.max(ceilDiv(model.numKvHeads, tpa), 1),
  };
}

function embedding(out: OpRow[], model: ModelConfig, s: Shards, L: number): void {
  const seq = L === 0 ? 0 : Math.max(1, Math.floor(L / SP));
  out.push(gemm('embeddings', model.hiddenSize, seq, Math.floor(model.vocabSize / s.tpa), 0));
  if (s.tpa > 1) out.push(sync('Emb_AR', seq, model.hiddenSize, s.tpa, CollectiveType.AllReduce));
}

function classifier(out: OpRow[], model: ModelConfig, s: Shards, L: number): void {
  const seq = L === 0 ? 0 : Math.max(1, Math.floor(L / SP));
  out.push(gemm('classifier', Math.floor(model.vocabSize / s.tpa), seq, model.hiddenSize, 0));
  if (s.tpa > 1) out.push(sync('classifier_AG', seq, model.vocabSize, s.tpa, CollectiveType.AllGather));
}

function qkvWidth(model: ModelConfig, s: Shards): number {
  return s.Hl * model.headDim + 2 * s.Hkvl * model.headDim;
}

/** §6.4 prefill attention: full (non-causal) L×L. */
function attentionPrefill(out: OpRow[], model: ModelConfig, s: Shards, L: number): void {
  const Ls = Math.floor(L / SP);
  const Dq = model.headDim;
  out.push(gemm('QKV', qkvWidth(model, s), Ls, model.hiddenSize, 0));
  out.push(logit('Logit', s.Hl, L, Ls, Dq, s.Hkvl, 3));
  out.push(attend('Attend', s.Hl, L, Ls, Dq, s.Hkvl, 1));
  out.push(gemm('Out Proj', model.hiddenSize, Ls, s.Hl * Dq, 0));
  if (s.tpa > 1) out.push(sync('MHA AR', Ls, model.hiddenSize, s.tpa, CollectiveType.AllReduce));
}

/** §6.4 decode attention: the shared prompt KV ("Pre", beam-merged) and each beam's own KV ("Suf"). */
function attentionDecode(out: OpRow[], model: ModelConfig, s: Shards, L: number, T: number): void {
  const Ls = Math.floor(L / SP);
  const Dq = model.headDim;
  out.push(gemm('QKV', qkvWidth(model, s), 1, model.hiddenSize, 5));
  out.push(logit('Logit Pre', s.Hl, 1, Ls, Dq, s.Hkvl, 5, true));
  out.push(logit('Logit Suf', s.Hl, 1, T, Dq, s.Hkvl, 5));
  out.push(attend('Attend Pre', s.Hl, 1, Ls, Dq, s.Hkvl, 5, true));
  out.push(attend('Attend Suf', s.Hl, 1, T, Dq, s.Hkvl, 5));
  out.push(gemm('Out Proj', model.hiddenSize, 1, s.Hl * Dq, 5));
  if (s.tpa > 1) out.push(sync('MHA AR', 1, model.hiddenSize, s.tpa, CollectiveType.AllReduce));
}

/** §6.4 chunked attention over a mix of prefill requests and decode entries. */
function attentionChunked(out: OpRow[], model: ModelConfig, s: Shards, Cs: number, prefill: readonly PrefillEntry[], decode: readonly DecodeEntry[]): void {
  const Dq = model.headDim;
  const { Hl, Hkvl } = s;
  out.push(gemm('QKV', qkvWidth(model, s), Cs, model.hiddenSize, 5));
  for (const [p, n] of prefill) {
    out.push(logit('Logit Pre', Hl, n, p + n, Dq, Hkvl, 3));
    out.push(attend('Attend Pre', Hl, n, p + n, Dq, Hkvl, 1));
  }
  for (const entry of decode) {
    if (typeof entry !== 'number' && entry.length === 2) {
      const [nb, c] = entry;
      out.push(logit('Logit Dec', nb * Hl, 1, c, Dq, nb * Hkvl, 5));
      out.push(attend('Attend Dec', nb * Hl, 1, c, Dq, nb * Hkvl, 5));
    } else if (typeof entry !== 'number' && entry.length === 4) {
      // The beams share the KV: query heads scale with the beam count, KV heads do not (spec §13.20).
      const [pb, db, pc, dc] = entry;
      const pcs = Math.floor(pc / SP);
      out.push(logit('Logit Pre', pb * Hl, 1, pcs, Dq, Hkvl, 5));
      out.push(attend('Attend Pre', pb * Hl, 1, pcs, Dq, Hkvl, 5));
      out.push(logit('Logit Suf', db * Hl, 1, dc, Dq, Hkvl, 5));
      out.push(attend('Attend Suf', db * Hl, 1, dc, Dq, Hkvl, 5));
    } else {
      const c = typeof entry === 'number' ? entry : entry[0];
      out.push(logit('Logit Dec', Hl, 1, c, Dq, Hkvl, 5));
      out.push(attend('Attend Dec', Hl, 1, c, Dq, Hkvl, 5));
    }
  }
  out.push(gemm('Out Proj', model.hiddenSize, Cs, Hl * Dq, 5));
  if (s.tpa > 1) out.push(sync('MHA AR', Cs, model.hiddenSize, s.tpa, CollectiveType.AllReduce));
}

function checkExperts(model: ModelConfig, ep: number): void {
  if (model.numExperts % ep !== 0) {
    throw new GenzError(
      'experts_not_divisible',
      'AssertionError',
      model.numExperts === 1
        ? `expert parallelism ${ep} needs a mixture-of-experts model; ${model.name} is dense`
        : `expert parallelism ${ep} does not divide the ${model.numExperts} experts of ${model.name}`,
      { experts: model.numExperts, expert_parallel: ep },
    );
  }
}

/** §6.5 default FFN over L tokens (prefill, and chunked for "default" models with L = Cs). */
function ffnPrefill(out: OpRow[], model: ModelConfig, par: Parallelism, L: number): void {
  checkExperts(model, par.ep);
  const { tp, ep } = par;
  const D = model.hiddenSize;
  const fi = model.numFfi;
  const Dfl = Math.max(ceilDiv(model.intermediateSize, tp), 1);
  const Ls = Math.floor(L / SP);
  const E = model.numExperts;
  if (E === 1) {
    out.push(gemm('up+gate', Dfl * fi, Ls, D, 0));
    out.push(gemm('down', D, Ls, Dfl, 0));
  } else {
    const K = model.expertTopK;
    out.push(gemm('Gate', E, Ls, Math.floor(D / tp), 0));
    if (tp > 1) out.push(sync('Gate AR', Ls, E, tp, CollectiveType.AllReduce));
    const tpe = Math.floor((Ls * K) / E);
    if (ep > 1) out.push(sync('Dispatch A2A', Ls, K * D, ep, CollectiveType.AllToAll));
    const local = Math.floor(E / ep);
    out.push(gemm('up+gate', local * Dfl * fi, tpe, D, 0));
    out.push(gemm('down', D, tpe, local * Dfl, 0));
    if (ep > 1) out.push(sync('Collect A2A', Ls, K * D, ep, CollectiveType.AllToAll));
  }
  if (tp > 1) out.push(sync('FFN AR', Ls, D, tp, CollectiveType.AllReduce));
}

/** §6.5 default FFN for one decode token; MoE always activates K experts (spec §13.11). */
function ffnDecode(out: OpRow[], model: ModelConfig, par: Parallelism): void {
  checkExperts(model, par.ep);
  const { tp, ep } = par;
  const D = model.hiddenSize;
  const fi = model.numFfi;
  const Dfl = Math.max(ceilDiv(model.intermediateSize, tp), 1);
  const E = model.numExperts;
  if (E === 1) {
    out.push(gemm('up+gate', Dfl * fi, 1, D, 5));
    out.push(gemm('down', D, 1, Dfl, 5));
  } else {
    const K = model.expertTopK;
    out.push(gemm('Gate', E, 1, Math.floor(D / tp), 0));
    if (tp > 1) out.push(sync('Gate AR', 1, D, tp, CollectiveType.AllReduce));
    if (ep > 1) out.push(sync('Dispatch A2A', 1, K * D, ep, CollectiveType.AllToAll));
    const act = Math.max(1, ceilDiv(K, ep));
    out.push(gemm('up+gate', act * Dfl * fi, 1, D, 5));
    out.push(gemm('down', D, 1, act * Dfl, 5));
    // Idle local experts: zero tokens, so only their weights count (spec §9); emitted even when 0.
    const unused = ceilDiv(E, ep) - act;
    out.push(gemm('up+gate', unused * Dfl * fi, 0, D, 0));
    out.push(gemm('down', D, 0, unused * Dfl, 0));
    if (ep > 1) out.push(sync('Collect A2A', 1, K * D, ep, CollectiveType.AllToAll));
  }
  if (tp > 1) out.push(sync('FFN AR', 1, D, tp, CollectiveType.AllReduce));
}

/** §6.5 "deepseek" FFN (chunked and speculative-verify paths only), with shared experts. */
function ffnDeepseek(out: OpRow[], model: ModelConfig, par: Parallelism, L: number): void {
  const { tp, ep } = par;
  const D = model.hiddenSize;
  const fi = model.numFfi;
  const Ls = Math.floor(L / SP);
  const E = model.numExperts;
  if (E === 1) {
    const Dfl = Math.max(ceilDiv(model.intermediateSize, tp), 1);
    out.push(gemm('up+gate', Dfl * fi, Ls, D, 0));
    out.push(gemm('down', D, Ls, Dfl, 0));
  } else {
    const K = model.expertTopK;
    const Dm = Math.max(ceilDiv(model.moeIntermediateSize, tp), 1);
    out.push(gemm('Gate', E, Ls, Math.floor(D / tp), 0));
    if (tp > 1) out.push(sync('Gate AR', Ls, E, tp, CollectiveType.AllReduce));
    const A = Math.min(K * L, E);
    const act = Math.max(1, ceilDiv(A, ep));
    const tpe = A === 0 ? 0 : Math.floor((Ls * K) / A);
    if (ep > 1) out.push(sync('Dispatch A2A', Ls, K * D, ep, CollectiveType.AllToAll));
    out.push(gemm('up+gate', act * Dm * fi, tpe, D, 0));
    out.push(gemm('down', D, tpe, act * Dm, 0));
    const unused = ceilDiv(E, ep) - act;
    if (unused !== 0) {
      out.push(gemm('up+gate', unused * Dm * fi, 0, D, 0));
      out.push(gemm('down', D, 0, unused * Dm, 0));
    }
    if (ep > 1) out.push(sync('Collect A2A', Ls, K * D, ep, CollectiveType.AllToAll));
    const ns = model.nSharedExperts;
    if (ns > 0) {
      const Ds = Math.max(ceilDiv(model.sharedExpertIntermediateSize, tp), 1);
      out.push(gemm('shared up+gate', Ds * fi * ns, Ls, D, 0));
      out.push(gemm('shared down', D, Ls, Ds * ns, 0));
    }
  }
  if (tp > 1) out.push(sync('FFN AR', Ls, D, tp, CollectiveType.AllReduce));
}

/** §6.6 Mamba mixer; n = L in prefill, 1 in decode. The scans use the unsharded width (a GenZ quirk). */
function mamba(out: OpRow[], model: ModelConfig, s: Shards, n: number, syncTokens: number): void {
  const D = model.hiddenSize;
  const Dm = roundHalfEven(D / s.tpa);
  const F = Dm * model.mambaExpand;
  const S = model.mambaDState;
  const R = model.mambaDtRank;
  const Fs = D * model.mambaExpand;
  out.push(gemm('Inproj', 2 * F, n, Dm, 0));
  out.push(conv1d('Conv', F, F, n, model.mambaDConv, 0));
  out.push(gemm('BC proj', R + 2 * S, n, F, 0));
  out.push(gemm('xt proj', F, n, R, 0));
  out.push(einsum('deltaA', Fs, n, S, 6));
  out.push(einsum('deltaB', Fs, n, S, 3));
  out.push(einsum('deltaBu', Fs, n, S, 0));
  out.push(einsum('x calc', Fs, n, S, 7));
  out.push(einsum('y calc', Fs, n, S, 7));
  out.push(einsum('D addition', Fs, n, S, 7));
  out.push(einsum('out mult z', Fs, n, S, 7));
  out.push(gemm('Out proj', Dm, n, F, 0));
  if (s.tpa > 1) out.push(sync('Mamba AR', syncTokens, Dm, s.tpa, CollectiveType.AllReduce));
}

type LayerBody = (out: OpRow[]) => void;

/** §6.7 pipeline stages: `repeated(n)` = REPEAT(n) body ENDREPEAT(n), with message passes between stages. */
function repeated(out: OpRow[], n: number, body: LayerBody): void {
  out.push(repeat(n));
  body(out);
  out.push(endRepeat(n));
}

function stages(out: OpRow[], model: ModelConfig, pp: number, messageTokens: number, body: LayerBody): void {
  const Ld = model.numLayers;
  if (pp === 1) {
    repeated(out, Ld, body);
    return;
  }
  const lps = ceilDiv(Ld, pp);
  // May be zero (GenZ then fails in the totals) or negative (kept as is: the totals still add up).
  const last = Ld - lps * (pp - 1);
  out.push(repeat(pp - 1));
  repeated(out, lps, body);
  out.push(sync('Message Pass', messageTokens, model.hiddenSize, 1, CollectiveType.MessagePass));
  out.push(endRepeat(pp - 1));
  repeated(out, last, body);
}

function checkUniformLayers(model: ModelConfig): void {
  if (model.uniqueLayers !== 1) {
    throw new GenzError(
      'hybrid_unsupported',
      'ValueError',
      `model '${model.name}' mixes ${model.uniqueLayers} layer types (hybrid Jamba-style); GenZ supports only uniform layers in prefill and decode ("More then 1 unique layers not supported")`,
    );
  }
}

/** §6.7 prefill model: input embedding(L) + stages + classifier(L). */
export function buildPrefillRows(model: ModelConfig, par: Parallelism, L: number): OpRow[] {
  checkUniformLayers(model);
  const s = shards(model, par);
  const out: OpRow[] = [];
  embedding(out, model, s, L);
  const isMamba = model.layerTypes[0][0] === 'Mamba';
  stages(out, model, par.pp, Math.floor(L / SP), (o) => {
    if (isMamba) mamba(o, model, s, L, Math.floor(L / SP));
    else attentionPrefill(o, model, s, L);
    ffnPrefill(o, model, par, L);
  });
  classifier(out, model, s, L);
  return out;
}

/** §6.7 decode model: stages + classifier(1); no input embedding. */
export function buildDecodeRows(model: ModelConfig, par: Parallelism, L: number, T: number): OpRow[] {
  checkUniformLayers(model);
  const s = shards(model, par);
  const out: OpRow[] = [];
  const isMamba = model.layerTypes[0][0] === 'Mamba';
  stages(out, model, par.pp, 1, (o) => {
    if (isMamba) mamba(o, model, s, 1, 1);
    else attentionDecode(o, model, s, L, T);
    ffnDecode(o, model, par);
  });
  classifier(out, model, s, 1);
  return out;
}

/** Tokens of a chunk (spec §6.7): Σ new prefill tokens and Σ decode tokens (pairs nb, tuples db). */
export function chunkTokens(prefill: readonly PrefillEntry[], decode: readonly DecodeEntry[]): { prefillLen: number; decodeLen: number } {
  let prefillLen = 0;
  for (const [, n] of prefill) prefillLen += n;
  let decodeLen = 0;
  for (const e of decode) {
    if (typeof e !== 'number' && e.length === 2) decodeLen += e[0];
    else if (typeof e !== 'number' && e.length === 4) decodeLen += e[1];
    else decodeLen += 1;
  }
  return { prefillLen, decodeLen };
}

/**
 * §6.7 chunked model. It checks neither unique layers nor layer types: every model, Mamba and Jamba
 * included, gets attention layers here (spec §13.15).
 */
export function buildChunkedRows(model: ModelConfig, par: Parallelism, prefill: readonly PrefillEntry[], decode: readonly DecodeEntry[]): OpRow[] {
  const { prefillLen, decodeLen } = chunkTokens(prefill, decode);
  const Cs = prefillLen + decodeLen;
  const impl = model.ffnImplementation;
  if (impl !== 'default' && impl !== 'deepseek') {
    throw new GenzError('invalid_model', 'ValueError', `model '${model.name}': unknown ffn_implementation '${impl}' (valid: default, deepseek)`, {
      field: 'ffn_implementation',
    });
  }
  const s = shards(model, par);
  const out: OpRow[] = [];
  embedding(out, model, s, prefillLen);
  stages(out, model, par.pp, Math.floor(Cs / SP), (o) => {
    attentionChunked(o, model, s, Cs, prefill, decode);
    if (impl === 'default') ffnPrefill(o, model, par, Cs);
    else ffnDeepseek(o, model, par, Cs);
  });
  classifier(out, model, s, Cs);
  return out;
}

/** GenZ's single-layer prefill builder (used by its golden tests): attention + default FFN, no repeat. */
export function buildPrefillLayerRows(model: ModelConfig, par: Parallelism, L: number): OpRow[] {
  const s = shards(model, par);
  const out: OpRow[] = [];
  attentionPrefill(out, model, s, L);
  ffnPrefill(out, model, par, L);
  return out;
}

/** GenZ's single-layer decode builder (`output_gen_tokens` defaults to 32 there). */
export function buildDecodeLayerRows(model: ModelConfig, par: Parallelism, L: number, T = 32): OpRow[] {
  const s = shards(model, par);
  const out: OpRow[] = [];
  attentionDecode(out, model, s, L, T);
  ffnDecode(out, model, par);
  return out;
}
