/**
 * Bounds on work and input size: the one place that defines them (docs/security.md, "Limits").
 *
 * Every bound is checked before the work it bounds starts, and a value over it is an input error naming the
 * field and the limit (exit 2). The defaults stop mistakes and attacks, not real sweeps: they admit 100,000
 * scenarios in a run, contexts of millions of tokens, and the baseline files and run reports such runs produce.
 * A project raises them in genz.config.yaml:
 *
 * ```yaml
 * limits:
 *   scenarios: 250000
 *   tokens_per_request: 33554432
 * ```
 *
 * Other modules use {@link checkLimit} (one value) or {@link limitProblem} (a Problem for a file), with the
 * limits of the run ({@link resolveLimits} of the config's `limits:`), or {@link DEFAULT_LIMITS} where no
 * project config is read (mode: post).
 */
import { type Problem, problemAt } from './errors/index.js';
import { formatCount } from './number-format.js';

export interface Limits {
  /** Tokens of one request: workload.input_tokens, output_tokens, and their sum. */
  tokens_per_request: number;
  /** workload.batch. */
  batch: number;
  /** workload.beam. */
  beam: number;
  /** Each parallel degree (tensor, pipeline, expert, data, …) and their product, the devices of a scenario. */
  parallel_degree: number;
  /** Speculative decoding: tokens drafted per step (parallel_tokens). */
  speculative_tokens: number;
  /** Scenarios in one run, matrix expansions included (checked before a matrix is expanded). */
  scenarios: number;
  /** Bytes of one manifest, model or hardware file. */
  manifest_bytes: number;
  /** Bytes of genz.config.yaml. */
  config_bytes: number;
  /** Bytes of one baseline file. */
  baseline_bytes: number;
  /** Bytes of a run report (report.json, the artifact mode: post reads) or a shard file. */
  artifact_bytes: number;
  /** Nesting depth of any YAML or JSON document (objects and arrays). */
  nesting_depth: number;
  /** Requests of one serving scenario (serving.requests, or the lines of its trace). */
  serving_requests: number;
}

const MiB = 1024 * 1024;

/**
 * The documented defaults. Sizes: a baseline entry takes about 3 KB and a report scenario about 4 KB, so
 * 100,000 scenarios fit; V8 cannot hold a string over ~512 MiB, which caps what any limit can usefully be raised to.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  tokens_per_request: 16 * MiB, // 16,777,216 tokens
  batch: 65_536,
  beam: 1_024,
  parallel_degree: 65_536,
  speculative_tokens: 1_024,
  scenarios: 100_000,
  manifest_bytes: 16 * MiB,
  config_bytes: 1 * MiB,
  baseline_bytes: 400 * MiB,
  artifact_bytes: 400 * MiB,
  nesting_depth: 64,
  serving_requests: 200_000,
});

export const LIMIT_KEYS = Object.keys(DEFAULT_LIMITS) as (keyof Limits)[];

/** What each limit bounds, for messages and docs. */
export const LIMIT_DESCRIPTIONS: Readonly<Record<keyof Limits, string>> = {
  tokens_per_request: 'tokens of one request (input, output, and both together)',
  batch: 'requests in a batch',
  beam: 'beams',
  parallel_degree: 'devices of one parallel degree, and of all degrees together',
  speculative_tokens: 'tokens drafted per speculative step',
  scenarios: 'scenarios in one run (matrix expansions included)',
  manifest_bytes: 'bytes of a manifest, model or hardware file',
  config_bytes: 'bytes of genz.config.yaml',
  baseline_bytes: 'bytes of a baseline file',
  artifact_bytes: 'bytes of a run report or shard file',
  nesting_depth: 'nesting depth of a YAML or JSON document',
  serving_requests: 'requests of one serving scenario',
};

/** The largest value any limit may be raised to (a safe integer; the byte limits are further capped by V8). */
export const MAX_LIMIT = Number.MAX_SAFE_INTEGER;

/** The limits of a run: the defaults with the config's `limits:` over them (validated by the config schema). */
export function resolveLimits(raised?: Partial<Limits> | null): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  if (raised) for (const k of LIMIT_KEYS) if (typeof raised[k] === 'number') out[k] = raised[k]!;
  return out;
}

/** The hint every limit error carries: where to raise it. */
export function limitHint(key: keyof Limits): string {
  return `the limit on ${LIMIT_DESCRIPTIONS[key]} is a safeguard; raise it with 'limits: { ${key}: N }' in genz.config.yaml if this is intended`;
}

/**
 * Why `value` breaks limit `key` (with `what` naming the field in the message), or null when it is within it.
 * Non-finite numbers always break it.
 */
export function checkLimit(key: keyof Limits, value: number, limits: Limits, what: string = key): string | null {
  if (!Number.isFinite(value)) return `${what} must be a finite number, got ${value}`;
  const max = limits[key];
  if (value > max) return `${what} is ${formatCount(value)}, over the limit of ${formatCount(max)} (limits.${key})`;
  return null;
}

/** A Problem for limit `key` at `file` (and `fieldPath`), with the hint. */
export function limitProblem(key: keyof Limits, file: string, message: string, at: { fieldPath?: string; line?: number; column?: number } = {}): Problem {
  return problemAt(file, message, { ...at, hint: limitHint(key) });
}

/** The file-size check: a Problem when a file of `size` bytes is over limit `key`, else null. */
export function fileSizeProblem(
  key: 'manifest_bytes' | 'config_bytes' | 'baseline_bytes' | 'artifact_bytes',
  file: string,
  size: number,
  limits: Limits,
): Problem | null {
  if (size <= limits[key]) return null;
  return limitProblem(key, file, `the file has ${formatCount(size)} bytes, over the limit of ${formatCount(limits[key])} (limits.${key}); it was not read`);
}

/**
 * The offset where `text` (JSON, or YAML flow and block syntax) first nests deeper than `max` brackets or
 * indentation levels, or null. A linear scan without recursion, run before parsing, so a document of 100,000
 * nested arrays is refused instead of overflowing the stack. Brackets inside quoted strings are skipped.
 */
export function nestingTooDeep(text: string, max: number): number | null {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      else if (c === '\n' && quote === "'") quote = null; // an unclosed YAML single quote: leave it to the parser
      continue;
    }
    if (c === '"') quote = '"';
    else if (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) quote = "'";
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return null;
}

/** Nesting depth of a parsed value, iteratively; true when it is deeper than `max`. */
export function valueTooDeep(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
    }
  }
  return false;
}

/**
 * Field bounds of a run report (the artifact `mode: report` writes and `mode: post` and `mode: merge` read):
 * one table for the writer and the readers, so what one run writes the next accepts. Manifests are held to the
 * same bounds (ids and descriptions), so a report never holds a field its reader would refuse.
 */
export const ARTIFACT_FIELD_LIMITS = Object.freeze({
  /** Characters of any one text (descriptions, messages, reasons). */
  text: 100_000,
  /** Characters of names: ids, paths, versions. */
  name: 4_096,
  /** Scenarios of one report. */
  scenarios: DEFAULT_LIMITS.scenarios,
  /** Items of other lists (notes, changed inputs, manifests, SLO checks). */
  list: 10_000,
  reasons: 1_000_000,
  shardTotal: 256,
});

export { formatCount };
