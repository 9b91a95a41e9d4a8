export type { SimulationConfig, FeatureRequest, FeatureOptions, ParallelismConfig, WorkloadConfig } from './config.js';
export { FEATURES, FEATURE_NAMES, FEATURE_BY_NAME, LORA_TARGETS, type FeatureDefinition, type FeatureName } from './features.js';
export { ConfigError, type ConfigIssue, type NormalizedConfig, type SimulationMode, nearestNames, normalizeConfig } from './normalize.js';
export { simulate, simulateNormalized, type SimulateOptions } from './engine.js';
export { RESULT_SCHEMA, type SimulationResult, type PhaseResult, type FeatureMetrics, parseResult, serializeResult } from './result.js';
export { SIMULATOR_VERSION } from './version.js';
