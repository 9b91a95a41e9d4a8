import { type Problem, UserError, formatProblem } from '../errors/index.js';
import type { ManifestError } from './types.js';

export { type Segment, formatPath, show } from '../errors/index.js';

/** `perf/x.yaml:12:7: scenarios[2].parallelism.tensor: must be an integer >= 1, got 0` */
export function formatManifestError(e: ManifestError): string {
  return formatProblem(toProblem(e));
}

/** Sorted by file, line, column (then path, message) with exact duplicates removed. */
export function sortErrors(errors: readonly ManifestError[]): ManifestError[] {
  const seen = new Set<string>();
  const out: ManifestError[] = [];
  for (const e of errors) {
    const key = JSON.stringify([e.file, e.line, e.column, e.path, e.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.path, b.path) || cmp(a.message, b.message));
}

/** Thrown by `loadProjectConfig` with every problem of the config file. */
export class ProjectConfigError extends UserError {
  readonly errors: readonly ManifestError[];
  constructor(errors: readonly ManifestError[]) {
    super(errors.map(toProblem), { message: errors.map(formatManifestError).join('\n') });
    this.name = 'ProjectConfigError';
    this.errors = errors;
  }
}

/** A loader error as the one Problem type of src/errors (its `path` is the problem's `fieldPath`). */
export function toProblem(e: ManifestError): Problem {
  return { file: e.file, line: e.line, column: e.column, fieldPath: e.path, message: e.message };
}
