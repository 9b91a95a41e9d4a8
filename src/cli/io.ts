import { EXIT_CODES, UserMessageError } from '../errors/index.js';

/** Where a command writes: stdout carries only the report, table or JSON; stderr progress and diagnostics. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8 (commands never touch the file system except through their own modules). */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is an interactive terminal (progress lines only then). */
  isTTY: boolean;
}

export const processIO = (): CliIO => ({
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stderr.isTTY),
});

/** A usage error: exit code 2 with a message naming the bad flag. */
export class UsageError extends UserMessageError {
  constructor(message: string) {
    super(message, 'the command line');
    this.name = 'UsageError';
  }
}

/** Exit codes: the one table is EXIT_CODES in src/errors. */

export const EXIT_OK = EXIT_CODES.ok;
export const EXIT_FAIL = EXIT_CODES.failed;
export const EXIT_USAGE = EXIT_CODES.input;
export const EXIT_INTERNAL = EXIT_CODES.internal;
