/**
 * The action: read inputs → compute the RunReport and its Markdown (pure of GitHub) → sinks (job
 * summary, annotations, outputs, the sticky comment, the exit status). Computing and posting are
 * separate steps, so a failed or forbidden post never hides the verdict.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { canonicalJson } from '../baselines/index.js';
import {
  type ActionContext, type GitHubClient, createGitHubClient, describeGitHubError, isForbidden, readActionContext, upsertStickyComment,
} from '../github/index.js';
import { ProjectConfigError, formatManifestError } from '../manifests/index.js';
import {
  InputError, type PipelineOptions, buildReport, loadProject, readBaselines, simulateScenarios, updateBaselines,
} from '../pipeline/pipeline.js';
import { reproducePrefix } from '../pipeline/version.js';
import { annotationsFor } from '../report/annotations.js';
import { fitComment, fitSummary, renderMarkdown } from '../report/render.js';
import type { RunReport } from '../report/run-report.js';
import { readBaseBaselines } from './base-baselines.js';
import { type ActionInputs, InputValidationError, readInputs } from './inputs.js';

export type ActionStatus = 'clean' | 'changed' | 'regression' | 'error';

function setOutputs(o: { status: ActionStatus; regressions: number; changed: number; reportJson: string; markdown: string; commentId: number | null }): void {
  core.setOutput('status', o.status);
  core.setOutput('regressions', String(o.regressions));
  core.setOutput('changed', String(o.changed));
  core.setOutput('report-json', o.reportJson);
  core.setOutput('markdown', o.markdown);
  core.setOutput('comment-id', o.commentId === null ? '' : String(o.commentId));
}

function pipelineOptions(inputs: ActionInputs, workspace: string, env: NodeJS.ProcessEnv): PipelineOptions {
  return {
    cwd: workspace,
    configPath: inputs.config,
    overrides: { manifests: inputs.manifests, baselinesDir: inputs.baselinesDir, failOn: inputs.failOn, template: inputs.template },
    reproducePrefix: reproducePrefix(env),
  };
}

function client(inputs: ActionInputs, ctx: ActionContext, env: NodeJS.ProcessEnv): GitHubClient | null {
  if (!inputs.githubToken) return null;
  // Tests shorten the retry and rate-limit waits; real runs keep GitHub's recommended pacing.
  const unit = env.GENZ_GITHUB_RETRY_UNIT_MS ? Number(env.GENZ_GITHUB_RETRY_UNIT_MS) : undefined;
  return createGitHubClient({
    token: inputs.githubToken,
    baseUrl: ctx.apiUrl,
    log: core,
    timing: unit === undefined ? undefined : { retryBaseDelayMs: unit, rateLimitDelayUnitMs: unit, spaceWrites: false },
  });
}

function writeReportFile(report: RunReport, env: NodeJS.ProcessEnv, workspace: string): string {
  const dir = env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, 'genz-action') : path.join(workspace, '.genz');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'report.json');
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  return file;
}

function emitAnnotations(report: RunReport): void {
  for (const a of annotationsFor(report, { maxErrors: 10, maxWarnings: 10 })) {
    const props = { title: a.title, file: a.file ?? undefined, startLine: a.line ?? undefined, startColumn: a.column ?? undefined };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}

async function postComment(
  inputs: ActionInputs, ctx: ActionContext, octokit: GitHubClient | null, report: RunReport, body: string,
): Promise<number | null> {
  if (inputs.comment === 'never' || inputs.mode !== 'check') return null;
  if (ctx.event.kind !== 'pull_request') {
    core.info(`No pull request in this ${ctx.eventName} event: the report is in the job summary only.`);
    return null;
  }
  if (!octokit) return null;
  const changed = report.summary.status !== 'clean';
  try {
    const r = await upsertStickyComment(octokit, {
      owner: ctx.repository.owner,
      repo: ctx.repository.repo,
      issueNumber: ctx.event.number,
      key: inputs.commentKey,
      author: inputs.commentAuthor,
      body,
      // on-change: post only when something changed, but keep an existing comment current when the PR turns clean.
      createIfMissing: inputs.comment === 'always' || changed,
    });
    core.info(`Sticky comment ${r.action}${r.url ? `: ${r.url}` : ''}${r.deleted.length ? ` (removed ${r.deleted.length} duplicate(s))` : ''}`);
    return r.commentId;
  } catch (e) {
    const message = describeGitHubError(e, 'createComment', { token: inputs.githubToken });
    if (isForbidden(e)) {
      core.notice(`${message}\nThe report is in the job summary and the step outputs; the verdict is unchanged. To comment on pull requests from forks, run this action with mode: report and post from a second workflow on workflow_run (see the README).`);
    } else {
      core.warning(`Could not post the pull-request comment: ${message}`);
    }
    return null;
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: ActionInputs;
  let ctx: ActionContext;
  try {
    inputs = readInputs((name) => core.getInput(name));
    ctx = readActionContext(env);
  } catch (e) {
    core.setOutput('status', 'error');
    core.setFailed((e as Error).message);
    return;
  }
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const workspace = ctx.workspace ?? process.cwd();
  const opts = pipelineOptions(inputs, workspace, env);
  const octokit = client(inputs, ctx, env);

  try {
    if (inputs.mode === 'update') {
      const { changes, failed } = await updateBaselines(opts);
      const written = changes.filter((c) => c.outcome !== 'unchanged');
      let md = `### genz-action: baselines\n\n`;
      md += written.length === 0 ? 'Baselines are up to date.\n' : written.map((c) => `- \`${c.file}\`: ${c.outcome}`).join('\n') + '\n';
      for (const f of failed) md += `\n> ${f.scenario.id} could not run: ${f.result.error!.message}\n`;
      if (inputs.summary) await core.summary.addRaw(md).write();
      setOutputs({ status: written.length ? 'changed' : 'clean', regressions: 0, changed: written.length, reportJson: '', markdown: md, commentId: null });
      return;
    }

    // 1. Compute: the report and its Markdown, independent of GitHub.
    const project = loadProject(opts);
    const outcomes = simulateScenarios(project, opts);
    const baselines = await readBaselines(project);
    let base: Awaited<ReturnType<typeof readBaseBaselines>> | undefined;
    if (ctx.event.kind === 'pull_request') {
      base = await readBaseBaselines(workspace, project.baselineOf, { owner: ctx.repository.owner, repo: ctx.repository.repo, sha: ctx.event.base.sha }, octokit, (m) => core.info(m))
        .catch((e) => {
          core.info(`Base-branch baselines unavailable (${describeGitHubError(e, 'readContents')}); accepted regressions are not shown.`);
          return undefined;
        });
      // Only a PR that rewrote baseline files can have accepted a regression.
      if (base && ![...project.baselineOf.keys()].some((m) => canonicalOrNull(base!.get(m)) !== canonicalOrNull(baselines.get(m)))) base = undefined;
    }
    const { report } = buildReport(project, outcomes, baselines, opts, base);
    const template = project.config.template ? readFileSync(project.config.template, 'utf8') : undefined;
    const comment = fitComment(report, { template });
    const summary = fitSummary(report, { template });
    const reportJson = writeReportFile(report, env, workspace);
    const status: ActionStatus = report.summary.status;

    // 2. Sinks: each one independent; none can change the verdict.
    if (inputs.summary) await core.summary.addRaw(summary.markdown).write();
    emitAnnotations(report);
    const commentId = await postComment(inputs, ctx, octokit, report, comment.markdown);
    setOutputs({ status, regressions: report.summary.regressions, changed: report.summary.changed, reportJson, markdown: comment.markdown, commentId });

    if (inputs.mode === 'check' && report.policy.fail) {
      core.setFailed(`genz-action: ${report.verdict} (fail-on: ${report.policy.failOn}: ${report.policy.reasons.join('; ')})`);
    } else {
      core.info(`genz-action: ${report.verdict}`);
    }
  } catch (e) {
    core.setOutput('status', 'error');
    if (e instanceof InputError) {
      for (const err of e.errors) core.error(err.message, { file: err.file, startLine: err.line, startColumn: err.column, title: err.path || 'genz-action input' });
      core.setFailed(`genz-action: ${e.errors.length} problem(s) in the manifests or config; nothing was simulated:\n${e.errors.map(formatManifestError).join('\n')}`);
    } else if (e instanceof ProjectConfigError || e instanceof InputValidationError) {
      core.setFailed(`genz-action: ${(e as Error).message}`);
    } else {
      core.setFailed(`genz-action failed: ${(e as Error).stack ?? String(e)}`);
    }
  }
}

function canonicalOrNull(f: unknown): string | null {
  return f === null || f === undefined ? null : canonicalJson(f);
}
