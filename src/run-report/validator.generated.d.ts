// Types of validator.generated.js (written by src/manifests/write-schemas.ts).
import type { ValidateFunction } from 'ajv';

export declare const SCHEMA_HASHES: Record<'runReport', string>;
export declare const runReport: ValidateFunction;
