import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ReferenceCase, parseReferenceCases } from '../../src/validate/reference.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared reference folder: beside the checkout (as CI lays it out) unless GENZ_REFERENCE_DIR says otherwise. */
export function referenceDir(): string {
  const dir = process.env.GENZ_REFERENCE_DIR ?? path.resolve(REPO_ROOT, '../shared/reference');
  if (!existsSync(path.join(dir, 'genz-cases.jsonl'))) {
    throw new Error(`GenZ reference cases not found in ${dir}: place shared/ beside the checkout or set GENZ_REFERENCE_DIR`);
  }
  return dir;
}

let cached: ReferenceCase[] | undefined;
export function referenceCases(): ReferenceCase[] {
  cached ??= parseReferenceCases(readFileSync(path.join(referenceDir(), 'genz-cases.jsonl'), 'utf8'), 'genz-cases.jsonl');
  return cached;
}
