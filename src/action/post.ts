/**
 * mode: post — the second half of the fork-safe flow. A workflow on `workflow_run` (base repository, write
 * token, no pull-request code) reads the RunReport the `pull_request` run uploaded and keeps the sticky comment.
 *
 * What it trusts: only the artifact's data (scenario ids and their numbers and verdicts), after strict
 * validation (report-validation.ts). The Markdown is rendered again here with the default template, never a
 * template from the pull request; summary, verdict and fail-on reasons are recomputed from the scenario diffs;
 * every string is escaped by the renderer. The pull request comes from GitHub, never from the artifact: the
 * event's `workflow_run.pull_requests`, else (always for forks) the open pull request whose head is
 * `workflow_run.head_sha`. A report for a commit that is no longer the pull request's head is not posted, so
 * runs finishing out of order cannot replace a newer comment with an older one.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import * as log from './log.js';
import { type GitHubClient, describeGitHubError, findPullRequestForCommit, getPullRequest, isNotFound, type WorkflowRunEventInfo } from '../github/index.js';
import { finalizeReport, type RunReport } from '../run-report/index.js';
import { type ActionRun, requireClient } from './context.js';
import { InputValidationError } from './inputs.js';
import { ReportValidationError, artifactLimits, readRunReportFile } from './report-validation.js';
import { publishReport } from './sinks.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The report file the `report` input names (a folder means its report.json). */
export function reportFileOf(input: string, workspace: string): string {
  const abs = path.resolve(workspace, input);
  try {
    if (statSync(abs).isDirectory()) return path.join(abs, 'report.json');
  } catch {
    // reported when it is read
  }
  return abs;
}

/** The artifact's scenarios with summary, policy and verdict recomputed from them. */
export function retrustReport(untrusted: RunReport, label: string): RunReport {
  if (untrusted.shard) {
    throw ReportValidationError.about(
      label,
      `the partial report of shard ${untrusted.shard.index} of ${untrusted.shard.total}: merge the shards (mode: merge) and upload the merged report`,
    );
  }
  return finalizeReport({ ...untrusted, policy: { failOn: untrusted.policy.failOn } });
}

/** The open pull request whose head is the upstream run's commit, or null. */
export async function pullRequestOf(octokit: GitHubClient, run: ActionRun, event: WorkflowRunEventInfo): Promise<number | null> {
  const { owner, repo } = run.ctx.repository;
  // Listed by GitHub for same-repository branches. The list can name pull requests of other repositories
  // with the same branch name, so the number is checked against this repository.
  for (const listed of event.pullRequests.filter((p) => p.headSha === event.headSha)) {
    try {
      const pr = await getPullRequest(octokit, { owner, repo, number: listed.number });
      if (pr.state === 'open' && pr.headSha === event.headSha && pr.baseRepoFullName.toLowerCase() === run.ctx.repository.fullName.toLowerCase())
        return pr.number;
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
  // Forks: the payload lists none. Ask which pull request has this commit as its head.
  const found = await findPullRequestForCommit(octokit, { owner, repo, sha: event.headSha, headRepoFullName: event.headRepoFullName });
  return found?.number ?? null;
}

export async function runPost(run: ActionRun): Promise<void> {
  const { inputs, ctx } = run;
  const octokit = await requireClient(run);
  if (ctx.event.kind !== 'workflow_run') {
    throw new InputValidationError(
      `mode: post runs in a workflow triggered by workflow_run (this one was triggered by ${ctx.eventName}); see docs/workflows/pr-comment.yml`,
    );
  }
  const event = ctx.event;
  if (inputs.template)
    log.notice('mode: post ignores the template input: the comment is rendered with the default template (the report comes from an untrusted run).');

  const file = reportFileOf(inputs.report!, run.workspace);
  const label = path.relative(run.workspace, file).startsWith('..') ? file : path.relative(run.workspace, file);
  // The project's limits when the workspace has its config (a checkout), else the defaults.
  const report = retrustReport(readRunReportFile(file, label, artifactLimits(run.workspace, inputs.config)), label);

  let issueNumber: number | null = null;
  if (event.triggeringEvent !== null && !PR_EVENTS.has(event.triggeringEvent)) {
    log.info(`The upstream run was triggered by ${event.triggeringEvent}, not a pull request: nothing to comment on.`);
  } else {
    try {
      issueNumber = await pullRequestOf(octokit, run, event);
    } catch (e) {
      log.warning(
        `Could not find the pull request of ${event.headSha.slice(0, 7)}: ${describeGitHubError(e, 'listPullRequestsForCommit', { token: inputs.githubToken })}`,
      );
    }
    if (issueNumber === null) {
      log.notice(`No open pull request has ${event.headSha.slice(0, 7)} as its head (closed, or pushed to since): the report is in the job summary only.`);
    } else {
      log.info(`Posting the report of ${event.headSha.slice(0, 7)} to #${issueNumber}.`);
    }
  }
  await publishReport(run, report, {
    issueNumber,
    template: undefined,
    annotations: false,
    // The verdict belongs to the pull_request run; this workflow only posts it.
    failOnPolicy: false,
    forbiddenHint: 'The workflow on workflow_run needs `pull-requests: write` in its permissions block.',
  });
}
