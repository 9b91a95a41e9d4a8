/**
 * Errors raised by the simulation core.
 *
 * `kind` is a stable, machine-readable label (the same labels the reference cases use in
 * `error_kind`), `genzType` is the Python exception class GenZ raises for the same condition, so
 * reports can say "GenZ would raise ValueError here" and the parity harness can compare classes.
 */
export type GenzErrorKind =
  | 'does_not_fit'
  | 'draft_does_not_fit'
  | 'unknown_model'
  | 'unknown_system'
  | 'invalid_system_type'
  | 'invalid_system'
  | 'invalid_model'
  | 'heads_not_divisible'
  | 'experts_not_divisible'
  | 'invalid_parallelism'
  | 'zero_tensor_parallel'
  | 'zero_pipeline_parallel'
  | 'unsupported_bits'
  | 'hybrid_unsupported'
  | 'missing_draft_system_config'
  | 'spec_parallel_tokens'
  | 'spec_acceptance_rate'
  | 'pipeline_empty_stage'
  | 'unsupported_setting'
  | 'invalid_input';

export class GenzError extends Error {
  readonly kind: GenzErrorKind;
  readonly genzType: string;
  /** Extra structured facts (e.g. memory figures for does_not_fit). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(kind: GenzErrorKind, genzType: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'GenzError';
    this.kind = kind;
    this.genzType = genzType;
    this.details = details;
  }
}

/**
 * Python's `repr` of a float, as GenZ's messages print numbers (40.0, not 40; 1e-05, not 1e-5).
 * Only used to build human-readable messages, never for results.
 */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return `${x}.0`;
  const s = String(x);
  // JS writes 1e-7 / 1e+21; Python writes 1e-07 / 1e+21.
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}
