/**
 * The action's only way to the runner log. Every message goes through src/errors/safe-text.ts: each line is
 * escaped on its own and can never start a workflow command (`::…`, `##[…]`), so text from a manifest, a
 * baseline, an artifact or a config cannot run commands in the job, whatever token it holds. A block that must
 * be printed as it is (e.g. a Markdown reply) goes through {@link rawBlock}, between the runner's
 * stop-commands markers with an unguessable token.
 */
import { createRequire } from 'node:module';
import * as core from './runner.js';
import { safeLogLine, safeLogText } from '../errors/index.js';

export type AnnotationProps = core.AnnotationProperties;

function props(p: AnnotationProps | undefined): AnnotationProps | undefined {
  if (!p) return undefined;
  return { ...p, title: p.title === undefined ? undefined : safeLogLine(p.title), file: p.file === undefined ? undefined : safeLogLine(p.file) };
}

export const info = (message: string): void => core.info(safeLogText(message));
export const debug = (message: string): void => core.debug(safeLogText(message));
export const notice = (message: string, p?: AnnotationProps): void => core.notice(safeLogText(message), props(p));
export const warning = (message: string, p?: AnnotationProps): void => core.warning(safeLogText(message), props(p));
export const error = (message: string, p?: AnnotationProps): void => core.error(safeLogText(message), props(p));
export const setFailed = (message: string): void => core.setFailed(safeLogText(message));

/** A logger for the GitHub client (the same escaping). */
export const githubLogger = { debug, info, warning, error };

/**
 * Prints `text` unchanged (line breaks kept) with workflow commands switched off around it: the runner ignores
 * every `::command` between `::stop-commands::<token>` and `::<token>::`. Control characters other than line
 * breaks and tabs are still escaped (terminal escape sequences). The token is random per block, so the text
 * cannot end the block early.
 */
export function rawBlock(text: string, write: (s: string) => void = (s) => void process.stdout.write(s)): void {
  // node:crypto on first use: a start need not load it.
  const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const token = `genz-${randomBytes(16).toString('hex')}`;
  const body = text
    .split(/\r\n|\r|\n/)
    .map((l) => safeLogLine(l.replace(/\t/g, '    ')))
    .join('\n');
  write(`::stop-commands::${token}\n${body.includes(token) ? body.split(token).join('[token]') : body}\n::${token}::\n`);
}
