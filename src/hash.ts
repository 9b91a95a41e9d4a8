/**
 * SHA-256 as hex, for the fingerprints of baselines (src/baselines/canonical-json.ts) and the identity of a
 * calibration profile set (src/calibration/profile.ts).
 *
 * Loading node:crypto costs a start 5–10 ms (a dozen of Node's internal modules), more than a small run spends
 * hashing: the first hashes of a process use fast-sha256 (plain JavaScript, the same digest), and node:crypto is
 * loaded only once a run has hashed enough for it to pay off (a sweep of many scenarios).
 */
import { createRequire } from 'node:module';
import sha256 from 'fast-sha256';

/** Hashes computed with fast-sha256 before node:crypto takes over. */
export const SCRIPT_HASHES = 64;

let scriptHashes = 0;
let native: ((text: string) => string) | undefined;

const encoder = new TextEncoder();

function hex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return out;
}

function nativeHasher(): (text: string) => string {
  const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  // One-shot hashing (Node >= 20.12, 21.7) avoids a Hash object per call; older Node 20 releases fall back.
  const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
  return typeof oneShot === 'function' ? (t) => oneShot('sha256', t, 'hex') : (t) => crypto.createHash('sha256').update(t, 'utf8').digest('hex');
}

/** sha256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  if (native) return native(text);
  if (scriptHashes < SCRIPT_HASHES) {
    scriptHashes++;
    return hex(sha256.hash(encoder.encode(text)));
  }
  native = nativeHasher();
  return native(text);
}
