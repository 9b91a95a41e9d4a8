import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './reference.js';

/** A temporary copy of this repository's example project (config, manifests, baselines, custom files). */
export function copyExampleProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'genz-project-'));
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
