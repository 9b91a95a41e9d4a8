/** src/hash.ts: SHA-256 of the UTF-8 bytes, as the baselines' fingerprints and the calibration set id use it. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/hash.js';

describe('sha256Hex', () => {
  it('is the SHA-256 of the UTF-8 bytes, in lowercase hex', () => {
    // FIPS 180-2's example digest of "abc".
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const t of ['', 'é→🙂 \u0000', '\ud800 lone surrogate', 'x'.repeat(100_000)]) {
      expect(sha256Hex(t)).toBe(createHash('sha256').update(Buffer.from(t, 'utf8')).digest('hex'));
    }
  });
});
