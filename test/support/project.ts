import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './reference.js';
import { testTempDir } from './temp.js';

/** A temporary copy of this repository's example project (config, manifests, baselines, custom files), removed after the test. */
export function copyExampleProject(): string {
  const dir = testTempDir('genz-project-');
  for (const entry of ['genz.config.yaml', 'perf', 'baselines', 'hardware', 'models']) {
    cpSync(path.join(REPO_ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

/** Edits a file in place with a string replacement that must match. */
export function editFile(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}
