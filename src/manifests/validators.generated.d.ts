// Types of validators.generated.js (written by write-schemas.ts).
import type { ValidateFunction } from 'ajv';

export declare const SCHEMA_HASHES: Record<'manifest' | 'hardware' | 'model' | 'config', string>;
export declare const manifest: ValidateFunction;
export declare const hardware: ValidateFunction;
export declare const model: ValidateFunction;
export declare const config: ValidateFunction;
