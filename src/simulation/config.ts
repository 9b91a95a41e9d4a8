/**
 * SimulationConfig: what one scenario asks the simulator for. This is the contract between manifests,
 * the engine and baselines; every field has a documented default (see README "Manifest reference").
 */
import type { ModelRef } from '../core/model.js';
import type { HardwareRef } from '../core/system.js';
import type { ProfileSet } from '../calibration/profile.js';
import type { FeatureName } from './features.js';
import type { ServingInput } from '../serving/config.js';

export interface ParallelismConfig {
  /** Tensor-parallel degree, default 1. */
  tensor?: number;
  /** Pipeline-parallel degree, default 1. */
  pipeline?: number;
  /** Expert-parallel degree, default 1 (MoE models only). */
  expert?: number;
}

export interface WorkloadConfig {
  /** Concurrent sequences, default 1. */
  batch?: number;
  /** Prompt tokens per sequence, default 1024. */
  input_tokens?: number;
  /** Generated tokens per sequence (the first comes from prefill), default 256. */
  output_tokens?: number;
  /** Beam size, default 1 (GenZ's own default of 4 only when asked for). */
  beam?: number;
}

/** Options of one feature; `true`/`null` means "on with defaults", `false` means "off". */
export type FeatureOptions = Record<string, unknown>;
/** A feature as written: its name, or `{name: options}`. */
export type FeatureRequest = FeatureName | string | Record<string, FeatureOptions | boolean | null>;

/** Per-tensor precision; each class left out takes `bits` (weights: the model's stated precision first). */
export interface PrecisionConfig {
  bits?: string;
  weights?: string;
  expert_weights?: string;
  activations?: string;
  kv_cache?: string;
}

export interface SimulationConfig {
  /** Catalog name (case-insensitive, aliases accepted) or GenZ ModelConfig fields. */
  model: ModelRef;
  /** Hardware preset name (case-sensitive) or GenZ System arguments. */
  hardware: HardwareRef;
  /**
   * One of bf16, f32, fp8, int8, fp6, fp4, int4, int2 (fp16 is accepted as bf16) for every tensor, or per
   * tensor class. Default bf16.
   */
  precision?: string | PrecisionConfig;
  /** `corrected` (default): the model as docs/model.md describes it; `genz`: GenZ exactly. */
  fidelity?: 'genz' | 'corrected';
  /** GenZ's system_eff: compute and memory efficiency, 0 < e <= 1, default 1. */
  efficiency?: number;
  parallelism?: ParallelismConfig;
  workload?: WorkloadConfig;
  features?: FeatureRequest[];
  /** Serving engine whose calibration profile applies: vllm, trtllm, sglang or generic (default generic). */
  engine?: string;
  /**
   * Calibration (docs/calibration.md): 'builtin' (the profiles shipped with genz-action), 'none' (the raw
   * roofline), or a profile file the loader has read. Absent: none, so the engine alone is GenZ's model;
   * manifests, the project config and `genz simulate` default to builtin.
   */
  calibration?: CalibrationSetting;
  /** Serving under load (docs/serving.md): a stream of requests through a continuous-batching scheduler. */
  serving?: ServingInput;
}

/** A profile file read by the manifest loader or the CLI: its path (as written) and contents. */
export interface CalibrationFile {
  path: string;
  profiles: ProfileSet;
}
export type CalibrationSetting = 'builtin' | 'none' | CalibrationFile;
