/**
 * Exact integer arithmetic where doubles would round (spec §0.3).
 *
 * GenZ multiplies tensor dimensions as signed 64-bit integers (numpy), which wrap modulo 2^64. Below
 * 2^53 a double product is exact and we use it directly (the hot path); above, the product is redone
 * in BigInt, wrapped like int64, and converted once, exactly as numpy converts int64 to float64.
 */
const EXACT_LIMIT = 2 ** 53;

function wide(factors: readonly number[]): number {
  let p = 1n;
  for (const f of factors) p *= BigInt(f);
  return Number(BigInt.asIntN(64, p));
}

export function prod2(a: number, b: number): number {
  const p = a * b;
  return Math.abs(p) <= EXACT_LIMIT ? p : wide([a, b]);
}
export function prod3(a: number, b: number, c: number): number {
  const p = a * b * c;
  return Math.abs(p) <= EXACT_LIMIT ? p : wide([a, b, c]);
}
export function prod4(a: number, b: number, c: number, d: number): number {
  const p = a * b * c * d;
  return Math.abs(p) <= EXACT_LIMIT ? p : wide([a, b, c, d]);
}
export function prod5(a: number, b: number, c: number, d: number, e: number): number {
  const p = a * b * c * d * e;
  return Math.abs(p) <= EXACT_LIMIT ? p : wide([a, b, c, d, e]);
}

/**
 * x^k correctly rounded, for 0 <= x and integer k >= 0, as Python's float power gives it (spec §0.3):
 * x = m·2^e exactly, m^k in BigInt, rounded once to 64 significant bits plus a sticky bit, converted
 * with Number() (round to nearest even), then scaled by a power of two.
 */
export function exactPow(x: number, k: number): number {
  if (k === 0) return 1;
  if (x === 0 || x === 1 || !Number.isFinite(x)) return x ** k;
  // Decompose x = m · 2^e with m an odd-or-53-bit integer.
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    e -= 1;
  }
  let big = BigInt(m) ** BigInt(k);
  let shift = e * k;
  const bits = big.toString(2).length;
  if (bits > 64) {
    const drop = BigInt(bits - 64);
    const kept = big >> drop;
    const sticky = (big & ((1n << drop) - 1n)) !== 0n ? 1n : 0n;
    big = (kept << 1n) | sticky;
    shift += bits - 64 - 1;
  }
  // Scale in steps so that neither factor under- or overflows on the way.
  let r = Number(big);
  while (shift < -1000) {
    r *= 2 ** -1000;
    shift += 1000;
  }
  while (shift > 1000) {
    r *= 2 ** 1000;
    shift -= 1000;
  }
  return r * 2 ** shift;
}
