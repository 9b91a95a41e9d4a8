import systems from '../../data/systems.json' with { type: 'json' };
import { GenzError } from './errors.js';

/** Precisions GenZ knows (spec §2). One precision applies to weights, activations, KV and collectives. */
export const PRECISIONS = ['bf16', 'f32', 'fp8', 'int8', 'fp6', 'fp4', 'int4', 'int2'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface PrecisionInfo {
  /** Scales compute time: int8 runs at twice the bf16 rate (0.5). */
  readonly computeMultiplier: number;
  /** Bytes per element of every tensor. */
  readonly bytesPerElement: number;
}

const TABLE: Readonly<Record<string, PrecisionInfo>> = Object.freeze(
  Object.fromEntries(
    Object.entries(systems.precision).map(([bits, p]) => [
      bits,
      Object.freeze({ computeMultiplier: p.compute_multiplier, bytesPerElement: p.bytes_per_element }),
    ]),
  ),
);

export function isPrecision(bits: unknown): bits is Precision {
  return typeof bits === 'string' && Object.prototype.hasOwnProperty.call(TABLE, bits);
}

/** Looks a precision up; any other string is GenZ's KeyError, reported with the valid names. */
export function precisionInfo(bits: string): PrecisionInfo {
  if (!isPrecision(bits)) {
    throw new GenzError('unsupported_bits', 'KeyError', `unsupported precision '${String(bits)}': valid precisions are ${PRECISIONS.join(', ')}`, { bits });
  }
  return TABLE[bits];
}

/** Bytes per element of each tensor class (corrected model, docs/model.md "Precision"). */
export interface TensorBytes {
  readonly weight: number;
  readonly expertWeight: number;
  readonly act: number;
  readonly kv: number;
}

/** Precision of each tensor class. `precision:` alone sets all of them. */
export interface TensorPrecisions {
  readonly weights: Precision;
  readonly expertWeights: Precision;
  readonly activations: Precision;
  readonly kvCache: Precision;
}

export function tensorBytes(p: TensorPrecisions): TensorBytes {
  return Object.freeze({
    weight: precisionInfo(p.weights).bytesPerElement,
    expertWeight: precisionInfo(p.expertWeights).bytesPerElement,
    act: precisionInfo(p.activations).bytesPerElement,
    kv: precisionInfo(p.kvCache).bytesPerElement,
  });
}

/**
 * Dense peak rates a device runs natively, FLOP/s by precision. Hardware that states none is taken to
 * run every precision at GenZ's multiplier of its bf16 rate.
 */
export type NativeRates = Partial<Record<Precision, number>>;

/**
 * The precision matrix products run at (docs/model.md "Precision"): the activations' precision when
 * the hardware has it natively; else bf16 (weights are dequantized on the fly, e.g. fp8 weights as
 * W8A16 on A100). Lower-precision weights under wider activations run at the activations' rate.
 */
export function computePrecision(activations: Precision, native: NativeRates | undefined): { bits: Precision; fallback: boolean } {
  if (native === undefined || native[activations] !== undefined) return { bits: activations, fallback: false };
  for (const p of WIDER[activations]) if (native[p] !== undefined) return { bits: p, fallback: true };
  return { bits: 'bf16', fallback: true };
}

/** Where a precision's products run when the hardware lacks it: the next wider format of its kind, then bf16. */
const WIDER: Readonly<Record<Precision, readonly Precision[]>> = {
  fp4: ['fp6', 'fp8', 'bf16', 'f32'],
  fp6: ['fp8', 'bf16', 'f32'],
  fp8: ['bf16', 'f32'],
  int2: ['int4', 'int8', 'bf16', 'f32'],
  int4: ['int8', 'bf16', 'f32'],
  int8: ['bf16', 'f32'],
  bf16: ['f32'],
  f32: [],
};
