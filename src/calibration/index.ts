export {
  type CalibrationParams,
  PARAM_KEYS,
  type RequestFeatures,
  type RequestPrediction,
  ROOFLINE,
  predictRequest,
  requestFeatures,
  passFeatures,
  passLatencyMs,
  kvOvercommit,
} from './model.js';
export { type Measurement, type MeasurementSettings, MeasurementFormatError, parseMeasurements, groupKey } from './measurements.js';
export {
  type Band,
  type Profile,
  type ProfileSet,
  type SelectedProfile,
  PROFILE_SCHEMA,
  parseProfiles,
  profileKey,
  profileSetId,
  selectProfile,
  serializeProfiles,
} from './profile.js';
export { type CalibrationRun, type CvPoint, type Prepared, calibrate, prepare } from './calibrate.js';
export { fitParams, NOMINAL, sampleResiduals, type Sample } from './fit.js';
export { ENGINES, type Engine, engineId, hardwarePreset, isNvidia } from './names.js';
export { BUILTIN_MEASUREMENTS, BUILTIN_PROFILE_PATH, builtinProfiles } from './builtin.js';
export { type AccuracyReport, accuracy } from './accuracy.js';
export { type CalibratedFigures, type PassTables, BANDED_METRICS, calibratedFigures, calibratedStepsMs, metricBands } from './apply.js';
