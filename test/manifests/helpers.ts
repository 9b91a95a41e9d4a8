import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../src/errors/index.js';
import { loadScenarios } from '../../src/manifests/index.js';
import type { LoadScenariosResult } from '../../src/manifests/index.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/manifests');

export const fixture = (...parts: string[]): string => path.join(FIXTURES, ...parts);

/** Loads every YAML/JSON manifest under perf/ of a fixture project. */
export function loadFixture(project: string, globs: string[] = ['perf/**/*.yaml', 'perf/**/*.yml', 'perf/**/*.json']): LoadScenariosResult {
  return loadScenarios({ root: fixture(project), manifests: globs });
}

export const formatted = (r: LoadScenariosResult): string[] => r.errors.map(formatProblem);
