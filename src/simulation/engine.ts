/**
 * The engine: SimulationConfig in, SimulationResult out. It runs the core's passes a scenario needs
 * (prefill for TTFT, every decode step for TPOT, a chunk, speculative steps) and derives the metrics.
 */
import { GenzError } from '../core/errors.js';
import {
  type CommonArgs,
  type InferenceResult,
  type RowTransform,
  type DecodeRowsCache,
  chunked,
  decode,
  decodeStepSum,
  prefill,
  specDecode,
  specDecodeStepSum,
  expectedTokens,
  nativeRates,
  presetSystem,
} from '../core/inference.js';
import { type ModelSpec, resolveModel } from '../core/model.js';
import type { OpRow } from '../core/operators.js';
import { kvCacheElements } from '../core/architecture.js';
import { type Precision, computePrecision, precisionInfo } from '../core/precision.js';
import type { SystemSpec } from '../core/system.js';
import { computeMetrics, type PassFigures } from '../metrics/compute.js';
import type { SimulationConfig } from './config.js';
import { ConfigError, type NormalizedConfig, calibrationProfiles, normalizeConfig } from './normalize.js';
import {
  type CalibrationResult,
  type FeatureMetrics,
  type ModelFigures,
  type PhaseResult,
  RESULT_SCHEMA,
  type ServingSummary,
  type SimulationResult,
} from './result.js';
import { calibratedChunkMs, calibratedFigures, metricBands } from '../calibration/apply.js';
import { peakScale } from '../calibration/model.js';
import { type ProfileSet, selectProfile } from '../calibration/profile.js';
import { composeTransforms, loraTransform, unfusedAttentionTransform } from './transforms.js';
import { SIMULATOR_VERSION } from './version.js';
import { ServingInputError, type ServingResult, simulateServing } from '../serving/run.js';
import { SimulationLimitError } from '../serving/scheduler.js';
import { type IterationCalibration, servingBands } from '../serving/calibrated.js';
import type { Metrics } from '../metrics/definitions.js';

export interface SimulateOptions {
  /** Include each pass's per-operator table (costly for reports; off by default). */
  operators?: boolean;
  /**
   * The calibration profile set the configuration names (simulate() passes it). Without it, a normalised
   * configuration that recorded the built-in profiles uses them; one that recorded a profile file runs raw.
   */
  profiles?: ProfileSet;
}

/** Core errors that are the scenario's own fault (bad input, exit 2), with the field that causes them. */
const INPUT_ERROR_FIELDS: Record<string, string> = {
  heads_not_divisible: 'parallelism.tensor',
  experts_not_divisible: 'parallelism.expert',
  invalid_parallelism: 'parallelism',
  zero_tensor_parallel: 'parallelism.tensor',
  zero_pipeline_parallel: 'parallelism.pipeline',
  unsupported_bits: 'precision',
  unknown_model: 'model',
  unknown_system: 'hardware',
  invalid_system_type: 'hardware',
  invalid_system: 'hardware',
  invalid_model: 'model',
  unsupported_setting: 'hardware',
  spec_parallel_tokens: 'features.speculative_decode.parallel_tokens',
  spec_acceptance_rate: 'features.speculative_decode.acceptance_rate',
  invalid_input: 'workload',
  hybrid_unsupported: 'fidelity',
  pipeline_empty_stage: 'parallelism.pipeline',
};

const gb = (mb: number | undefined): string => ((mb ?? NaN) / 1024).toFixed(2);

/**
 * A core error in the scenario's own terms: the model and hardware as named, the field at fault, what to
 * change. The core's messages speak GenZ's variables (H, Hkv, Ld); these speak the manifest's.
 */
export function userMessage(e: GenzError, n: NormalizedConfig): string {
  const model = n.model.name;
  const { tensor: tp, pipeline: pp, expert: ep } = n.parallelism;
  const d = e.details as { requiredMb?: number; deviceMemoryMb?: number; weightsMb?: number; kvCacheMb?: number };
  switch (e.kind) {
    case 'does_not_fit':
    case 'draft_does_not_fit': {
      const draft = e.kind === 'draft_does_not_fit';
      const spec = n.features.speculative_decode;
      const what = draft ? `the draft model ${spec?.draft_model.name ?? ''}` : model;
      const where = draft ? (spec?.draft_hardware?.name ?? n.hardware.name) : n.hardware.name;
      const dtp = draft ? (spec?.draft_tensor_parallel ?? tp) : tp;
      const dpp = draft ? (spec?.draft_pipeline_parallel ?? pp) : pp;
      const times = d.requiredMb !== undefined && d.deviceMemoryMb ? Math.ceil(d.requiredMb / d.deviceMemoryMb) : null;
      const more = times !== null && times > 1 ? `at least ${times}× the devices` : 'more devices';
      const hint = draft
        ? `give the draft ${more} (features.speculative_decode draft_tensor_parallel or draft_pipeline_parallel), a larger draft_hardware or a smaller draft model`
        : `spread it over ${more} (parallelism.tensor or parallelism.pipeline), use a smaller precision, or turn on the memory_offload feature`;
      const perDevice = (mb: number | undefined): string => gb(mb === undefined ? undefined : mb / dpp);
      return (
        `does not fit in memory: needs ${gb(d.requiredMb)} GB per device, the device has ${gb(d.deviceMemoryMb)} GB ` +
        `(${what} on ${where} at ${n.precision}, tensor ${dtp} × pipeline ${dpp}: weights ${perDevice(d.weightsMb)} GB + KV cache ${perDevice(d.kvCacheMb)} GB per device); ${hint}`
      );
    }
    case 'hybrid_unsupported':
      return `fidelity genz cannot simulate ${model}: it mixes layer types (e.g. attention and Mamba), and GenZ models only uniform layers; use fidelity corrected`;
    case 'pipeline_empty_stage':
      return `pipeline parallelism ${pp} leaves a pipeline stage of ${model} without layers; choose a degree that divides the layers more evenly`;
    case 'heads_not_divisible':
      return `tensor × expert parallelism ${tp} × ${ep} does not split the attention heads of ${model} evenly (${e.message})`;
    case 'experts_not_divisible':
      return `expert parallelism ${ep} does not divide the experts of ${model}`;
    default:
      return e.message;
  }
}

function coreArgs(n: NormalizedConfig, transformRows: RowTransform | undefined): CommonArgs {
  return {
    // Catalog models go by name (resolved once per process); inline ones by their fields.
    model: n.model.source === 'catalog' ? n.model.name : (n.model.spec as ModelSpec),
    system_name: n.hardware.source === 'preset' ? n.hardware.name : (n.hardware.spec as SystemSpec),
    bits: n.precision,
    system_eff: n.efficiency,
    tensor_parallel: n.parallelism.tensor,
    pipeline_parallel: n.parallelism.pipeline,
    expert_parallel: n.parallelism.expert,
    model_offload: n.features.memory_offload,
    transformRows,
    fidelity: n.fidelity,
    tensors:
      n.tensor_precision === null
        ? undefined
        : {
            weights: n.tensor_precision.weights as never,
            expertWeights: n.tensor_precision.expert_weights as never,
            activations: n.tensor_precision.activations as never,
            kvCache: n.tensor_precision.kv_cache as never,
          },
  };
}

/** Parameter counts, weight bytes and KV bytes of the scenario's model, from its architecture alone. */
export function modelFigures(n: NormalizedConfig): ModelFigures {
  const m = resolveModel(n.model.source === 'catalog' ? n.model.name : (n.model.spec as ModelSpec));
  const a = m.arch;
  const t = n.tensor_precision;
  const bytes = (p: string): number => precisionInfo(p).bytesPerElement;
  const context = n.workload.input_tokens + n.workload.output_tokens;
  const sequences = n.workload.batch * n.workload.beam;
  let expertParams = 0;
  // Indexed: `for … of` over the frozen plans allocates its iterator results in V8 11.
  for (let i = 0; i < a.layers.length; i++) if (a.layers[i].ffn === 'moe') expertParams += m.numExperts * (m.numFfi + 1) * m.hiddenSize * a.expertWidth;
  const wBytes = t ? bytes(t.weights) : bytes(n.precision);
  const eBytes = t ? bytes(t.expert_weights) : bytes(n.precision);
  return {
    total_params: a.params.total,
    active_params: a.params.active,
    kv_cache_bytes: sequences * kvCacheElements(m, a, context) * (t ? bytes(t.kv_cache) : bytes(n.precision)),
    kv_cache_context: context,
    kv_cache_sequences: sequences,
    weight_bytes: (a.params.total - expertParams) * wBytes + expertParams * eBytes,
  };
}

function phase(r: InferenceResult, withOperators: boolean): PhaseResult {
  const p: PhaseResult = {
    latency_ms: r.latencyMs,
    throughput_tps: r.throughput,
    runtime_breakdown: r.breakdown,
    summary: r.summary,
    is_offload: r.isOffload,
  };
  if (withOperators) p.operators = r.operators();
  return p;
}

function passFigures(r: InferenceResult, pp: number): PassFigures {
  return {
    // What the fit check counted, so weights + KV is the memory compared with the device (for speculative
    // decoding both models when they share it; GenZ's summary table there sums the draft-step and verify
    // tables, which is not what was compared).
    weightsMb: r.fitWeightsMb / pp,
    kvCacheMb: r.fitKvCacheMb / pp,
    requiredMb: r.memoryRequiredMb,
    deviceMb: r.deviceMemoryMb,
    isOffload: r.isOffload,
  };
}

function featureMetrics(n: NormalizedConfig, offloaded: boolean, tokensPerStep: number | null): FeatureMetrics {
  const { lora, speculative_decode: spec } = n.features;
  return {
    tensor_parallel: { degree: n.parallelism.tensor, enabled: n.parallelism.tensor > 1 },
    pipeline_parallel: { degree: n.parallelism.pipeline, enabled: n.parallelism.pipeline > 1 },
    expert_parallel: { degree: n.parallelism.expert, enabled: n.parallelism.expert > 1 },
    lora: { enabled: lora !== null, rank: lora?.rank ?? null, strategy: lora?.strategy ?? null, targets: lora?.targets ?? [] },
    flash_attention: { enabled: n.features.flash_attention.enabled },
    memory_offload: { enabled: n.features.memory_offload, offloaded },
    speculative_decode: {
      enabled: spec !== null,
      acceptance_rate: spec?.acceptance_rate ?? null,
      draft_model: spec?.draft_model.name ?? null,
      tokens_per_step: tokensPerStep,
      parallel_tokens: spec?.parallel_tokens ?? null,
    },
  };
}

/**
 * Simulates one scenario. Throws ConfigError for bad input (naming the fields); a scenario that cannot
 * run (e.g. it does not fit without memory_offload) is a result with status 'error' that says how much
 * memory one device needs and has.
 */
export function simulate(config: SimulationConfig, options: SimulateOptions = {}): SimulationResult {
  return simulateNormalized(normalizeConfig(config), Object.assign({}, options, { profiles: calibrationProfiles(config.calibration) }));
}

/**
 * Simulates an already normalised configuration, e.g. the resolved inputs a baseline entry recorded (with
 * `notes: []`), to recompute what the baseline run did operator by operator.
 */
export function simulateNormalized(n: NormalizedConfig, options: SimulateOptions = {}): SimulationResult {
  const transforms: RowTransform[] = [];
  if (n.features.lora) transforms.push(loraTransform(n.features.lora));
  const loraExpertsSkipped =
    n.features.lora?.include_experts === true && n.fidelity === 'corrected' && n.model.spec.num_experts !== undefined && Number(n.model.spec.num_experts) > 1;
  if (!n.features.flash_attention.enabled) transforms.push(unfusedAttentionTransform);
  const args = coreArgs(n, composeTransforms(transforms));
  const { batch, input_tokens: i, output_tokens: o, beam } = n.workload;
  const pp = n.parallelism.pipeline;
  const ops = options.operators === true;
  // The decode rows by context, shared by the closed-form decode sum and the calibration's pieces of this
  // scenario (both build them at a few T, several the same; rows are never mutated once built).
  const decodeRows = new Map<number, OpRow[]>();
  const rowsCache: DecodeRowsCache = { get: (T) => decodeRows.get(T), set: (T, rows) => decodeRows.set(T, rows) };
  const phases: SimulationResult['phases'] = {};
  let tokensPerStep: number | null = null;
  let figures: ModelFigures;
  try {
    figures = modelFigures(n);
  } catch (e) {
    if (e instanceof GenzError && INPUT_ERROR_FIELDS[e.kind]) throw new ConfigError([{ field: INPUT_ERROR_FIELDS[e.kind], message: userMessage(e, n) }]);
    throw e;
  }
  const base = {
    schema: RESULT_SCHEMA,
    simulator: SIMULATOR_VERSION,
    mode: n.mode,
    config: n,
    model_figures: figures,
    notes: [...n.notes] as string[],
  } as const;
  if (n.tensor_precision !== null) {
    // Say when the activations' precision is not native on this hardware (docs/model.md "Precision").
    const probe = presetSystem(n.hardware.source === 'preset' ? n.hardware.name : (n.hardware.spec as SystemSpec), 'bf16', 1);
    const acts = n.tensor_precision.activations as Precision;
    const cp = computePrecision(acts, nativeRates(probe));
    if (cp.fallback)
      base.notes.push(`${n.hardware.name} has no native ${acts} compute: matrix products run at its ${cp.bits} rate (weights and cache keep their precision)`);
  }
  if (loraExpertsSkipped)
    base.notes.push('lora include_experts: adapters on routed experts are not simulated by the corrected model (fidelity genz simulates them)');

  try {
    let prefillPass: InferenceResult | undefined;
    let peakPass: InferenceResult | undefined;
    let chunkPass: InferenceResult | undefined;
    // Sum and count of the decode steps' latencies (ms per generated token): TPOT is their mean.
    let stepSum = 0;
    let stepCount = 0;
    const spec = n.features.speculative_decode;

    if (n.mode === 'full' || n.mode === 'prefill') {
      prefillPass = prefill(Object.assign({}, args, { batch_size: batch, input_tokens: i }));
      phases.prefill = phase(prefillPass, ops);
    }
    if ((n.mode === 'full' || n.mode === 'decode') && spec) {
      const specArgs = {
        ...args,
        draft_model: spec.draft_model.source === 'catalog' ? spec.draft_model.name : spec.draft_model.spec,
        batch_size: batch,
        input_tokens: i,
        token_acceptance_rate: spec.acceptance_rate,
        num_parallel_tokens: spec.parallel_tokens,
        draft_system_config: spec.draft_hardware
          ? { system: spec.draft_hardware.spec, tp: spec.draft_tensor_parallel ?? undefined, pp: spec.draft_pipeline_parallel ?? undefined }
          : {},
      };
      tokensPerStep = expectedTokens(spec.parallel_tokens, spec.acceptance_rate);
      // A speculative step yields tokensPerStep tokens; per generated token it costs step / tokensPerStep.
      // Σ over the steps T = 1 … o − 1 in closed form where they fit in memory (specDecodeStepSum).
      stepSum = specDecodeStepSum(specArgs, o - 1) / tokensPerStep;
      stepCount = Math.max(o - 1, 0);
      peakPass = specDecode(Object.assign({}, specArgs, { output_tokens: o }));
      phases.speculative = phase(peakPass, ops);
      base.notes.push(`speculative decoding: ${tokensPerStep} tokens accepted per step on average; TPOT is the step latency divided by that`);
    } else if (n.mode === 'full' || n.mode === 'decode') {
      const decodeArgs = Object.assign({}, args, { batch_size: batch, input_tokens: i, Bb: beam });
      peakPass = decode(Object.assign({}, decodeArgs, { output_tokens: o }), rowsCache);
      phases.decode = phase(peakPass, ops);
      stepSum = decodeStepSum(decodeArgs, o - 1, rowsCache);
      stepCount = Math.max(o - 1, 0);
    }
    if (n.mode === 'chunked') {
      const c = n.features.chunked!;
      chunkPass = chunked(Object.assign({}, args, { prefill_kv_sizes: c.prefill_kv_sizes, decode_kv_sizes: c.decode_kv_sizes }));
      phases.chunked = phase(chunkPass, ops);
    }
    if (pp > 1)
      base.notes.push(
        `pipeline parallelism ${pp}: latencies are one micro-batch of ${Math.max(Math.floor(batch / pp), 1)} sequence(s) through all stages (GenZ models no pipeline schedule)`,
      );

    const memoryPass = peakPass ?? chunkPass ?? prefillPass!;
    const rawInputs = {
      mode: n.mode,
      batch,
      inputTokens: i,
      outputTokens: o,
      ttftMs: prefillPass?.latencyMs ?? null,
      decodeSteps: peakPass ? { sumMs: stepSum, count: stepCount } : null,
      peakStepMs: peakPass ? (spec ? peakPass.latencyMs / tokensPerStep! : peakPass.latencyMs) : null,
      chunk: chunkPass ? { latencyMs: chunkPass.latencyMs, throughput: chunkPass.throughput } : null,
      memory: passFigures(memoryPass, pp),
    } as const;
    const roofline = computeMetrics(rawInputs);
    const offloaded = Object.values(phases).some((p) => p?.is_offload);
    const done = okResult(base, phases, featureMetrics(n, offloaded, tokensPerStep));
    const set = options.profiles ?? (n.calibration.source === 'builtin' ? calibrationProfiles('builtin') : undefined);
    if (!n.calibration.applied || set === undefined) {
      if (n.serving) {
        // Raw roofline (calibration: none): the iterations are the core's chunked passes as they are.
        const served = runServing(args, n, null);
        return { ...done, metrics: { ...roofline, ...servingMetrics(served) }, serving: servingSummary(served), calibration: null };
      }
      done.metrics = roofline;
      done.calibration = null;
      return done;
    }
    // Calibrated mode: re-time the operator tables of the passes above (docs/calibration.md).
    const sel = selectProfile(set, n.hardware.source === 'preset' ? n.hardware.name : null, n.engine, n.precision);
    const decodeArgs = Object.assign({}, args, { batch_size: batch, input_tokens: i, Bb: beam });
    const nSteps = o - 1;
    const withDecode = n.mode === 'full' || n.mode === 'decode';
    const fig = calibratedFigures(
      {
        prefill: prefillPass?.timings(),
        decodeArgs: withDecode ? decodeArgs : undefined,
        // The plain decode's peak step is the engine's peak pass (a speculative run's peak pass is another table).
        peakTable: withDecode && !spec && peakPass ? peakPass.timings() : undefined,
        decodeRows: rowsCache,
        fidelity: n.fidelity,
        steps: nSteps,
        layers: memoryPass.model.numLayers,
        batch,
        beam,
        weightsMb: memoryPass.fitWeightsMb / pp,
        kvMb: memoryPass.fitKvCacheMb / pp,
        deviceMb: memoryPass.isOffload ? Infinity : memoryPass.deviceMemoryMb,
        scale: peakScale(memoryPass.system, n.precision, memoryPass.isOffload),
      },
      sel.params,
    );
    const decodeSteps = fig.decodeSteps;
    let chunk = rawInputs.chunk;
    if (chunkPass) {
      const c = n.features.chunked!;
      const ms = calibratedChunkMs(
        chunkPass.timings(),
        chunkPass.model.numLayers,
        c.prefill_kv_sizes.length + c.decode_kv_sizes.length,
        peakScale(chunkPass.system, n.precision, chunkPass.isOffload),
        n.fidelity,
        sel.params,
      );
      chunk = { latencyMs: ms, throughput: (chunkPass.throughput * chunkPass.latencyMs) / ms };
    }
    const metrics = computeMetrics(Object.assign({}, rawInputs, { ttftMs: fig.ttftMs, decodeSteps, peakStepMs: fig.peakStepMs, chunk }));
    if (fig.kvOvercommit > 1)
      base.notes.push(
        `calibration: the batch's KV cache needs ${fig.kvOvercommit.toFixed(2)}× the memory the engine has for it; decode runs the sequences in turns`,
      );
    const bands = metricBands(sel, set.generic.bands);
    const calibration: CalibrationResult = {
      source: n.calibration.source,
      id: n.calibration.id!,
      profile: sel.key,
      fallback: sel.fallback,
      bands: bands as CalibrationResult['bands'],
      kv_overcommit: fig.kvOvercommit,
    };
    if (n.serving) {
      // Calibrated serving (docs/serving.md "Calibration"): every iteration timed by the profile's model.
      const served = runServing(args, n, { params: sel.params, precision: n.precision });
      return {
        ...done,
        notes: base.notes,
        metrics: { ...metrics, ...servingMetrics(served) },
        roofline_metrics: roofline,
        serving: servingSummary(served),
        calibration: { ...calibration, bands: { ...bands, ...servingBands(bands) } as CalibrationResult['bands'] },
      };
    }
    done.metrics = metrics;
    done.roofline_metrics = roofline;
    done.calibration = calibration;
    return done;
  } catch (e) {
    if (!(e instanceof GenzError)) throw e;
    let field = INPUT_ERROR_FIELDS[e.kind];
    const detail = e.details.field;
    // The core names the chunk entry at fault; say where it is in the scenario.
    if (typeof detail === 'string' && /^(prefill|decode)_kv_sizes/.test(detail)) field = `features.chunked.${detail}`;
    if (field) throw new ConfigError([{ field, message: userMessage(e, n) }]);
    const d = e.details as { requiredMb?: number; deviceMemoryMb?: number };
    const fit = e.kind === 'does_not_fit' || e.kind === 'draft_does_not_fit';
    const message = userMessage(e, n);
    return {
      ...base,
      status: 'error',
      error: {
        kind: e.kind,
        message,
        required_memory_gb: fit && d.requiredMb !== undefined ? d.requiredMb / 1024 : null,
        device_memory_gb: fit && d.deviceMemoryMb !== undefined ? d.deviceMemoryMb / 1024 : null,
      },
      phases,
      metrics: null,
      feature_metrics: featureMetrics(n, false, tokensPerStep),
    };
  }
}

/**
 * A result that ran, its properties in the order every result has them (schema … feature_metrics; the caller
 * adds metrics, then roofline_metrics and calibration). Built property by property, not by spreading `base`:
 * the copy through a spread was the engine's largest allocation that outlived the scavenger (docs/performance.md).
 */
function okResult(
  base: Pick<SimulationResult, 'schema' | 'simulator' | 'mode' | 'config' | 'model_figures' | 'notes'>,
  phases: SimulationResult['phases'],
  feature_metrics: FeatureMetrics,
): SimulationResult {
  return {
    schema: base.schema,
    simulator: base.simulator,
    mode: base.mode,
    config: base.config,
    model_figures: base.model_figures,
    notes: base.notes,
    status: 'ok',
    error: null,
    phases,
    feature_metrics,
    metrics: null,
  };
}

/** Runs a scenario's serving block (docs/serving.md); its input problems are the scenario's (exit 2). */
function runServing(args: CommonArgs, n: NormalizedConfig, calibration: IterationCalibration | null): ServingResult {
  try {
    return simulateServing(args, n.serving!, calibration);
  } catch (e) {
    if (e instanceof ServingInputError) throw new ConfigError([{ field: e.field, message: e.message }]);
    if (e instanceof SimulationLimitError) throw new ConfigError([{ field: 'serving', message: e.message }]);
    throw e;
  }
}

function servingMetrics(r: ServingResult): Partial<Metrics> {
  const s = r.stats;
  return {
    ttft_mean_ms: s.ttft.mean,
    ttft_p50_ms: s.ttft.p50,
    ttft_p90_ms: s.ttft.p90,
    ttft_p99_ms: s.ttft.p99,
    tpot_mean_ms: s.tpot.mean,
    tpot_p50_ms: s.tpot.p50,
    tpot_p90_ms: s.tpot.p90,
    tpot_p99_ms: s.tpot.p99,
    itl_mean_ms: s.itl.mean,
    itl_p50_ms: s.itl.p50,
    itl_p90_ms: s.itl.p90,
    itl_p99_ms: s.itl.p99,
    e2e_mean_ms: s.e2e.mean,
    e2e_p50_ms: s.e2e.p50,
    e2e_p90_ms: s.e2e.p90,
    e2e_p99_ms: s.e2e.p99,
    request_throughput_rps: s.requestThroughput,
    output_throughput_tps: s.outputThroughput,
    goodput_rps: s.goodput,
    kv_utilization: s.kvUtilization,
    preemptions: s.preemptions,
    max_rate_qps: r.maxRateQps,
  };
}

function servingSummary(r: ServingResult): ServingSummary {
  return {
    requests: r.stats.requests,
    iterations: r.stats.iterations,
    duration_s: r.stats.makespanMs / 1000,
    kv_blocks: r.kv.blocks,
    kv_tokens: r.kv.tokens,
    kv_cache_gb: r.kv.kvCacheGb,
    reserve_gb: r.kv.reserveGb,
    load_curve: r.curve.map((c) => ({ rate_qps: c.rateQps, ttft_p99_ms: c.ttftP99Ms, tpot_p99_ms: c.tpotP99Ms, slo_holds: c.holds })),
  };
}
