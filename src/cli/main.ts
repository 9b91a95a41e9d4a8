/**
 * The `genz` command line. Each command lives in its own module; this file only dispatches and maps
 * errors to exit codes (0 ok, 1 the command's own failure verdict, 2 bad input or usage).
 */
import { closest, distance } from 'fastest-levenshtein';
import { TOOL_VERSION } from '../pipeline/version.js';
import { SIMULATOR_VERSION } from '../simulation/version.js';
import { type CliIO, EXIT_USAGE, UsageError } from './io.js';
import { hardwareCommand, modelsCommand } from './catalog-commands.js';
import { featuresCommand } from './features-command.js';
import {
  checkCommand, dryRunCommand, runCommand, updateCommand, validateManifestsCommand,
} from './project-commands.js';
import { simulateCommand } from './simulate-command.js';
import { validateCommand } from './validate-command.js';

type Command = (argv: string[], io: CliIO) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  run: { run: runCommand, summary: "simulate every scenario of the repository's manifests and print a table" },
  check: { run: checkCommand, summary: 'diff the scenarios against the committed baselines (exit 1 per the fail-on policy)' },
  'dry-run': { run: dryRunCommand, summary: 'print the Markdown report a pull request would get; post nothing' },
  update: { run: updateCommand, summary: 'rewrite the baselines from fresh simulations and print what changed' },
  'validate-manifests': { run: validateManifestsCommand, summary: 'check config, manifests, model and hardware files only' },
  simulate: { run: simulateCommand, summary: 'simulate one scenario from flags or a scenario file and print its metrics' },
  features: { run: featuresCommand, summary: 'list the features a scenario can use, with their options' },
  hardware: { run: hardwareCommand, summary: 'list the hardware presets with their datasheet figures and sources' },
  models: { run: modelsCommand, summary: 'list the model catalog (layers, sizes, heads, experts, aliases)' },
  validate: { run: validateCommand, summary: 'compare the core with GenZ reference cases (JSON Lines)' },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: genz <command> [options]      genz --version\n\nCommands:\n${lines.join('\n')}\n\nRun 'genz <command> --help' for a command's options.\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
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
    io.stderr(`genz: unknown command '${name}'${hint}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // parseArgs reports unknown or malformed flags with a code; both are usage errors.
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`genz ${name}: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
