/**
 * Reading a RunReport that came from elsewhere, and checking a report tells one story.
 *
 * {@link validateRunReport}: the artifact of a `pull_request` run (possibly a fork's, so written by anyone)
 * read by `mode: post`, the partial reports of shards read by `mode: merge`, and what `mode: report` is about to
 * write (so what one run writes the next accepts). Validated by the JSON Schema of ./schema.ts (precompiled into
 * ./validator.generated.js: the bundle compiles no schema at run time): every field its declared type, enums
 * checked, numbers finite, strings and lists within ARTIFACT_FIELD_LIMITS; unknown properties are dropped. Then
 * what a schema cannot say: unique scenario ids, shard index within the total, scenarios within the run's
 * limits.scenarios. Metric labels, units and directions are then taken from our own metric definitions, never
 * from the file. Every problem is reported at once (up to {@link MAX_REPORTED}), each with the file, the line and
 * column of the value in the JSON text when known, and its field path: an input error (exit 2).
 *
 * {@link reportInconsistencies}: derived fields (summary, policy, verdict) equal to what ./finalize.ts computes.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { type AjvInstance, loadAjv } from '../manifests/ajv.js';
import { canonicalJson } from '../baselines/canonical-json.js';
import { lineColumn } from '../baselines/json-position.js';
import { pointerToSegments } from '../manifests/source.js';
import { type Problem, UserError, formatPath, problemAt, type Segment, show } from '../errors/index.js';
import { DEFAULT_LIMITS, type Limits, formatCount, limitHint } from '../limits.js';
import { expectation } from '../manifests/validate.js';
import { schemaHash } from '../manifests/precompiled.js';
import { METRIC_BY_KEY } from '../metrics/definitions.js';
import type { MetricDiff } from '../baselines/diff.js';
import { RUN_REPORT_SCHEMA, type RunReport } from './contract.js';
import { finalizeReport } from './finalize.js';
import { type JsonSchema, buildRunReportSchema } from './schema.js';
import { SCHEMA_HASHES, runReport as precompiledRunReport } from './validator.generated.js';

/** Problems listed at most per report (the rest are counted). */
export const MAX_REPORTED = 50;

/** A report that cannot be used: every problem with its location and field path. Exit code 2. */
export class ReportValidationError extends UserError {
  constructor(problems: readonly Problem[], headline?: string) {
    super(problems, { headline: headline ?? `${problems.length === 1 ? 'a problem' : `${problems.length} problems`} in the run report` });
    this.name = 'ReportValidationError';
  }

  /** One sentence about one report file (not a field of it). */
  static about(file: string, message: string, hint?: string): ReportValidationError {
    return new ReportValidationError([problemAt(file, message, hint ? { hint } : {})], 'a problem with the run report');
  }
}

/** The ajv instance the run-report validator is compiled with (also by write-schemas.ts for the precompiled one). */
export function newReportAjv(): AjvInstance {
  // removeAdditional: properties outside the shape (additionalProperties: false) are dropped, not refused, so a
  // report with a newer optional field is still read. strictNumbers: Infinity (JSON's 1e999) is not a number.
  return loadAjv({ allErrors: true, verbose: true, strict: true, strictNumbers: true, allowUnionTypes: true, removeAdditional: true });
}

let compiled: ValidateFunction | null = null;
/** The precompiled validator when it was compiled from the schema ./schema.ts builds now, else compiled once. */
export function runReportValidator(): ValidateFunction {
  if (!compiled) {
    const schema = buildRunReportSchema();
    compiled = SCHEMA_HASHES.runReport === schemaHash(schema) ? (precompiledRunReport as unknown as ValidateFunction) : newReportAjv().compile(schema);
  }
  return compiled;
}

/** What an ajv error says, in words. */
function describeError(e: ErrorObject): string {
  const parent = e.parentSchema as JsonSchema | undefined;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `missing required field '${String(p.missingProperty)}'`;
    case 'maxLength':
      return `must be a string of at most ${formatCount(Number(p.limit))} characters, but it has ${formatCount(typeof e.data === 'string' ? [...e.data].length : 0)}`;
    case 'minLength':
      return 'must be a non-empty string';
    case 'pattern':
      return 'must be a string without NUL characters';
    case 'maxItems':
      return `must be a list of at most ${formatCount(Number(p.limit))} items, but it has ${formatCount(Array.isArray(e.data) ? e.data.length : 0)}`;
    case 'anyOf':
      return `must be ${expectation({ anyOf: e.schema })}, got ${show(e.data)}`;
    default:
      return `must be ${expectation(parent)}, got ${show(e.data)}`;
  }
}

/**
 * The offset of the value at `segments` in the JSON `text` (the member's key for a missing field's parent is
 * good enough: the deepest value found), by a linear scan without recursion; 0 when the text is not JSON.
 */
export function jsonValueOffset(text: string, segments: readonly Segment[]): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const skipString = (): string => {
    const start = i;
    i++;
    while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return '';
    }
  };
  const skipValue = () => {
    let depth = 0;
    do {
      ws();
      const c = text[i];
      if (c === '"') skipString();
      else if (c === '{' || c === '[') {
        depth++;
        i++;
      } else if (c === '}' || c === ']') {
        depth--;
        i++;
      } else if (c === ',' || c === ':') i++;
      else {
        while (i < n && !',}] \n\r\t'.includes(text[i])) i++;
      }
      ws();
    } while (depth > 0 && i < n);
  };
  let found = 0;
  for (const seg of segments) {
    ws();
    found = i;
    if (typeof seg === 'number' && text[i] === '[') {
      i++;
      for (let k = 0; k < seg; k++) {
        skipValue();
        ws();
        if (text[i] !== ',') return found;
        i++;
      }
    } else if (text[i] === '{') {
      i++;
      for (;;) {
        ws();
        if (text[i] !== '"') return found;
        const key = skipString();
        ws();
        i++; // ':'
        ws();
        if (key === String(seg)) break;
        skipValue();
        ws();
        if (text[i] !== ',') return found;
        i++;
      }
    } else return found;
  }
  ws();
  return i < n ? i : found;
}

/**
 * A RunReport from untrusted JSON data (`text`, when given, is the file's text, for line and column). Throws
 * ReportValidationError with every problem; `limits` are the run's (a project's raised limits.scenarios).
 */
export function validateRunReport(value: unknown, source = 'report.json', opts: { limits?: Limits; text?: string } = {}): RunReport {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const problems: Problem[] = [];
  let more = 0;
  const at = (segments: readonly Segment[], message: string, hint?: string): void => {
    if (problems.length >= MAX_REPORTED) {
      more++;
      return;
    }
    const pos = opts.text !== undefined ? lineColumn(opts.text, jsonValueOffset(opts.text, segments)) : { line: 1, column: 1 };
    problems.push({ file: source, line: pos.line, column: pos.column, fieldPath: formatPath(segments) || '(the report)', message, ...(hint ? { hint } : {}) });
  };
  const validate = runReportValidator();
  const schema = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { schema?: unknown }).schema : undefined;
  if (schema !== RUN_REPORT_SCHEMA) {
    // Not a run report of this version: its other fields mean nothing to check.
    at(
      value !== null && typeof value === 'object' && !Array.isArray(value) ? ['schema'] : [],
      `must be ${JSON.stringify(RUN_REPORT_SCHEMA)} (a run report of this version of genz-action), got ${show(schema)}`,
    );
  } else if (!validate(value)) {
    const errors = validate.errors ?? [];
    // anyOf reports every branch as well; keep only the anyOf summary.
    const anyOf = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
    for (const e of errors) {
      if (anyOf.some((p) => e.schemaPath.startsWith(p))) continue;
      at(pointerToSegments(e.instancePath, value), describeError(e));
    }
  } else {
    const report = value as RunReport;
    if (report.scenarios.length > limits.scenarios) {
      at(
        ['scenarios'],
        `holds ${formatCount(report.scenarios.length)} scenarios, over the limit of ${formatCount(limits.scenarios)} (limits.scenarios)`,
        limitHint('scenarios'),
      );
    }
    const first = new Map<string, number>();
    report.scenarios.forEach((s, i) => {
      const j = first.get(s.id);
      if (j !== undefined) at(['scenarios', i, 'id'], `duplicate scenario id ${show(s.id)} (also scenarios[${j}].id)`);
      else first.set(s.id, i);
    });
    if (report.shard && report.shard.index > report.shard.total) {
      at(['shard', 'index'], `must be at most the shard total ${report.shard.total}, got ${report.shard.index}`);
    }
  }
  if (problems.length > 0) {
    if (more > 0) problems.push(problemAt(source, `… and ${formatCount(more)} more problems`));
    throw new ReportValidationError(problems);
  }
  const report = value as RunReport;
  // Printed as they are: ours, not the file's.
  const relabel = (rows: MetricDiff[]) => {
    for (const m of rows) {
      const def = METRIC_BY_KEY.get(m.key)!;
      m.label = def.label;
      m.unit = def.unit;
      m.direction = def.direction;
      m.primary = def.primary;
      m.kind = def.kind;
    }
  };
  for (const s of report.scenarios) {
    relabel(s.metrics);
    if (s.accepted) relabel(s.accepted.metrics);
  }
  return report;
}

/** Problems, one sentence each; empty when the report is consistent. */
export function reportInconsistencies(report: RunReport): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of report.scenarios) {
    if (seen.has(s.id)) problems.push(`scenario id ${JSON.stringify(s.id)} appears twice`);
    seen.add(s.id);
  }
  const expected = finalizeReport(report);
  if (canonicalJson(expected.summary as never) !== canonicalJson(report.summary as never)) problems.push('the summary does not match the scenarios');
  if (expected.policy.fail !== report.policy.fail || expected.policy.reasonCount !== report.policy.reasonCount) {
    problems.push(`the fail-on outcome does not match the scenarios under policy ${report.policy.failOn}`);
  }
  if (expected.verdict !== report.verdict) problems.push(`the verdict should read ${JSON.stringify(expected.verdict)}`);
  return problems;
}
