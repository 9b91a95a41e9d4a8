/**
 * The action: read inputs → compute the RunReport and its Markdown (pure of GitHub) → sinks (job summary,
 * annotations, outputs, the sticky comment, the exit status). Computing and posting are separate steps, so a
 * failed or forbidden post never hides the verdict.
 *
 * Modes (input `mode`):
 *  - check   (check.ts)   diff against the baselines, keep the sticky comment, fail per fail-on;
 *  - report  (check.ts)   the same without posting; writes report.json for a second workflow (or one shard);
 *  - post    (post.ts)    on workflow_run: validate an uploaded report and keep the sticky comment;
 *  - merge   (merge.ts)   combine the shards' partial reports, then as check;
 *  - update  (update.ts)  rewrite the baselines in the workspace;
 *  - refresh (refresh.ts) `/genz update-baselines` comments and workflow_dispatch: rewrite and commit baselines.
 */
import * as core from '@actions/core';
import { type ActionContext, ContextError, readActionContext } from '../github/index.js';
import { ProjectConfigError, formatManifestError } from '../manifests/index.js';
import { InputError } from '../pipeline/pipeline.js';
import { runCheckOrReport } from './check.js';
import { type ActionRun, createClient } from './context.js';
import { type ActionInputs, InputValidationError, readInputs } from './inputs.js';
import { MergeError, runMerge } from './merge.js';
import { runPost } from './post.js';
import { RefreshCommitError, runRefresh } from './refresh.js';
import { ReportValidationError } from './report-validation.js';
import { ShardFileError } from './shard.js';
import { writeSummary } from './sinks.js';
import { runUpdate } from './update.js';

export type { ActionStatus } from './sinks.js';

/** Errors whose message says it all (no stack trace). */
const EXPECTED_ERRORS = [ContextError, ProjectConfigError, InputValidationError, MergeError, ReportValidationError, ShardFileError, RefreshCommitError];

async function fail(run: ActionRun | null, e: unknown): Promise<void> {
  core.setOutput('status', 'error');
  if (e instanceof InputError) {
    for (const err of e.errors) core.error(err.message, { file: err.file, startLine: err.line, startColumn: err.column, title: err.path || 'genz-action input' });
    const list = e.errors.map(formatManifestError).join('\n');
    if (run) await writeSummary(run, `### genz-action: ${e.errors.length} problem(s) in the input\n\nNothing was simulated.\n\n\`\`\`\n${list.replace(/`{3,}/g, '``')}\n\`\`\`\n`);
    core.setFailed(`genz-action: ${e.errors.length} problem(s) in the manifests or config; nothing was simulated:\n${list}`);
  } else if (EXPECTED_ERRORS.some((cls) => e instanceof cls)) {
    core.setFailed(`genz-action: ${(e as Error).message}`);
  } else {
    core.setFailed(`genz-action failed: ${(e as Error)?.stack ?? String(e)}`);
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: ActionInputs;
  let ctx: ActionContext;
  try {
    inputs = readInputs((name) => core.getInput(name));
    ctx = readActionContext(env);
  } catch (e) {
    await fail(null, e);
    return;
  }
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const action: ActionRun = { inputs, ctx, env, workspace: ctx.workspace ?? process.cwd(), octokit: createClient(inputs, ctx, env) };
  try {
    switch (inputs.mode) {
      case 'check':
      case 'report':
        return await runCheckOrReport(action);
      case 'update':
        return await runUpdate(action);
      case 'merge':
        return await runMerge(action);
      case 'post':
        return await runPost(action);
      case 'refresh':
        return await runRefresh(action);
    }
  } catch (e) {
    await fail(action, e);
  }
}
