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
    throw new GenzError(
      'unsupported_bits',
      'KeyError',
      `unsupported precision '${String(bits)}': valid precisions are ${PRECISIONS.join(', ')}`,
      { bits },
    );
  }
  return TABLE[bits];
}
