/**
 * The simulation core: a pure TypeScript implementation of the GenZ analytical (roofline) model of LLM
 * inference. No I/O, no global mutable state; inputs are never mutated.
 */
export { GenzError, type GenzErrorKind } from './errors.js';
export { PRECISIONS, type Precision, isPrecision, precisionInfo } from './precision.js';
export {
  type System,
  type SystemSpec,
  type HardwareRef,
  type HardwareDatasheet,
  PRESET_NAMES,
  SYSTEM_SPEC_KEYS,
  buildSystem,
  presetSpec,
  resolveSystem,
  lookupPreset,
  presetDatasheet,
} from './system.js';
export {
  type ModelConfig,
  type ModelSpec,
  type ModelRef,
  MODEL_NAMES,
  MODEL_ALIASES,
  MODEL_SPEC_KEYS,
  buildModel,
  canonicalModelName,
  catalogModelSpec,
  resolveModel,
} from './model.js';
export type { OpRow } from './operators.js';
export {
  type Parallelism,
  type PrefillEntry,
  type DecodeEntry,
  buildPrefillRows,
  buildDecodeRows,
  buildChunkedRows,
  buildPrefillLayerRows,
  buildDecodeLayerRows,
  chunkTokens,
} from './builders.js';
export {
  type EvalContext,
  type OperatorRecord,
  type OperatorTiming,
  type RuntimeBreakdown,
  type SummaryTable,
  BREAKDOWN_FIELDS,
  SUMMARY_FIELDS,
  memoryTotals,
  operatorTable,
  operatorTimings,
  summarize,
} from './evaluate.js';
export { collectiveTimeMs } from './collectives.js';
export {
  type InferenceResult,
  type PrefillArgs,
  type DecodeArgs,
  type DecodeRowsCache,
  type ChunkedArgs,
  type SpecDecodeArgs,
  type DraftSystemConfig,
  type RowTransform,
  type Phase,
  prefill,
  decode,
  chunked,
  specDecode,
  specPrefill,
  type SpecPrefillArgs,
  expectedTokens,
  decodeStepLatencies,
  decodeStepSum,
  specDecodeStepSum,
  decodeStepPieces,
} from './inference.js';
export { exactPow } from './exact.js';
export { type Fidelity, FIDELITIES, resolveTensorPrecisions } from './inference.js';
export { type Architecture, type LayerPlan, kvCacheElements } from './architecture.js';
export { type TensorPrecisions, type NativeRates, computePrecision } from './precision.js';
