/**
 * Reading a run-report file that came from elsewhere: the artifact of a `pull_request` run (possibly from a
 * fork, so written by anyone) read by `mode: post`, or the partial reports of shards read by `mode: merge`.
 *
 * The file is size-checked (limits.artifact_bytes) and nesting-checked (limits.nesting_depth) before it is parsed,
 * then validated by the run-report JSON Schema (src/run-report/validate.ts), the same validation `mode: report`
 * applies before it writes, with the same bounds. The limits are the project's (genz.config.yaml `limits:`) when
 * a project config is readable in the workspace, else the documented defaults: see {@link artifactLimits}.
 */
import { readFileSync, statSync } from 'node:fs';
import { findJsonSyntaxError, lineColumn } from '../baselines/json-position.js';
import { DEFAULT_LIMITS, type Limits, formatCount, limitHint, nestingTooDeep } from '../limits.js';
import { loadProjectConfig } from '../manifests/index.js';
import type { RunReport } from '../run-report/index.js';
import { ReportValidationError, validateRunReport } from '../run-report/validate.js';
import { decodeRunReport } from '../run-report/compact.js';
import { oneLine } from '../errors/index.js';

export { ReportValidationError, validateRunReport };

/** Largest report file read by default (bytes): limits.artifact_bytes (src/limits.ts). */
export const MAX_REPORT_BYTES = DEFAULT_LIMITS.artifact_bytes;

/**
 * The limits `mode: post` and `mode: merge` read artifacts with: those of the project config in `workspace`
 * (its `limits:` over the defaults) when one is there and valid, else DEFAULT_LIMITS. A broken or absent config
 * never stops a post: the defaults apply (docs/security.md, "Limits").
 */
export function artifactLimits(workspace: string, configPath?: string): Limits {
  try {
    return loadProjectConfig({ cwd: workspace, configPath }).limits;
  } catch {
    return DEFAULT_LIMITS;
  }
}

/** Reads, size-checks, parses and validates a report file. */
export function readRunReportFile(file: string, label = file, limits: Limits = DEFAULT_LIMITS): RunReport {
  const maxBytes = limits.artifact_bytes;
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw ReportValidationError.about(label, 'not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof ReportValidationError) throw e;
    throw ReportValidationError.about(label, `cannot read the report: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size > maxBytes) {
    throw ReportValidationError.about(
      label,
      `the report has ${formatCount(size)} bytes, over the limit of ${formatCount(maxBytes)} (limits.artifact_bytes); it was not read`,
      limitHint('artifact_bytes'),
    );
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw ReportValidationError.about(label, `cannot read the report: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const deep = nestingTooDeep(text, limits.nesting_depth);
  if (deep !== null) {
    throw new ReportValidationError([
      { ...lineColumn(text, deep), file: label, fieldPath: '', message: `nested deeper than ${limits.nesting_depth} levels (limits.nesting_depth)` },
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = findJsonSyntaxError(text);
    throw new ReportValidationError([
      { ...(at === null ? { line: 1, column: 1 } : lineColumn(text, at)), file: label, fieldPath: '', message: `not valid JSON: ${(e as Error).message}` },
    ]);
  }
  // report.json is written in the compact encoding of src/run-report/compact.ts (plain reports are read as they
  // are). Positions in the text are only meaningful for a plain report: the encoding moves fields between lines.
  const encoded = typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { encoding?: unknown }).encoding !== undefined;
  let decoded: unknown;
  try {
    decoded = decodeRunReport(data);
  } catch (e) {
    throw ReportValidationError.about(label, `cannot decode the compact report: ${oneLine((e as Error).message)}`);
  }
  return validateRunReport(decoded, label, encoded ? { limits } : { limits, text });
}
