/**
 * mode: merge — combine the partial reports of `shard: i/n` jobs into the RunReport one job would have written:
 * scenarios in the run's order, summary, policy and verdict recomputed from the merged scenario diffs with the
 * same pure functions the pipeline uses. Then the usual sinks (summary, annotations, one sticky comment, exit
 * status per fail-on).
 *
 * Refused, with a message naming the files: a missing shard, two reports for one shard, totals that disagree,
 * scenarios in two shards or in none, shards of different runs (scenario lists, project, fail-on policy) or of
 * different genz-action or simulator versions.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as log from './log.js';
import { glob } from 'tinyglobby';
import { canonicalJson } from '../baselines/index.js';
import { loadProjectConfig } from '../manifests/index.js';
import { mergeRunReports, type RunReport, type ScenarioReport } from '../run-report/index.js';
import type { ActionRun } from './context.js';
import { artifactLimits, readRunReportFile } from './report-validation.js';
import { type ShardSidecar, readShardSidecar, shardAssignment, sidecarPath } from './shard.js';
import { FORK_FLOW_HINT, publishReport } from './sinks.js';
import { UserMessageError } from '../errors/index.js';

export class MergeError extends UserMessageError {
  constructor(message: string) {
    super(message, 'shard reports');
    this.name = 'MergeError';
  }
}

export interface PartialReport {
  /** Where it came from (named in errors). */
  file: string;
  report: RunReport;
  shard: ShardSidecar;
}

function listNames(values: Iterable<string>, max = 5): string {
  const all = [...values];
  const shown = all
    .slice(0, max)
    .map((v) => JSON.stringify(v))
    .join(', ');
  return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}

/** One RunReport from the partial reports of every shard (any order). Throws MergeError. */
export function mergeReports(partials: readonly PartialReport[]): RunReport {
  if (partials.length === 0) throw new MergeError('no partial reports to merge');
  for (const p of partials) {
    if (!p.report.shard)
      throw new MergeError(`${p.file} is not a partial report (its shard is null): merge combines reports written with mode: report and shard: i/n`);
    if (p.report.shard.index !== p.shard.index || p.report.shard.total !== p.shard.total) {
      throw new MergeError(
        `${p.file} says shard ${p.report.shard.index}/${p.report.shard.total} but ${path.basename(sidecarPath(p.file))} says ${p.shard.index}/${p.shard.total}`,
      );
    }
  }

  const totals = new Map<number, string[]>();
  for (const p of partials) totals.set(p.shard.total, [...(totals.get(p.shard.total) ?? []), p.file]);
  if (totals.size > 1) {
    throw new MergeError(`the partial reports disagree on the number of shards: ${[...totals].map(([n, files]) => `${n} in ${files.join(', ')}`).join('; ')}`);
  }
  const total = partials[0].shard.total;

  const byIndex = new Map<number, PartialReport>();
  for (const p of partials) {
    const other = byIndex.get(p.shard.index);
    if (other) throw new MergeError(`two reports for shard ${p.shard.index} of ${total}: ${other.file} and ${p.file}`);
    byIndex.set(p.shard.index, p);
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new MergeError(
      `shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${total} ${missing.length === 1 ? 'is' : 'are'} missing ` +
        `(found ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')}); did a shard job fail before uploading its report?`,
    );
  }
  const ordered = [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i)!);
  const first = ordered[0];

  const differing = (what: string, value: (p: PartialReport) => string, hint: string) => {
    const values = new Map<string, number[]>();
    for (const p of ordered) values.set(value(p), [...(values.get(value(p)) ?? []), p.shard.index]);
    if (values.size > 1) {
      const list = [...values].map(([v, shards]) => `${v} (shard${shards.length === 1 ? '' : 's'} ${shards.join(', ')})`).join(', ');
      throw new MergeError(`the shards ran ${what}: ${list}; ${hint}`);
    }
  };
  const rerun = 're-run every shard of the same commit with the same genz-action version';
  differing('different simulator versions', (p) => p.report.tool.simulator, rerun);
  differing('different genz-action versions', (p) => p.report.tool.version, rerun);
  differing('different scenario sets (different commits or configs?)', (p) => `${p.shard.scenarios.length} scenarios, ${digest(p.shard.scenarios)}`, rerun);
  differing('different projects', (p) => canonicalJson(p.report.project), rerun);
  differing('different fail-on policies', (p) => p.report.policy.failOn, 'pass the same fail-on input to every shard');

  // Every id in exactly one shard, and in the shard the split gives it.
  const owner = new Map<string, number>();
  const byId = new Map<string, ScenarioReport>();
  for (const p of ordered) {
    for (const s of p.report.scenarios) {
      const before = owner.get(s.id);
      if (before !== undefined) throw new MergeError(`the shards overlap: scenario ${JSON.stringify(s.id)} is in shard ${before} and shard ${p.shard.index}`);
      owner.set(s.id, p.shard.index);
      byId.set(s.id, s);
    }
  }
  const assignment = shardAssignment(first.shard.scenarios, total);
  for (const p of ordered) {
    const ran = new Set(p.report.scenarios.map((s) => s.id));
    const declared = new Set(p.shard.selected);
    const unlisted = [...ran].filter((id) => !declared.has(id) || assignment.get(id) !== p.shard.index);
    if (unlisted.length > 0) throw new MergeError(`shard ${p.shard.index} (${p.file}) reports scenarios that are not its share: ${listNames(unlisted)}`);
    const absent = [...declared].filter((id) => !ran.has(id));
    if (absent.length > 0) throw new MergeError(`shard ${p.shard.index} (${p.file}) lacks scenarios of its share: ${listNames(absent)}`);
  }
  const uncovered = first.shard.scenarios.filter((id) => !byId.has(id));
  if (uncovered.length > 0) throw new MergeError(`no shard reports ${listNames(uncovered)}`);

  return mergeRunReports(
    ordered.map((p) => p.report),
    first.shard.scenarios,
  );
}

function digest(ids: readonly string[]): string {
  return `ids ${createHash('sha256').update(JSON.stringify(ids)).digest('hex').slice(0, 12)}`;
}

/** The partial report files a `reports` input names: a folder (every report.json below it) or a glob. */
export async function findPartialReports(spec: string, cwd: string): Promise<string[]> {
  const abs = path.resolve(cwd, spec);
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    return (await glob('**/report.json', { cwd: abs, absolute: true, onlyFiles: true })).sort();
  }
  // A glob, possibly absolute: walk from its longest literal prefix.
  const parts = abs.split(path.sep);
  const firstGlob = parts.findIndex((p) => /[*?[\]{}!]/.test(p));
  const root = firstGlob <= 0 ? path.dirname(abs) : parts.slice(0, firstGlob).join(path.sep) || path.sep;
  const pattern = firstGlob <= 0 ? path.basename(abs) : parts.slice(firstGlob).join('/');
  if (!existsSync(root)) return [];
  const files = await glob(pattern, { cwd: root, absolute: true, onlyFiles: true });
  return files.filter((f) => !f.endsWith('.shard.json')).sort();
}

/** The template the merged comment uses: the `template` input, else the project config's, else the default. */
function mergeTemplate(run: ActionRun): string | undefined {
  if (run.inputs.template) return readFileSync(path.resolve(run.workspace, run.inputs.template), 'utf8');
  const config = loadProjectConfig({ cwd: run.workspace, configPath: run.inputs.config });
  return config.template ? readFileSync(config.template, 'utf8') : undefined;
}

export async function runMerge(run: ActionRun): Promise<void> {
  const { inputs, ctx } = run;
  const files = await findPartialReports(inputs.reports!, run.workspace);
  if (files.length === 0)
    throw new MergeError(`no partial reports found at '${inputs.reports}' (a folder is searched for report.json files; anything else is a glob)`);
  const shown = (f: string) => path.relative(run.workspace, f) || f;
  const limits = artifactLimits(run.workspace, inputs.config);
  const partials = files.map((f) => ({ file: shown(f), report: readRunReportFile(f, shown(f), limits), shard: readShardSidecar(sidecarPath(f), limits) }));
  const report = mergeReports(partials);
  log.info(`Merged ${partials.length} shard reports: ${report.summary.total} scenarios.`);
  let issueNumber: number | null = null;
  if (inputs.comment !== 'never') {
    if (ctx.event.kind === 'pull_request') issueNumber = ctx.event.number;
    else log.info(`No pull request in this ${ctx.eventName} event: the report is in the job summary only.`);
  }
  await publishReport(run, report, { issueNumber, template: mergeTemplate(run), annotations: true, failOnPolicy: true, forbiddenHint: FORK_FLOW_HINT });
}
