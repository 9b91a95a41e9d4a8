/**
 * mode: check and mode: report. Compute the RunReport and its Markdown (independent of GitHub), then hand it
 * to the sinks. check also keeps the sticky comment; report never posts (it is the first half of the fork-safe
 * flow, or one shard of a matrix).
 */
import { readFileSync } from 'node:fs';
import * as log from './log.js';
import { sameBaselineFile } from '../baselines/index.js';
import { assertFilterMatches, compareScenarios, loadProjectWithHub, readBaselines, runScenarioIds } from '../pipeline/pipeline.js';
import type { RunReport } from '../run-report/index.js';
import type { readBaseBaselines } from './base-baselines.js';
import { type ActionRun, clientOf, pipelineOptions } from './context.js';
import type { ShardSidecar } from './shard.js';

export interface ComputedReport {
  report: RunReport;
  /** The project's template text, when it has one. */
  template: string | undefined;
  sidecar: ShardSidecar | undefined;
}

/** Loads, simulates (one shard when asked) and diffs; on pull requests, also reads the base branch's baselines. */
export async function computeReport(run: ActionRun): Promise<ComputedReport> {
  const { inputs, ctx } = run;
  let opts = pipelineOptions(run);
  const project = await loadProjectWithHub(opts);
  const baselines = await readBaselines(project);
  assertFilterMatches(project, opts, baselines);
  let sidecar: ShardSidecar | undefined;
  if (inputs.shard) {
    // Loaded by sharded runs only.
    const { shardSelector, shardSidecar } = await import('./shard.js');
    const ids = runScenarioIds(project, baselines, opts);
    sidecar = shardSidecar(inputs.shard, ids);
    opts = { ...opts, select: shardSelector(ids, inputs.shard) };
    log.info(`Shard ${inputs.shard.index} of ${inputs.shard.total}: ${sidecar.selected.length} of ${ids.length} scenarios.`);
  }
  let base: Awaited<ReturnType<typeof readBaseBaselines>> | undefined;
  if (ctx.event.kind === 'pull_request') {
    const baseRef = { owner: ctx.repository.owner, repo: ctx.repository.repo, sha: ctx.event.base.sha };
    // Loaded on pull requests only (it runs git through node:child_process, which a start need not load).
    const { readBaseBaselines } = await import('./base-baselines.js');
    const { describeGitHubError } = await import('../github/errors.js');
    base = await readBaseBaselines(run.workspace, project.baselineOf, baseRef, await clientOf(run), (m) => log.info(m)).catch((e) => {
      log.info(`Base-branch baselines unavailable (${describeGitHubError(e, 'readContents')}); accepted regressions are not shown.`);
      return undefined;
    });
    // Only a PR that rewrote baseline files can have accepted a regression.
    if (base && ![...project.baselineOf.keys()].some((m) => !sameBaselineFile(base!.get(m), baselines.get(m)))) base = undefined;
  }
  const { report } = compareScenarios(project, baselines, opts, base);
  if (inputs.shard) report.shard = { index: inputs.shard.index, total: inputs.shard.total };
  const template = project.config.template ? readFileSync(project.config.template, 'utf8') : undefined;
  return { report, template, sidecar };
}

export async function runCheckOrReport(run: ActionRun): Promise<void> {
  const { inputs, ctx } = run;
  const { report, template, sidecar } = await computeReport(run);
  let issueNumber: number | null = null;
  if (inputs.mode === 'check' && inputs.comment !== 'never') {
    if (ctx.event.kind === 'pull_request') issueNumber = ctx.event.number;
    else log.info(`No pull request in this ${ctx.eventName} event: the report is in the job summary only.`);
  }
  // The sinks (rendering, HTML, report validation) are loaded once the simulation is done.
  const { FORK_FLOW_HINT, publishReport } = await import('./sinks.js');
  await publishReport(run, report, {
    issueNumber,
    template,
    annotations: true,
    // A shard's partial report has no verdict of its own: the merge job applies fail-on to the whole run.
    failOnPolicy: !sidecar,
    sidecar,
    forbiddenHint: FORK_FLOW_HINT,
  });
}
