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

/** What a parallel layout is checked against (layoutFacts() reads them from a ModelConfig). */
export interface LayoutFacts {
  /** The model as the user named it (catalog name, file path). */
  label: string;
  heads: number;
  kvHeads: number;
  /** 1 for a dense model. */
  experts: number;
  layers: number;
  /** Whether any layer has attention (a pure Mamba model shards no heads). */
  hasAttention: boolean;
}

export interface LayoutProblem {
  field: 'parallelism.tensor' | 'parallelism.expert' | 'parallelism.pipeline';
  message: string;
}

const list = (xs: readonly number[]): string => xs.join(', ');

function divisorsOf(n: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= n; d++) if (n % d === 0) out.push(d);
  return out;
}

/** Attention shards over tensor × expert devices: the heads must split evenly, query heads a multiple of KV heads. */
function headsSplit(m: LayoutFacts, tpa: number): boolean {
  return m.heads % tpa === 0 && Math.ceil(m.heads / tpa) % Math.ceil(m.kvHeads / tpa) === 0;
}

/**
 * The parallel layout's problems in the user's words, each with the field at fault and the degrees that would
 * work (docs/model.md "Parallelism"): expert parallelism must divide the experts (and needs a mixture-of-experts
 * model), tensor × expert parallelism must split the attention heads evenly with query heads a multiple of KV
 * heads per device, and every pipeline stage needs a layer. Manifests and `genz simulate` both check with it.
 */
export function parallelLayoutProblems(m: LayoutFacts, par: { tensor: number; pipeline: number; expert: number }): LayoutProblem[] {
  const out: LayoutProblem[] = [];
  const { tensor: tp, pipeline: pp, expert: ep } = par;
  let expertsOk = true;
  if (ep > 1 && m.experts <= 1) {
    out.push({
      field: 'parallelism.expert',
      message: `expert parallelism ${ep} needs a mixture-of-experts model; ${m.label} is dense (use expert parallelism 1)`,
    });
    expertsOk = false;
  } else if (ep > 1 && m.experts % ep !== 0) {
    out.push({
      field: 'parallelism.expert',
      message: `expert parallelism ${ep} does not divide the ${m.experts} experts of ${m.label}; valid degrees: ${list(divisorsOf(m.experts))}`,
    });
    expertsOk = false;
  }
  const tpa = tp * ep;
  if (expertsOk && m.hasAttention && tpa > 1 && !headsSplit(m, tpa)) {
    const field = tp > 1 || ep === 1 ? 'parallelism.tensor' : 'parallelism.expert';
    const what = ep > 1 ? `tensor × expert parallelism ${tp} × ${ep} = ${tpa}` : `tensor parallelism ${tp}`;
    const valid: number[] = [];
    for (let d = 1; d * ep <= m.heads; d++) if (headsSplit(m, d * ep)) valid.push(d);
    const hint =
      valid.length === 0
        ? `no tensor parallel degree works with expert parallelism ${ep}`
        : `valid tensor parallel degrees${ep > 1 ? ` with expert parallelism ${ep}` : ''}: ${list(valid)}`;
    const message =
      m.heads % tpa !== 0
        ? `${what} does not divide the ${m.heads} attention heads / ${m.kvHeads} KV heads of ${m.label}; ${hint}`
        : `${what} leaves ${Math.ceil(m.heads / tpa)} attention heads and ${Math.ceil(m.kvHeads / tpa)} KV heads per device for ${m.label} ` +
          `(${m.heads} / ${m.kvHeads} in all): the attention heads per device must be a multiple of the KV heads; ${hint}`;
    out.push({ field, message });
  }
  if (pp > m.layers) {
    out.push({
      field: 'parallelism.pipeline',
      message: `pipeline parallelism ${pp} exceeds the ${m.layers} layers of ${m.label}: every stage needs at least one layer; valid degrees: 1 to ${m.layers} (${list(divisorsOf(m.layers))} split the layers evenly)`,
    });
  }
  return out;
}

/** The layout facts of a model (ModelConfig fields; structural, so this file imports nothing). */
export function layoutFacts(
  label: string,
  model: { numHeads: number; numKvHeads: number; numExperts: number; numLayers: number; layerTypes: readonly (readonly [string, string])[] },
): LayoutFacts {
  return {
    label,
    heads: model.numHeads,
    kvHeads: model.numKvHeads,
    experts: model.numExperts,
    layers: model.numLayers,
    hasAttention: model.layerTypes.some(([mixer]) => mixer === 'MHA-global'),
  };
}
