/**
 * The `genz` command line. Each command lives in its own module; this file only dispatches and maps
 * errors to exit codes, the one table of src/errors (docs/security.md): 0 ok, 1 the command's own failure verdict,
 * 2 bad input or usage (every problem listed), 3 an internal error (one line; the stack with --debug).
 * Everything printed passes through the escaping of src/errors/safe-text.ts.
 */
import { EXIT_CODES, UserError, debugEnabled, formatProblem, internalErrorText, oneLine } from '../errors/index.js';
import { type CliIO, EXIT_USAGE } from './io.js';
import { closest, distance } from 'fastest-levenshtein';
import { TOOL_VERSION } from '../pipeline/version.js';
import { SIMULATOR_VERSION } from '../simulation/version.js';

type Command = (argv: string[], io: CliIO) => number | Promise<number>;

/**
 * A command whose module is loaded when it runs (a chunk file beside dist/cli.js): `genz --version`, `--help` and
 * each command read and compile only what they use.
 */
function lazy<M>(load: () => Promise<M>, pick: (m: M) => Command): Command {
  return async (argv, io) => pick(await load())(argv, io);
}
const project = () => import('./project-commands.js');
const calibration = () => import('./calibration-commands.js');
const catalog = () => import('./catalog-commands.js');

export const COMMANDS: Readonly<Record<string, { run: Command; summary: string }>> = {
  run: { run: lazy(project, (m) => m.runCommand), summary: "simulate every scenario of the repository's manifests and print a table" },
  check: { run: lazy(project, (m) => m.checkCommand), summary: 'diff the scenarios against the committed baselines (exit 1 per the fail-on policy)' },
  'dry-run': { run: lazy(project, (m) => m.dryRunCommand), summary: 'print the Markdown report a pull request would get; post nothing' },
  update: { run: lazy(project, (m) => m.updateCommand), summary: 'rewrite the baselines from fresh simulations and print what changed' },
  'validate-manifests': { run: lazy(project, (m) => m.validateManifestsCommand), summary: 'check config, manifests, model and hardware files only' },
  simulate: {
    run: lazy(
      () => import('./simulate-command.js'),
      (m) => m.simulateCommand,
    ),
    summary: 'simulate one scenario from flags or a scenario file and print its metrics',
  },
  features: {
    run: lazy(
      () => import('./features-command.js'),
      (m) => m.featuresCommand,
    ),
    summary: 'list the features a scenario can use, with their options',
  },
  calibrate: { run: lazy(calibration, (m) => m.calibrateCommand), summary: 'fit calibration profiles from measurements; print their cross-validated error' },
  accuracy: { run: lazy(calibration, (m) => m.accuracyCommand), summary: 'simulate measured rows with a calibration and print predicted vs measured' },
  hardware: { run: lazy(catalog, (m) => m.hardwareCommand), summary: 'list the hardware presets with their datasheet figures and sources' },
  models: { run: lazy(catalog, (m) => m.modelsCommand), summary: 'list the model catalog (layers, sizes, heads, experts, aliases)' },
  validate: {
    run: lazy(
      () => import('./validate-command.js'),
      (m) => m.validateCommand,
    ),
    summary: 'compare the core with GenZ reference cases (JSON Lines)',
  },
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
