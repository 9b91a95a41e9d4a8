/**
 * SHA-256 as hex, for the fingerprints of baselines (src/baselines/canonical-json.ts) and the identity of a
 * calibration profile set (src/calibration/profile.ts). node:crypto (a dozen of Node's internal modules, 5–10 ms)
 * is loaded on the first hash, not when the bundle starts.
 *
 * (A plain-JavaScript SHA-256 for the first hashes, to leave node:crypto out of a start, was measured: hashing the
 * calibration profile set in the still-unoptimised interpreter cost more than loading node:crypto.)
 */
import { createRequire } from 'node:module';

let hasher: ((text: string) => string) | undefined;

/** sha256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  if (!hasher) {
    const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    // One-shot hashing (Node >= 20.12, 21.7) avoids a Hash object per call; older Node 20 releases fall back.
    const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
    hasher = typeof oneShot === 'function' ? (t) => oneShot('sha256', t, 'hex') : (t) => crypto.createHash('sha256').update(t, 'utf8').digest('hex');
  }
  return hasher(text);
}
