/**
 * src/hash.ts: the first hashes of a process come from fast-sha256, later ones from node:crypto; both must be
 * the same SHA-256 of the UTF-8 bytes, or baselines would change with the number of scenarios in a run.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCRIPT_HASHES, sha256Hex } from '../src/hash.js';

const reference = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives node:crypto’s digest before and after node:crypto takes over', () => {
    const texts = ['', 'abc', 'é→🙂 \u0000', '\ud800 lone surrogate', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'y'.repeat(100_000)];
    // FIPS 180-2's example digest of "abc".
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const samples = fc.sample(fc.string({ unit: 'binary', maxLength: 300 }), { numRuns: SCRIPT_HASHES * 2, seed: 12 });
    for (const t of [...texts, ...samples, ...texts]) expect(sha256Hex(t)).toBe(reference(t));
  });
});
