/**
 * Sharding: `shard: i/n` runs a deterministic share of the scenarios, so a matrix of n jobs covers the run once.
 *
 * The split: every scenario id of the run (the scenarios the config selects plus the removed baseline entries,
 * see runScenarioIds) sorted by UTF-16 code units, the k-th id (0-based) going to shard (k mod n) + 1. It
 * depends only on the ids, so every job of the matrix computes the same split without talking to the others,
 * and it is balanced by count (shard sizes differ by at most one). Scenarios cost about the same to simulate
 * (milliseconds each), so count is a fair proxy for time; an id sorts next to its matrix siblings, and round
 * robin spreads a sweep over all shards instead of giving one shard all of it.
 *
 * A partial report is report.json (a RunReport with `shard: {index, total}`) plus report.shard.json beside it:
 * the split used and the full ordered list of ids of the run, which `mode: merge` needs to find missing or
 * overlapping shards and to restore the single-job order.
 */
import { readFileSync, statSync } from 'node:fs';
import type { ShardSpec } from './inputs.js';
import { MAX_SHARDS } from './inputs.js';
import { UserMessageError } from '../errors/index.js';
import { ARTIFACT_FIELD_LIMITS, DEFAULT_LIMITS, type Limits, formatCount } from '../limits.js';

export const SHARD_SCHEMA = 'genz-action/shard@1';
export const SHARD_SPLIT = 'sorted-ids-round-robin';

export interface ShardSidecar {
  schema: typeof SHARD_SCHEMA;
  index: number;
  total: number;
  split: typeof SHARD_SPLIT;
  /** Every scenario id of the whole run, in report order. */
  scenarios: string[];
  /** The ids this shard ran (a subset of `scenarios`, in report order). */
  selected: string[];
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The 1-based shard of each id of the run. */
export function shardAssignment(ids: readonly string[], total: number): Map<string, number> {
  const sorted = [...new Set(ids)].sort(byCodeUnits);
  return new Map(sorted.map((id, k) => [id, (k % total) + 1]));
}

/** Whether an id belongs to shard `spec` of a run with these ids. */
export function shardSelector(ids: readonly string[], spec: ShardSpec): (id: string) => boolean {
  const assignment = shardAssignment(ids, spec.total);
  return (id) => assignment.get(id) === spec.index;
}

export function shardSidecar(spec: ShardSpec, ids: readonly string[]): ShardSidecar {
  const select = shardSelector(ids, spec);
  return { schema: SHARD_SCHEMA, index: spec.index, total: spec.total, split: SHARD_SPLIT, scenarios: [...ids], selected: ids.filter(select) };
}

/** `…/report.json` → `…/report.shard.json`. */
export function sidecarPath(reportFile: string): string {
  return reportFile.replace(/(\.json)?$/i, '.shard.json');
}

export class ShardFileError extends UserMessageError {
  constructor(message: string) {
    super(message, 'shard file');
    this.name = 'ShardFileError';
  }
}

/**
 * Reads and validates a shard sidecar file, within the bounds of the report it sits beside (limits.artifact_bytes,
 * ids of ARTIFACT_FIELD_LIMITS.name characters), so a sidecar `mode: report` wrote is one `mode: merge` reads.
 */
export function readShardSidecar(file: string, limits: Limits = DEFAULT_LIMITS): ShardSidecar {
  let data: unknown;
  try {
    const size = statSync(file).size;
    if (size > limits.artifact_bytes)
      throw new ShardFileError(`${file} has ${formatCount(size)} bytes, over the limit of ${formatCount(limits.artifact_bytes)} (limits.artifact_bytes)`);
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof ShardFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ShardFileError(
      code === 'ENOENT'
        ? `${file} is missing: a partial report needs the report.shard.json written beside it (upload the whole report-dir)`
        : `cannot read ${file}: ${code ?? (e as Error).message}`,
    );
  }
  const o = data as Partial<ShardSidecar> | null;
  const bad = (what: string) => new ShardFileError(`${file}: ${what}`);
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw bad('not a JSON object');
  if (o.schema !== SHARD_SCHEMA) throw bad(`schema must be "${SHARD_SCHEMA}", got ${JSON.stringify(o.schema)}`);
  if (o.split !== SHARD_SPLIT) throw bad(`split must be "${SHARD_SPLIT}", got ${JSON.stringify(o.split)}`);
  const int = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
  if (!int(o.total, 1, MAX_SHARDS) || !int(o.index, 1, o.total as number)) throw bad('index and total must be whole numbers with 1 ≤ index ≤ total');
  const ids = (v: unknown, what: string): string[] => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.length === 0 || x.length > ARTIFACT_FIELD_LIMITS.name))
      throw bad(`${what} must be a list of scenario ids`);
    if (new Set(v).size !== v.length) throw bad(`${what} lists an id twice`);
    return v as string[];
  };
  const scenarios = ids(o.scenarios, 'scenarios');
  const selected = ids(o.selected, 'selected');
  const all = new Set(scenarios);
  const stray = selected.find((id) => !all.has(id));
  if (stray !== undefined) throw bad(`selected id ${JSON.stringify(stray)} is not among the run's scenarios`);
  return { schema: SHARD_SCHEMA, index: o.index as number, total: o.total as number, split: SHARD_SPLIT, scenarios, selected };
}
