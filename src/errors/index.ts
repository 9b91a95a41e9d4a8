/**
 * One error model for the CLI and the action (docs/security.md, "Exit codes").
 *
 * - {@link Problem}: one user mistake, located (file, line, column, field path) with a message and a hint.
 * - {@link UserError}: the one base class of every user error (bad input, usage, a refused file or artifact);
 *   it carries every problem found, so all are listed at once. Exit code 2.
 * - Anything else that escapes a command is an internal error: exit 3, a one-line message and a hint to report
 *   it; the stack only with `--debug` or `RUNNER_DEBUG=1`.
 *
 * Messages are data, never parsed again: the location lives in the Problem's fields, so no code reads line and
 * column back out of message text.
 */
export { escapeControl, oneLine, safeLogLine, safeLogText } from './safe-text.js';
export { type Segment, formatPath, show } from './path.js';
import { oneLine } from './safe-text.js';

/** The exit codes of `genz` and of the action, one table (docs/security.md and README). */
export const EXIT_CODES = {
  /** Success: the check passed its policy (or the command had no verdict). */
  ok: 0,
  /** The check failed its fail-on policy, or a scenario could not run. */
  failed: 1,
  /** Input error: every problem is listed with file, line, column and field; nothing was written. */
  input: 2,
  /** Internal error: a bug in genz-action; the message asks to report it. */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** One user mistake with its location. `line`/`column` are 1-based; 1:1 when only the file is known. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Where in the document, e.g. `scenarios[2].workload.beam`; '' for the whole file. */
  fieldPath: string;
  message: string;
  hint?: string;
}

/** A problem at the start of a file (when no finer position is known). */
export function problemAt(file: string, message: string, extra: { fieldPath?: string; hint?: string; line?: number; column?: number } = {}): Problem {
  return { file, line: extra.line ?? 1, column: extra.column ?? 1, fieldPath: extra.fieldPath ?? '', message, ...(extra.hint ? { hint: extra.hint } : {}) };
}

/**
 * `file:line:column: field: message (hint)` on one line, every part neutralised (control characters and line
 * breaks escaped), so a problem can be printed to a terminal or a log as it is.
 */
export function formatProblem(p: Problem): string {
  const field = p.fieldPath ? `${oneLine(p.fieldPath)}: ` : '';
  const hint = p.hint ? ` (hint: ${oneLine(p.hint)})` : '';
  return `${oneLine(p.file)}:${p.line}:${p.column}: ${field}${oneLine(p.message)}${hint}`;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted by file, line, column, field path and message, exact duplicates removed. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of problems) {
    const key = JSON.stringify([p.file, p.line, p.column, p.fieldPath, p.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.fieldPath, b.fieldPath) || cmp(a.message, b.message));
}

/**
 * The base class of every user error: exit code 2, every problem listed. Subclasses only name the situation
 * (config, manifests, baselines, artifact, inputs); callers test `instanceof UserError`, never a list of classes.
 */
export class UserError extends Error {
  readonly problems: readonly Problem[];
  readonly exitCode: ExitCode = EXIT_CODES.input;
  /** A headline for the list, e.g. "2 problems in the input". */
  readonly headline: string;

  /**
   * `message` defaults to the formatted problems, one a line; a subclass that is one sentence about one file or
   * input passes its own (the problem still carries the location).
   */
  constructor(problems: readonly Problem[], options: { message?: string; headline?: string } = {}) {
    const list = problems.length > 0 ? problems : [problemAt('(input)', options.message ?? 'invalid input')];
    super(options.message ?? list.map(formatProblem).join('\n'));
    this.name = 'UserError';
    this.problems = list;
    this.headline = options.headline ?? `${list.length} problem${list.length === 1 ? '' : 's'} in the input`;
  }
}

/**
 * A user error that is one sentence about one file or input: `where` names it (a path, "action inputs", "the
 * command line"); the message is kept as it is.
 */
export class UserMessageError extends UserError {
  constructor(message: string, where = '(input)', extra: { fieldPath?: string; hint?: string; line?: number; column?: number } = {}) {
    super([problemAt(where, message, extra)], { message, headline: 'a problem in the input' });
    this.name = 'UserMessageError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

/** Whether stacks are shown: `--debug` or the runner's debug logging (RUNNER_DEBUG=1 / ACTIONS_STEP_DEBUG). */
export function debugEnabled(env: Readonly<Record<string, string | undefined>>, flag = false): boolean {
  return flag || env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true' || env.GENZ_DEBUG === '1';
}

export const REPORT_BUG_HINT =
  'this is a bug in genz-action: please report it to the genz-action maintainers with the command you ran (rerun with --debug, or RUNNER_DEBUG=1 in the action, for the stack)';

/** The one-line message of an internal error (exit 3); the stack is appended only in debug mode. */
export function internalErrorText(e: unknown, debug: boolean): string {
  const err = e instanceof Error ? e : new Error(String(e));
  const head = `internal error: ${oneLine(`${err.name}: ${err.message}`).slice(0, 500)}; ${REPORT_BUG_HINT}`;
  if (!debug || !err.stack) return head;
  // Only the frames: the message (already in the head) may hold anything.
  return `${head}\n${err.stack
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .map((l) => oneLine(l))
    .join('\n')}`;
}
