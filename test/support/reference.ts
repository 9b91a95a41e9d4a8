import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ReferenceCase, parseReferenceCases } from '../../src/validate/reference.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The GenZ reference cases: GENZ_REFERENCE_DIR when set; else the shared reference folder beside the
 * checkout (the source of truth, as the project's CI lays it out); else the copy in test/fixtures.
 */
export function referenceDir(): string {
  const candidates = process.env.GENZ_REFERENCE_DIR
    ? [process.env.GENZ_REFERENCE_DIR]
    : [path.resolve(REPO_ROOT, '../shared/reference'), path.join(REPO_ROOT, 'test/fixtures/genz-reference')];
  const dir = candidates.find((d) => existsSync(path.join(d, 'genz-cases.jsonl')));
  if (!dir) throw new Error(`GenZ reference cases not found in ${candidates.join(' or ')}`);
  return dir;
}

let cached: ReferenceCase[] | undefined;
export function referenceCases(): ReferenceCase[] {
  cached ??= parseReferenceCases(readFileSync(path.join(referenceDir(), 'genz-cases.jsonl'), 'utf8'), 'genz-cases.jsonl');
  return cached;
}
