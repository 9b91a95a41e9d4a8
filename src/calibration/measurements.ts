/**
 * Reading measurements: the two formats of the shipped data (Argonne LLM-Inference-Bench rows, the
 * TensorRT-LLM performance tables), a generic JSONL, and the JSON that vLLM's benchmark scripts write.
 * Every row becomes a Measurement; a row the static prefill + decode model cannot use is kept with the
 * reason it is skipped, so `genz accuracy` can list it.
 */
import { engineId, hardwarePreset, measuredModel, precisionId, type ResolvedModel } from './names.js';

export interface Measurement {
  /** Where the row came from: `file:line` (JSONL) or the file name. */
  source: string;
  /** Names as the source printed them. */
  hardware: string;
  model: string;
  engine: string;
  /** Resolved: preset name, catalog model, engine id, precision id (undefined when unknown). */
  preset?: string;
  resolvedModel?: ResolvedModel;
  engineId?: string;
  precision?: string;
  tp: number;
  pp: number;
  batch: number;
  inputTokens: number;
  outputTokens: number;
  /** Measured figures, ms; null when the source does not give them. */
  e2eMs: number | null;
  ttftMs: number | null;
  tpotMs: number | null;
  /** Why the row is not used (implausible, unknown hardware, …); undefined when usable. */
  skip?: string;
  /**
   * In-flight ("max throughput") rows of the TensorRT-LLM tables: skipped here, simulated by the serving
   * simulator (src/serving/inflight.ts): requests queued at once, generated tokens per second measured.
   */
  inflight?: { requests: number; outTokS: number; engineVersion: string; tool: string };
}

/** Settings a benchmark file lacks (vLLM JSON), from flags or a settings file beside it. */
export interface MeasurementSettings {
  model?: string;
  hardware?: string;
  engine?: string;
  precision?: string;
  tp?: number;
  pp?: number;
  batch?: number;
  input_tokens?: number;
  output_tokens?: number;
}

export class MeasurementFormatError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
  }
}

type Row = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

/** Fills the resolved names and the first skip reason that applies. */
function finish(m: Measurement, skip?: string): Measurement {
  m.preset = hardwarePreset(m.hardware);
  m.resolvedModel = measuredModel(m.model);
  const eng = engineId(m.engine);
  m.engineId = eng;
  if (skip) m.skip = skip;
  else if (!m.preset) m.skip = `unknown hardware '${m.hardware}' (no preset)`;
  else if (!m.resolvedModel) m.skip = `unknown model '${m.model}' (not in the catalog)`;
  else if (!eng) m.skip = `unknown engine '${m.engine}'`;
  else if (!m.precision) m.skip = 'unknown precision';
  else if (!(m.tp >= 1 && m.pp >= 1 && m.batch >= 1 && m.inputTokens >= 1 && m.outputTokens >= 1))
    m.skip = 'incomplete settings (tp, batch, input or output tokens)';
  else if (m.pp > 1) m.skip = 'pipeline parallelism is not calibrated';
  else if (m.e2eMs === null && m.ttftMs === null && m.tpotMs === null) m.skip = 'no latency figure';
  return m;
}

function argonneRow(r: Row, source: string, hintModel: string): Measurement {
  const m: Measurement = {
    source,
    hardware: str(r.hardware),
    model: hintModel,
    engine: str(r.framework),
    precision: 'bf16', // fp16 throughout (README); the core reads fp16 as bf16
    tp: num(r.count) ?? 0,
    pp: 1,
    batch: num(r.batch) ?? 0,
    inputTokens: num(r.input_tokens) ?? 0,
    outputTokens: num(r.output_tokens) ?? 0,
    e2eMs: null,
    ttftMs: null,
    tpotMs: null,
  };
  return m;
}

function readArgonne(r: Row, source: string): Measurement {
  const m = argonneRow(r, source, str(r.genz_model) || str(r.model));
  const lat = num(r.measured_latency_s);
  m.e2eMs = lat === null ? null : lat * 1000;
  return finish(m, r.measured_plausible === false ? 'implausible measurement (faster than reading weights and KV cache at peak bandwidth)' : undefined);
}

function readArgonneTtft(r: Row, source: string): Measurement {
  const m = argonneRow(r, source, str(r.genz_model) || str(r.model));
  const ttft = num(r.measured_ttft_s);
  m.ttftMs = ttft === null ? null : ttft * 1000;
  return finish(m, r.in_selection === false ? 'outside the main set of the source (in_selection: false)' : undefined);
}

function readVendor(r: Row, source: string): Measurement {
  const derived = (r.derived ?? {}) as Row;
  const m: Measurement = {
    source: r.id ? `${source} (${str(r.id)})` : source,
    hardware: str(r.gpu),
    model: str(r.model),
    engine: str(r.engine),
    precision: precisionId(str(r.precision)),
    tp: num(r.tp) ?? 0,
    pp: num(r.pp) ?? 1,
    batch: num(r.batch_size) ?? 0,
    inputTokens: num(r.input_len) ?? 0,
    outputTokens: num(r.output_len) ?? 0,
    e2eMs: num(derived.batch_latency_ms) ?? num(r.e2e_latency_ms),
    ttftMs: num(r.ttft_ms),
    tpotMs: num(r.tpot_ms),
  };
  const skip = r.batching === 'inflight' ? 'in-flight batching: the runtime chose the batch, which the row does not state' : undefined;
  const requests = num(r.num_requests);
  const outTokS = num(r.out_tok_s);
  if (r.batching === 'inflight' && requests !== null && outTokS !== null)
    m.inflight = { requests, outTokS, engineVersion: str(r.engine_version), tool: str(r.benchmark_tool) };
  return finish(m, skip);
}

/**
 * The generic JSONL (docs/calibration.md): model, hardware, engine, precision, tp, batch,
 * input_tokens, output_tokens and at least one of e2e_ms, ttft_ms, tpot_ms (pp optional, default 1).
 */
function readGeneric(r: Row, source: string): Measurement {
  const m: Measurement = {
    source,
    hardware: str(r.hardware),
    model: str(r.model),
    engine: str(r.engine ?? 'generic'),
    precision: precisionId(str(r.precision ?? 'bf16')),
    tp: num(r.tp) ?? 1,
    pp: num(r.pp) ?? 1,
    batch: num(r.batch) ?? 0,
    inputTokens: num(r.input_tokens) ?? 0,
    outputTokens: num(r.output_tokens) ?? 0,
    e2eMs: num(r.e2e_ms),
    ttftMs: num(r.ttft_ms),
    tpotMs: num(r.tpot_ms),
  };
  return finish(m);
}

function detect(r: Row): 'argonne' | 'argonne-ttft' | 'vendor' | 'generic' | undefined {
  if ('measured_latency_s' in r && 'framework' in r) return 'argonne';
  if ('measured_ttft_s' in r && 'framework' in r) return 'argonne-ttft';
  if ('batching' in r && 'gpu' in r) return 'vendor';
  if ('model' in r && 'hardware' in r && ('e2e_ms' in r || 'ttft_ms' in r || 'tpot_ms' in r)) return 'generic';
  return undefined;
}

/** One JSONL line of any supported row format. */
export function readRow(r: Row, source: string): Measurement {
  switch (detect(r)) {
    case 'argonne':
      return readArgonne(r, source);
    case 'argonne-ttft':
      return readArgonneTtft(r, source);
    case 'vendor':
      return readVendor(r, source);
    case 'generic':
      return readGeneric(r, source);
    default:
      throw new MeasurementFormatError(source, 'not a measurement row: expected the Argonne, TensorRT-LLM table or generic JSONL fields (docs/calibration.md)');
  }
}

function fromSettings(
  s: MeasurementSettings,
  source: string,
  figures: Pick<Measurement, 'e2eMs' | 'ttftMs' | 'tpotMs'>,
  overrides: Partial<Measurement> = {},
): Measurement {
  const m: Measurement = {
    source,
    hardware: s.hardware ?? '',
    model: s.model ?? '',
    engine: s.engine ?? 'vllm',
    precision: precisionId(s.precision ?? 'bf16'),
    tp: s.tp ?? 1,
    pp: s.pp ?? 1,
    batch: s.batch ?? 0,
    inputTokens: s.input_tokens ?? 0,
    outputTokens: s.output_tokens ?? 0,
    ...figures,
    ...overrides,
  };
  return finish(
    m,
    !m.hardware ? 'hardware not given (pass --hardware or a settings file)' : !m.model ? 'model not given (pass --model or a settings file)' : undefined,
  );
}

const mean = (xs: unknown): number | null => {
  if (!Array.isArray(xs) || xs.length === 0) return null;
  let s = 0;
  for (const x of xs) {
    if (typeof x !== 'number') return null;
    s += x;
  }
  return s / xs.length;
};

/**
 * A JSON document: vLLM `benchmark_latency.py --output-json` ({avg_latency, latencies, percentiles}:
 * seconds for one batch of `batch` prompts) or `benchmark_serving.py --save-result` (mean_ttft_ms,
 * mean_tpot_ms, mean_e2el_ms, …; the concurrency is read as the batch). Missing settings come from `s`.
 */
export function readBenchmarkJson(doc: Row, source: string, s: MeasurementSettings): Measurement[] {
  if (num(doc.avg_latency) !== null) {
    return [fromSettings(s, source, { e2eMs: num(doc.avg_latency)! * 1000, ttftMs: null, tpotMs: null })];
  }
  if (num(doc.mean_ttft_ms) !== null || num(doc.mean_e2el_ms) !== null) {
    const completed = num(doc.completed) ?? num(doc.num_prompts);
    const input = num(doc.total_input_tokens) !== null && completed ? Math.round(num(doc.total_input_tokens)! / completed) : null;
    const output = num(doc.total_output_tokens) !== null && completed ? Math.round(num(doc.total_output_tokens)! / completed) : null;
    const overrides: Partial<Measurement> = {};
    const model = str(doc.model_id);
    if (!s.model && model) overrides.model = model;
    if (!s.engine && doc.backend) overrides.engine = str(doc.backend).startsWith('vllm') || str(doc.backend).startsWith('openai') ? 'vllm' : str(doc.backend);
    if (s.batch === undefined) {
      const c = num(doc.max_concurrency) ?? completed;
      if (c !== null) overrides.batch = c;
    }
    if (s.input_tokens === undefined && input !== null) overrides.inputTokens = input;
    if (s.output_tokens === undefined && output !== null) overrides.outputTokens = Math.max(1, Math.round(mean(doc.output_lens) ?? output));
    return [fromSettings(s, source, { e2eMs: num(doc.mean_e2el_ms), ttftMs: num(doc.mean_ttft_ms), tpotMs: num(doc.mean_tpot_ms) }, overrides)];
  }
  throw new MeasurementFormatError(
    source,
    'not a measurement: expected JSONL rows (Argonne, TensorRT-LLM tables or the generic format of docs/calibration.md) or a vLLM benchmark_latency / benchmark_serving result',
  );
}

/** A file's text: JSONL (one row a line) or one JSON document. */
export function parseMeasurements(text: string, source: string, settings: MeasurementSettings = {}): Measurement[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch {
      doc = undefined;
    }
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
      const d = doc as Row;
      if (detect(d) !== undefined) return [readRow(d, `${source}:1`)];
      return readBenchmarkJson(d, source, settings);
    }
  }
  const out: Measurement[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch (e) {
      throw new MeasurementFormatError(`${source}:${i + 1}`, `invalid JSON (${(e as Error).message})`);
    }
    if (!r || typeof r !== 'object' || Array.isArray(r)) throw new MeasurementFormatError(`${source}:${i + 1}`, 'expected a JSON object');
    out.push(readRow(r as Row, `${source}:${i + 1}`));
  });
  return out;
}

/** The cross-validation group: model × hardware × engine × TP. */
export function groupKey(m: Measurement): string {
  return `${m.resolvedModel?.name ?? m.model}|${m.preset ?? m.hardware}|${m.engineId ?? m.engine}|tp${m.tp}`;
}
