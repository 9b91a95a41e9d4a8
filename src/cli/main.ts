/**
 * The `genz` command line. Each command lives in its own module; this file only dispatches and maps
 * errors to exit codes, the one table of src/errors (docs/security.md): 0 ok, 1 the command's own failure verdict,
 * 2 bad input or usage (every problem listed), 3 an internal error (one line; the stack with --debug).
 * Everything printed passes through the escaping of src/errors/safe-text.ts.
 */
import { EXIT_CODES, UserError, debugEnabled, formatProblem, internalErrorText, oneLine } from '../errors/index.js';
import { type CliIO, EXIT_USAGE } from './io.js';
import { accuracyCommand, calibrateCommand } from './calibration-commands.js';
import { closest, distance } from 'fastest-levenshtein';
import { TOOL_VERSION } from '../pipeline/version.js';
import { SIMULATOR_VERSION } from '../simulation/version.js';
import { hardwareCommand, modelsCommand } from './catalog-commands.js';
import { featuresCommand } from './features-command.js';
import { checkCommand, dryRunCommand, runCommand, updateCommand, validateManifestsCommand } from './project-commands.js';
import { simulateCommand } from './simulate-command.js';
import { validateCommand } from './validate-command.js';

type Command = (argv: string[], io: CliIO) => number | Promise<number>;

export const COMMANDS: Readonly<Record<string, { run: Command; summary: string }>> = {
  run: { run: runCommand, summary: "simulate every scenario of the repository's manifests and print a table" },
  check: { run: checkCommand, summary: 'diff the scenarios against the committed baselines (exit 1 per the fail-on policy)' },
  'dry-run': { run: dryRunCommand, summary: 'print the Markdown report a pull request would get; post nothing' },
  update: { run: updateCommand, summary: 'rewrite the baselines from fresh simulations and print what changed' },
  'validate-manifests': { run: validateManifestsCommand, summary: 'check config, manifests, model and hardware files only' },
  simulate: { run: simulateCommand, summary: 'simulate one scenario from flags or a scenario file and print its metrics' },
  features: { run: featuresCommand, summary: 'list the features a scenario can use, with their options' },
  calibrate: { run: calibrateCommand, summary: 'fit calibration profiles from measurements; print their cross-validated error' },
  accuracy: { run: accuracyCommand, summary: 'simulate measured rows with a calibration and print predicted vs measured' },
  hardware: { run: hardwareCommand, summary: 'list the hardware presets with their datasheet figures and sources' },
  models: { run: modelsCommand, summary: 'list the model catalog (layers, sizes, heads, experts, aliases)' },
  validate: { run: validateCommand, summary: 'compare the core with GenZ reference cases (JSON Lines)' },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: genz <command> [options]      genz --version\n\nCommands:\n${lines.join('\n')}\n\nRun 'genz <command> --help' for a command's options.\n`;
}

export async function main(argvIn: string[], io: CliIO): Promise<number> {
  // --debug anywhere: internal errors print their stack.
  const debug = debugEnabled(io.env, argvIn.includes('--debug'));
  const argv = argvIn.filter((a) => a !== '--debug');
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    // `genz help <command>` is `genz <command> --help`.
    if (name === 'help' && rest.length > 0) return main([rest[0], '--help'], io);
    io.stdout(usage());
    return 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`genz ${TOOL_VERSION} (simulator ${SIMULATOR_VERSION})\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const near = closest(name, Object.keys(COMMANDS));
    const hint = distance(name, near) <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean '${near}'?)` : '';
    io.stderr(`genz: unknown command '${oneLine(name)}'${hint}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  // --help anywhere before `--` wins over every other flag (even misspelled ones).
  const end = rest.indexOf('--');
  const before = end === -1 ? rest : rest.slice(0, end);
  const args = before.includes('--help') || before.includes('-h') ? ['--help'] : rest;
  try {
    return await command.run(args, io);
  } catch (e) {
    return reportError(io, name, e, debug);
  }
}

/** The exit code of an error escaping a command, after printing it (never a raw stack unless debugging). */
export function reportError(io: CliIO, command: string, e: unknown, debug: boolean): number {
  // parseArgs reports unknown or malformed flags with a code; both are usage errors.
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`genz ${command}: ${oneLine((e as Error).message)}\n`);
    return EXIT_USAGE;
  }
  if (e instanceof UserError) {
    if (e.problems.length === 1)
      io.stderr(`genz ${command}: ${e.problems[0].file === 'the command line' ? oneLine(e.problems[0].message) : formatProblem(e.problems[0])}\n`);
    else {
      io.stderr(`genz ${command}: ${e.headline}; nothing was written:\n`);
      for (const p of e.problems) io.stderr(`  ${formatProblem(p)}\n`);
    }
    return EXIT_CODES.input;
  }
  io.stderr(`genz ${command}: ${internalErrorText(e, debug)}\n`);
  return EXIT_CODES.internal;
}
