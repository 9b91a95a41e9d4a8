/**
 * The in-flight ("max throughput") rows of the TensorRT-LLM performance tables
 * (shared/measured/vendor-public.jsonl, `batching: inflight`), simulated as serving runs: every request
 * queued at t = 0, the row's input and output lengths fixed, and the predicted output-token throughput
 * compared with the measured one (docs/serving.md "Accuracy").
 *
 * Settings per row: TensorRT-LLM 0.10.0's command line states max_batch_size 2048, max_num_tokens 2048,
 * chunked context and kv_cache_free_gpu_mem_fraction 0.9 (the cache takes 90% of the memory left after the
 * weights); 0.12.0's trtllm-bench rows state none, so the same batch limit with 8,192 tokens per iteration
 * is assumed. FP8 rows run fp8 weights, activations and KV cache; FP16 and "Mixed" rows bf16. At most
 * MAX_REQUESTS requests of a row are simulated: with everything queued at t = 0 the engine holds its steady
 * batch after the first wave and only the last wave drains (docs/serving.md "Accuracy": 1,000 instead of
 * 2,000 moves the calibrated MAPE by 0.4 points and halves the time). The iterations are timed with the
 * command's calibration (the row's hardware × engine × precision profile, else the generic one).
 */
import { stat, type Stat } from '../calibration/accuracy.js';
import type { Measurement } from '../calibration/measurements.js';
import { type ProfileSet, selectProfile } from '../calibration/profile.js';
import { servingSlo } from './config.js';
import { ServingInputError, simulateServing } from './run.js';
import type { ServingConfig } from './types.js';

export const MAX_REQUESTS = 1000;

export interface InflightRow {
  m: Measurement;
  predicted: number;
  measured: number;
  requests: number;
}

export interface InflightReport {
  overall: Stat;
  groups: Record<string, Stat>;
  rows: InflightRow[];
  skipped: { source: string; reason: string }[];
}

function settings(m: Measurement): { maxSeqs: number; maxTokens: number } {
  const flag = (name: string): number | null => {
    const x = new RegExp(`--${name}\\s+(\\d+)`).exec(m.inflight!.tool);
    return x ? Number(x[1]) : null;
  };
  return { maxSeqs: flag('max_batch_size') ?? 2048, maxTokens: flag('max_num_tokens') ?? 8192 };
}

/**
 * Simulates the in-flight rows; `set`: the calibration profiles the iterations are timed with (the
 * row's hardware × engine × precision profile, else the generic one), null for the raw roofline.
 */
export function inflightAccuracy(measurements: readonly Measurement[], set: ProfileSet | null, onRow?: (done: number, total: number) => void): InflightReport {
  const rows: InflightRow[] = [];
  const skipped: { source: string; reason: string }[] = [];
  const todo = measurements.filter((m) => m.inflight !== undefined);
  todo.forEach((m, i) => {
    onRow?.(i, todo.length);
    const inf = m.inflight!;
    let reason: string | null = null;
    if (!m.preset) reason = `unknown hardware '${m.hardware}' (no preset)`;
    else if (!m.resolvedModel) reason = `unknown model '${m.model}' (not in the catalog)`;
    else if (!(m.tp >= 1) || m.pp !== 1) reason = 'tensor parallelism only';
    else if (!(m.inputTokens >= 1 && m.outputTokens >= 1)) reason = 'incomplete lengths';
    if (reason !== null) {
      skipped.push({ source: m.source, reason });
      return;
    }
    const { maxSeqs, maxTokens } = settings(m);
    const requests = Math.min(inf.requests, MAX_REQUESTS);
    const cfg: ServingConfig = {
      arrival: { kind: 'burst' },
      requests,
      input_tokens: { distribution: 'fixed', value: m.inputTokens },
      output_tokens: { distribution: 'fixed', value: m.outputTokens },
      scheduler: {
        max_num_seqs: maxSeqs,
        max_batched_tokens: maxTokens,
        chunked_prefill: true,
        block_size: 64,
        memory_utilization: 0.9,
        policy: 'fcfs',
        free_memory_fraction: 0.9,
      },
      seed: 1,
      search_max_rate: false,
      slo: servingSlo({}),
    };
    const bits = m.precision === 'fp8' ? 'fp8' : 'bf16';
    const calibration = set === null ? null : { params: selectProfile(set, m.preset ?? null, m.engineId ?? 'trtllm', bits).params, precision: bits };
    try {
      const r = simulateServing(
        {
          model: m.resolvedModel!.ref as never,
          system_name: m.preset,
          fidelity: 'corrected',
          tensor_parallel: m.tp,
          bits,
          tensors: { weights: bits, expertWeights: bits, activations: bits, kvCache: bits },
        },
        cfg,
        calibration,
      );
      rows.push({ m, predicted: r.stats.outputThroughput, measured: inf.outTokS, requests });
    } catch (e) {
      if (e instanceof ServingInputError || (e instanceof Error && e.name === 'GenzError')) skipped.push({ source: m.source, reason: e.message });
      else throw e;
    }
  });
  const groups = new Map<string, InflightRow[]>();
  for (const r of rows) {
    const k = `${r.m.preset}|${r.m.precision}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(r);
  }
  return {
    overall: stat(rows),
    groups: Object.fromEntries([...groups.keys()].sort().map((k) => [k, stat(groups.get(k)!)])),
    rows,
    skipped,
  };
}

/** The in-flight error table `genz accuracy` prints (plain text; names are escaped by the caller's `esc`). */
export function inflightText(r: InflightReport, label: string, table: (header: string[], rows: string[][]) => string, esc: (s: string) => string): string {
  const pct = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)}%` : 'n/a');
  const row = (k: string, s: Stat): string[] => [esc(k), String(s.rows), pct(s.mape), Number.isFinite(s.gmr) ? s.gmr.toFixed(3) : 'n/a'];
  let out = `\nServing: TensorRT-LLM in-flight "max throughput" rows, simulated (all requests at t = 0; calibration: ${esc(label)})\n`;
  out += 'Figure: output tokens per second; GMR: geometric mean of predicted / measured.\n';
  out += table(['', 'Rows', 'MAPE', 'GMR'], [row('all', r.overall), ...Object.entries(r.groups).map(([k, s]) => row(k, s))]);
  if (r.skipped.length > 0) {
    const reasons = new Map<string, number>();
    for (const s of r.skipped) {
      const reason = s.reason.replace(/'[^']*'/, "'…'");
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    out += `\nSkipped ${r.skipped.length} in-flight rows\n`;
    out += table(
      ['Reason', 'Rows'],
      [...reasons].map(([k, n]) => [esc(k), String(n)]),
    );
  }
  return out;
}
