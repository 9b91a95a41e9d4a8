/**
 * Commands over a repository's manifests and baselines: run, check, dry-run, update, validate-manifests.
 * stdout carries only the report or table; progress and diagnostics go to stderr.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError, formatProblem, oneLine } from '../errors/index.js';
import { type PipelineOptions, assertFilterMatches, loadProjectWithHub, runCheck, simulateScenarios, updateBaselines } from '../pipeline/pipeline.js';
import { reproducePrefix } from '../pipeline/version.js';
import { loadTemplateCompiler, renderMarkdown } from '../report/render.js';
import { parseFlags } from './args.js';
import type { RunReport } from '../run-report/contract.js';
// The report.json writer alone: run-report/index.js also holds the report validator, which a check never runs.
import { runReportFileChunks } from '../run-report/compact.js';
import { writeChunksAtomic } from '../safe-fs.js';
import { type CliIO, EXIT_FAIL, EXIT_OK, EXIT_USAGE, UsageError } from './io.js';

const COMMON = {
  config: { type: 'string' },
  filter: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const PROJECT_USAGE: Record<string, string> = {
  run: 'Usage: genz run [--config FILE] [--filter GLOB] [--json] [--quiet]\n\nSimulates every scenario of the manifests and prints a table of metrics (exit 0; 1 when a scenario cannot run, e.g. does not fit; 2 on bad input).\n',
  check:
    'Usage: genz check [--config FILE] [--filter GLOB] [--template FILE] [--report-json PATH] [--html FILE] [--quiet]\n\nDiffs every scenario against the committed baselines and prints the Markdown report.\nExit 1 when the fail-on policy flags something, 0 when clean, 2 on bad input or usage.\n',
  'dry-run':
    'Usage: genz dry-run [--config FILE] [--filter GLOB] [--template FILE] [--report-json PATH] [--html FILE] [--quiet]\n\nPrints exactly the Markdown a pull request would get; posts nothing. Exit 0, or 2 on bad input\n(the verdict is in the report, not the exit code).\n',
  update:
    'Usage: genz update [--config FILE] [--filter GLOB] [--quiet]\n\nRewrites the baseline files from fresh simulations and prints what changed (exit 0, or 2 on bad input).\nRunning it twice leaves the files byte-identical.\n',
  'validate-manifests':
    'Usage: genz validate-manifests [--config FILE]\n\nChecks the config, manifests, model and hardware files without simulating (exit 0, or 2).\n',
};

function printUsage(io: CliIO, text: string): number {
  io.stdout(text);
  return EXIT_OK;
}

/** A progress line on stderr, shown only once a run has taken more than a second. */
function progress(io: CliIO, quiet: boolean): { onProgress: PipelineOptions['onProgress']; done(): void } {
  const start = Date.now();
  let last = 0;
  let shown = false;
  return {
    onProgress: (done, total, id) => {
      if (quiet) return;
      const now = Date.now();
      if (now - start < 1000 || (now - last < 250 && done < total)) return;
      last = now;
      shown = true;
      const line = `simulating ${done}/${total}: ${oneLine(id)}`;
      io.stderr(io.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
    },
    done: () => {
      if (shown && io.isTTY) io.stderr('\n');
    },
  };
}

function writeReportJson(io: CliIO, target: string, report: RunReport): void {
  const file = path.resolve(io.cwd, target);
  mkdirSync(path.dirname(file), { recursive: true });
  writeChunksAtomic(file, runReportFileChunks(report));
}

function writeReportText(io: CliIO, target: string, text: string): void {
  const file = path.resolve(io.cwd, target);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Prints every input problem as file:line:column: field: message (escaped); returns exit code 2. Others: rethrown (main maps them). */
function reportInputErrors(io: CliIO, command: string, e: unknown): number {
  if (e instanceof UserError) {
    io.stderr(`genz ${command}: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} in the input; nothing was written:\n`);
    for (const p of e.problems) io.stderr(`  ${formatProblem(p)}\n`);
    return EXIT_USAGE;
  }
  throw e;
}

function options(io: CliIO, values: { config?: string; filter?: string; template?: string }, onProgress?: PipelineOptions['onProgress']): PipelineOptions {
  return {
    cwd: io.cwd,
    configPath: values.config,
    filter: values.filter,
    overrides: values.template ? { template: values.template } : undefined,
    reproducePrefix: reproducePrefix(io.env),
    onProgress,
  };
}

function readTemplate(file: string | null): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read template ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export async function runCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, { ...COMMON, json: { type: 'boolean', default: false } }, 'run');
  if (values.help) return printUsage(io, PROJECT_USAGE.run);
  const p = progress(io, values.quiet || values.json);
  try {
    const project = await loadProjectWithHub(options(io, values));
    assertFilterMatches(project, options(io, values));
    const outcomes = simulateScenarios(project, options(io, values, p.onProgress), true);
    p.done();
    if (values.json) {
      io.stdout(JSON.stringify(outcomes.map((o) => ({ id: o.scenario.id, manifest: o.scenario.manifest, result: o.result }))) + '\n');
    } else {
      const { renderRunTable } = await import('../report/text.js');
      io.stdout(
        renderRunTable(
          outcomes.map((o) => ({
            id: o.scenario.id,
            model: o.result.config.model.name,
            hardware: o.result.config.hardware.name,
            metrics: o.result.metrics,
            error: o.result.error?.message ?? null,
            bands: o.result.calibration?.bands ?? null,
          })),
        ),
      );
    }
    const failed = outcomes.filter((o) => o.result.status === 'error');
    if (failed.length > 0 && !values.quiet) {
      io.stderr(
        `genz run: ${failed.length} of ${outcomes.length} scenario${outcomes.length === 1 ? '' : 's'} could not run: ${failed
          .slice(0, 3)
          .map((o) => o.scenario.id)
          .join(', ')}${failed.length > 3 ? ', …' : ''}\n`,
      );
    }
    return failed.length > 0 ? EXIT_FAIL : EXIT_OK;
  } catch (e) {
    p.done();
    return reportInputErrors(io, 'run', e);
  }
}

async function checkLike(command: 'check' | 'dry-run', argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, { ...COMMON, template: { type: 'string' }, 'report-json': { type: 'string' }, html: { type: 'string' } }, command);
  if (values.help) return printUsage(io, PROJECT_USAGE[command]);
  const p = progress(io, values.quiet);
  try {
    const { report, project } = await runCheck(options(io, values, p.onProgress));
    p.done();
    const template = readTemplate(project.config.template);
    if (template !== undefined) await loadTemplateCompiler();
    const markdown = renderMarkdown(report, { template });
    io.stdout(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    if (values['report-json']) writeReportJson(io, values['report-json'], report);
    // The HTML renderer is loaded only when an HTML report is asked for.
    if (values.html) writeReportText(io, values.html, (await import('../report/html.js')).renderHtml(report));
    if (command === 'dry-run') return EXIT_OK;
    if (report.policy.fail && !values.quiet) {
      const reasons = report.policy.reasons;
      const total = report.policy.reasonCount;
      const more = total > 3 ? `; and ${total - 3} more (see the report)` : '';
      io.stderr(`genz check: fail-on '${report.policy.failOn}': ${oneLine(reasons.slice(0, 3).join('; '))}${more}\n`);
    }
    return report.policy.fail ? EXIT_FAIL : EXIT_OK;
  } catch (e) {
    p.done();
    return reportInputErrors(io, command, e);
  }
}

export const checkCommand = (argv: string[], io: CliIO): Promise<number> => checkLike('check', argv, io);
export const dryRunCommand = (argv: string[], io: CliIO): Promise<number> => checkLike('dry-run', argv, io);

export async function updateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, COMMON, 'update');
  if (values.help) return printUsage(io, PROJECT_USAGE.update);
  const p = progress(io, values.quiet);
  try {
    const { changes, failed } = await updateBaselines(options(io, values, p.onProgress));
    p.done();
    let out = '';
    for (const c of changes) {
      const detail = [
        c.added.length ? `${c.added.length} added` : '',
        c.changed.length ? `${c.changed.length} changed` : '',
        c.removed.length ? `${c.removed.length} removed` : '',
      ]
        .filter(Boolean)
        .join(', ');
      out += `${c.outcome.padEnd(9)} ${oneLine(c.file)}${detail ? ` (${detail})` : ''}\n`;
      for (const id of c.added) out += `  + ${oneLine(id)}\n`;
      for (const id of c.changed) out += `  ~ ${oneLine(id)}\n`;
      for (const id of c.removed) out += `  - ${oneLine(id)}\n`;
    }
    const written = changes.filter((c) => c.outcome !== 'unchanged').length;
    out += written === 0 ? 'Baselines are up to date.\n' : `${written} baseline file${written === 1 ? '' : 's'} written.\n`;
    io.stdout(out);
    for (const f of failed) io.stderr(`genz update: ${oneLine(f.scenario.id)} could not run (${oneLine(f.result.error!.message)}); its old entry was kept\n`);
    return EXIT_OK;
  } catch (e) {
    p.done();
    return reportInputErrors(io, 'update', e);
  }
}

export async function validateManifestsCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, { config: COMMON.config, help: COMMON.help }, 'validate-manifests');
  if (values.help) return printUsage(io, PROJECT_USAGE['validate-manifests']);
  try {
    const project = await loadProjectWithHub(options(io, values));
    io.stdout(
      `${project.scenarios.length} scenario${project.scenarios.length === 1 ? '' : 's'} in ${project.manifests.length} manifest${project.manifests.length === 1 ? '' : 's'}: OK\n`,
    );
    return EXIT_OK;
  } catch (e) {
    return reportInputErrors(io, 'validate-manifests', e);
  }
}
