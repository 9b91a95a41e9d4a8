/** Scenario manifests, model/hardware files and the project config. */
export {
  loadScenarios,
  loadScenarioFile,
  discoverManifests,
  SCENARIO_DEFAULTS,
  SCENARIO_FILE_ID,
  scenarioBoundIssues,
  simulationBoundIssues,
} from './load.js';
export { loadProjectConfig, CONFIG_FILE_NAMES, PROJECT_DEFAULTS, type LoadProjectConfigOptions } from './project-config.js';
export { ProjectConfigError } from './errors.js';
export { hfConfigToSpec, HF_FAMILIES, HF_MODEL_TYPES } from './hf-config.js';
export { hardwareToSystemSpec, type HardwareFile } from './resolve.js';
export { slug as matrixIdFragment, expandMatrix } from './matrix.js';
export {
  buildManifestSchema,
  buildHardwareSchema,
  buildModelSchema,
  buildConfigSchema,
  SCHEMA_FILES,
  SCHEMA_IDS,
  ID_PATTERN,
  MANIFEST_PRECISIONS,
} from './schema-defs.js';
export * from './types.js';
