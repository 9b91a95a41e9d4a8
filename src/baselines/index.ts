/** Baselines: canonical JSON, baseline files, tolerance rules and the diff/classification/policy. */
export * from './canonical-json.js';
export * from './file.js';
export * from './tolerance.js';
export * from './diff.js';
export { findJsonSyntaxError, lineColumn } from './json-position.js';
export * from './lock.js';
