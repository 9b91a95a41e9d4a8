/**
 * The few workflow commands the action needs before it has simulated anything: reading an input, masking a
 * secret and writing log lines and annotations, as the runner's protocol defines them (GitHub Docs, "Workflow
 * commands for GitHub Actions": `::name key=value,…::message`, `%`, CR and LF escaped as %25, %0D, %0A in the
 * message, and `:` and `,` as %3A and %2C in property values; inputs arrive as INPUT_<NAME> variables).
 * Step outputs and the job summary are the runner's file commands (the same docs, "Environment files"): a
 * `name<<delimiter` block appended to $GITHUB_OUTPUT with a random delimiter the value cannot contain, and
 * Markdown appended to $GITHUB_STEP_SUMMARY. @actions/core does the same but loads an HTTP client (undici)
 * with it, which cost a small run more time than writing its report.
 */
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name: string, props: Record<string, string | number | undefined>, message: string): void {
  const list = Object.entries(props)
    .filter(([, v]) => Boolean(v)) // as the runner toolkit does: empty values (and 0) are left out
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${name}${list ? ` ${list}` : ''}::${escapeData(message)}${EOL}`);
}

function annotation(p: AnnotationProperties | undefined): Record<string, string | number | undefined> {
  if (!p) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

/** An input of the action (`with:`), trimmed; '' when not given. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export const setSecret = (secret: string): void => command('add-mask', {}, secret);
export const info = (message: string): void => void process.stdout.write(`${message}${EOL}`);
export const debug = (message: string): void => command('debug', {}, message);
export const notice = (message: string, p?: AnnotationProperties): void => command('notice', annotation(p), message);
export const warning = (message: string, p?: AnnotationProperties): void => command('warning', annotation(p), message);
export const error = (message: string, p?: AnnotationProperties): void => command('error', annotation(p), message);
/** An error line, and the step fails (exit code 1 unless something sets another). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** A step output: appended to $GITHUB_OUTPUT (or, without it, the legacy `set-output` command). */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT ?? '';
  if (!file) {
    process.stdout.write(EOL);
    command('set-output', { name }, value);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  // node:crypto when the first output is written (after the simulations), not when the action starts.
  const { randomUUID } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const delimiter = `ghadelimiter_${randomUUID()}`;
  // A value holding the delimiter could end the block early; a random UUID makes that practically impossible.
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('Unexpected input: an output holds its delimiter');
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends Markdown to the job summary ($GITHUB_STEP_SUMMARY). */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(file, markdown, { encoding: 'utf8' });
}
