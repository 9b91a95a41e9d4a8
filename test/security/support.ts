/** Small temporary repositories for the hardening tests (test/security) and the fuzz harness. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { testTempDir } from '../support/temp.js';

export const FAST_MANIFEST = `version: 1
defaults:
  model: meta-llama/Llama-3.1-8B
  hardware: A100_40GB_GPU
  workload: { batch: 1, input_tokens: 128, output_tokens: 8 }
scenarios:
  - id: chat
    description: a short turn
`;

/** A repository folder `<tmp>/repo` with the given files (path → text); removed after the test. */
export function makeRepo(files: Record<string, string>): { root: string; outside: string } {
  const base = testTempDir('genz-sec-');
  const root = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  mkdirSync(root, { recursive: true });
  mkdirSync(outside, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return { root, outside };
}

/** Lines of a log that the runner would take as a workflow command. */
export function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((l) => /^\s*(::|##\[)/.test(l));
}

/** Whether a terminal would see a raw control character (other than line feed and tab). */
export function hasRawControl(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(text);
}
