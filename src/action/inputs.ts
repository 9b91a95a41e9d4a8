/**
 * The action's inputs, read and validated here (GitHub does not enforce `required` or choices).
 * Every message names the input. An input given to the action overrides genz.config.yaml.
 */
import type { FailOnPolicy } from '../baselines/index.js';
import { UserMessageError } from '../errors/index.js';

export const ACTION_MODES = ['check', 'update', 'report', 'post', 'merge', 'refresh'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];
export type CommentMode = 'always' | 'on-change' | 'never';

/** One shard of a run split over a matrix: `index` of `total`, 1-based. */
export interface ShardSpec {
  index: number;
  total: number;
}

/** Most shards a run may be split into. */
export const MAX_SHARDS = 256;

export interface ActionInputs {
  config: string | undefined;
  manifests: string[] | undefined;
  baselinesDir: string | undefined;
  mode: ActionMode;
  githubToken: string;
  comment: CommentMode;
  commentKey: string;
  commentAuthor: string;
  failOn: FailOnPolicy | undefined;
  template: string | undefined;
  summary: boolean;
  /** Where report.json (and a shard's report.shard.json) are written; default $RUNNER_TEMP/genz-action. */
  reportDir: string | undefined;
  /** post: the RunReport file (or the folder holding report.json) to post. */
  report: string | undefined;
  /** merge: a folder (searched for report.json files) or a glob of partial report files. */
  reports: string | undefined;
  /** report: run one shard of the scenarios. */
  shard: ShardSpec | undefined;
  /** refresh on workflow_dispatch: the branch to refresh (default: the dispatched ref). */
  branch: string | undefined;
}

export class InputValidationError extends UserMessageError {
  constructor(message: string) {
    super(message, 'action inputs');
    this.name = 'InputValidationError';
  }
}

type GetInput = (name: string) => string;

function choice<T extends string>(get: GetInput, name: string, choices: readonly T[], fallback: T): T {
  const raw = get(name).trim();
  if (raw === '') return fallback;
  if (!choices.includes(raw as T)) throw new InputValidationError(`input '${name}' must be one of ${choices.join(', ')}; got '${raw}'`);
  return raw as T;
}

function optional(get: GetInput, name: string): string | undefined {
  const v = get(name).trim();
  return v === '' ? undefined : v;
}

function boolean(get: GetInput, name: string, fallback: boolean): boolean {
  const v = get(name).trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputValidationError(`input '${name}' must be true or false; got '${get(name).trim()}'`);
}

/** `i/n` with integers 1 ≤ i ≤ n ≤ MAX_SHARDS. */
export function parseShard(raw: string): ShardSpec {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(raw);
  const bad = (why: string) =>
    new InputValidationError(`input 'shard' must be 'i/n' with whole numbers 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. '2/3'); got '${raw.trim()}': ${why}`);
  if (!m) throw bad('not of the form i/n');
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1 || total > MAX_SHARDS) throw bad(`n must be from 1 to ${MAX_SHARDS}`);
  if (index < 1 || index > total) throw bad('i must be from 1 to n');
  return { index, total };
}

/** Branch names as git allows them, without the oddities (`..`, `@{`, a leading `-`) that could be misread. */
function branchName(raw: string): string {
  const name = raw.replace(/^refs\/heads\//, '');
  if (
    !/^[A-Za-z0-9._/-]{1,250}$/.test(name) ||
    name.startsWith('-') ||
    name.startsWith('/') ||
    name.endsWith('/') ||
    name.includes('..') ||
    name.endsWith('.lock')
  ) {
    throw new InputValidationError(`input 'branch' must be a branch name (letters, digits, '.', '_', '-', '/'); got '${raw}'`);
  }
  return name;
}

/** Reads every input through `get` (core.getInput in the action; a record in tests). */
export function readInputs(get: GetInput): ActionInputs {
  const manifestsRaw = optional(get, 'manifests');
  const commentKey = optional(get, 'comment-key') ?? 'genz-action';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentKey) || commentKey.includes('--')) {
    throw new InputValidationError(`input 'comment-key' may use letters, digits, '.', '_' and '-' (at most 64, no '--'); got '${commentKey}'`);
  }
  const mode = choice(get, 'mode', ACTION_MODES, 'check');
  const githubToken = get('github-token').trim();
  const comment = choice(get, 'comment', ['always', 'on-change', 'never'] as const, 'on-change');
  const needsToken = mode === 'post' || mode === 'refresh' || ((mode === 'check' || mode === 'merge') && comment !== 'never');
  if (githubToken === '' && needsToken) {
    const hint = mode === 'post' || mode === 'refresh' ? '' : ' or set `comment: never`';
    throw new InputValidationError(`input 'github-token' is empty: mode ${mode} needs it; pass \`github-token: \${{ github.token }}\` (the default)${hint}`);
  }
  const shardRaw = optional(get, 'shard');
  const shard = shardRaw === undefined ? undefined : parseShard(shardRaw);
  if (shard && mode !== 'report') {
    throw new InputValidationError(
      `input 'shard' works with mode: report only (got mode: ${mode}): each shard writes a partial report and a job with mode: merge combines them`,
    );
  }
  const report = optional(get, 'report');
  if (mode === 'post' && !report) {
    throw new InputValidationError(
      "input 'report' is required with mode: post: the path of the report.json that the pull_request run uploaded (e.g. where actions/download-artifact put it)",
    );
  }
  const reports = optional(get, 'reports');
  if (mode === 'merge' && !reports) {
    throw new InputValidationError(
      "input 'reports' is required with mode: merge: a folder holding the shards' report.json files (searched recursively) or a glob of them",
    );
  }
  const branchRaw = optional(get, 'branch');
  return {
    config: optional(get, 'config'),
    manifests: manifestsRaw
      ?.split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean),
    baselinesDir: optional(get, 'baselines-dir'),
    mode,
    githubToken,
    comment,
    commentKey,
    commentAuthor: optional(get, 'comment-author') ?? 'github-actions[bot]',
    failOn: get('fail-on').trim() === '' ? undefined : choice(get, 'fail-on', ['mismatch', 'regression', 'slo', 'never'] as const, 'mismatch'),
    template: optional(get, 'template'),
    summary: boolean(get, 'summary', true),
    reportDir: optional(get, 'report-dir'),
    report,
    reports,
    shard,
    branch: branchRaw === undefined ? undefined : branchName(branchRaw),
  };
}
