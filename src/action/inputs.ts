/**
 * The action's inputs, read and validated here (GitHub does not enforce `required` or choices).
 * Every message names the input. An input given to the action overrides genz.config.yaml.
 */
import type { FailOnPolicy } from '../baselines/index.js';

export type ActionMode = 'check' | 'update' | 'report';
export type CommentMode = 'always' | 'on-change' | 'never';

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
}

export class InputValidationError extends Error {
  override name = 'InputValidationError';
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

/** Reads every input through `get` (core.getInput in the action; a record in tests). */
export function readInputs(get: GetInput): ActionInputs {
  const manifestsRaw = optional(get, 'manifests');
  const commentKey = optional(get, 'comment-key') ?? 'genz-action';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentKey)) {
    throw new InputValidationError(`input 'comment-key' may use letters, digits, '.', '_' and '-' (at most 64); got '${commentKey}'`);
  }
  const mode = choice(get, 'mode', ['check', 'update', 'report'] as const, 'check');
  const githubToken = get('github-token').trim();
  const comment = choice(get, 'comment', ['always', 'on-change', 'never'] as const, 'on-change');
  if (githubToken === '' && mode === 'check' && comment !== 'never') {
    throw new InputValidationError("input 'github-token' is empty: pass `github-token: ${{ github.token }}` (the default) or set `comment: never`");
  }
  return {
    config: optional(get, 'config'),
    manifests: manifestsRaw?.split(/[\n,]/).map((s) => s.trim()).filter(Boolean),
    baselinesDir: optional(get, 'baselines-dir'),
    mode,
    githubToken,
    comment,
    commentKey,
    commentAuthor: optional(get, 'comment-author') ?? 'github-actions[bot]',
    failOn: get('fail-on').trim() === '' ? undefined : choice(get, 'fail-on', ['mismatch', 'regression', 'slo', 'never'] as const, 'mismatch'),
    template: optional(get, 'template'),
    summary: boolean(get, 'summary', true),
  };
}
