/**
 * mode: refresh — rewrite the baselines and commit them to a branch through the contents API.
 *
 * On `issue_comment`: a comment whose first line is `/genz update-baselines [filter]` on a pull request.
 * The commenter's permission is asked from GitHub (write, maintain or admin; `author_association` says nothing
 * about write access). Refused with a reply (and a 😕 reaction): readers, closed pull requests, branches in
 * forks (the token cannot push there), a workspace that is not at the pull request's head, and nothing to
 * change. Otherwise the baselines are rewritten in the workspace (the workflow checks out the pull request's
 * head), each changed file is committed to the head branch with the blob sha it had at checkout (a file
 * changed on the branch since is not overwritten), the comment gets a 👍 and a reply lists what changed.
 * Other comments are ignored quietly.
 *
 * On `workflow_dispatch`: the same refresh and commits for the input `branch` (default: the dispatched branch).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as log from './log.js';
import {
  type CommentReaction,
  type IssueCommentEventInfo,
  canWrite,
  createIssueComment,
  describeGitHubError,
  getPullRequest,
  getRepositoryPermission,
  gitBlobSha,
  reactToComment,
  writeFileOnBranch,
} from '../github/index.js';
import { type BaselineChange, type ScenarioOutcome, loadProject, updateBaselines } from '../pipeline/pipeline.js';
import { codeSpan, escapeMarkdown } from '../report/escape.js';
import { type ActionRun, pipelineOptions, reportDir, requireClient } from './context.js';
import { InputValidationError } from './inputs.js';
import { setOutputs, writeSummary } from './sinks.js';
import { UserMessageError } from '../errors/index.js';

const COMMAND = /^\/genz[ \t]+update-baselines(?:[ \t]+(\S+))?[ \t]*$/;
const FILTER = /^[A-Za-z0-9._*?/-]{1,200}$/;

/** The command in a comment's first line: `{ filter }` (undefined: every scenario), or null when it is not the command. */
export function parseRefreshCommand(body: string): { filter: string | undefined } | null {
  const first = body.replace(/^\s+/, '').split(/\r?\n/, 1)[0] ?? '';
  const m = COMMAND.exec(first.trimEnd());
  return m ? { filter: m[1] } : null;
}

export type RefreshStatus = 'committed' | 'unchanged' | 'refused' | 'ignored';

export interface CommittedFile {
  /** Repository-relative path. */
  path: string;
  change: BaselineChange;
  commitSha: string;
}

export interface RefreshResult {
  files: CommittedFile[];
  failed: ScenarioOutcome[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function gitHead(cwd: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * Rewrites the baselines in the workspace and commits every changed file to `branch`, one commit per file,
 * each only if the branch still has the file as it was in the workspace before the rewrite.
 */
export async function refreshAndCommit(
  run: ActionRun,
  params: { branch: string; filter: string | undefined; message: (files: number) => string },
): Promise<RefreshResult> {
  const octokit = await requireClient(run);
  const opts = pipelineOptions(run, { filter: params.filter });
  const project = loadProject(opts);
  const root = project.config.root;
  const before = new Map<string, string | null>();
  for (const file of project.baselineOf.values()) {
    try {
      before.set(file, gitBlobSha(readFileSync(path.join(root, file))));
    } catch {
      before.set(file, null);
    }
  }
  const { changes, failed } = await updateBaselines(opts);
  const written = changes.filter((c) => c.outcome !== 'unchanged');
  const files: CommittedFile[] = [];
  const message = params.message(written.length);
  for (const change of written) {
    const abs = path.join(root, change.file);
    const repoPath = toPosix(path.relative(run.workspace, abs));
    if (repoPath.startsWith('../')) throw new Error(`${abs} is outside the workspace ${run.workspace}; cannot commit it`);
    try {
      const r = await writeFileOnBranch(octokit, {
        owner: run.ctx.repository.owner,
        repo: run.ctx.repository.repo,
        branch: params.branch,
        path: repoPath,
        content: readFileSync(abs),
        message,
        expectedSha: before.get(change.file) ?? null,
      });
      files.push({ path: repoPath, change, commitSha: r.commitSha });
      log.info(`Committed ${repoPath} to ${params.branch} (${r.commitSha.slice(0, 7)}).`);
    } catch (e) {
      const done = files.length ? ` Already committed: ${files.map((f) => f.path).join(', ')}.` : '';
      throw new RefreshCommitError(
        `Could not commit ${repoPath} to ${params.branch}: ${describeGitHubError(e, 'writeContents', { token: run.inputs.githubToken })}${done}`,
      );
    }
  }
  return { files, failed };
}

export class RefreshCommitError extends UserMessageError {
  constructor(message: string) {
    super(message, 'baseline refresh');
    this.name = 'RefreshCommitError';
  }
}

function idList(ids: readonly string[], max = 20): string {
  const shown = ids
    .slice(0, max)
    .map((id) => codeSpan(id))
    .join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

/** What changed, as Markdown: one line per file, then the scenarios that could not run. */
export function describeRefresh(result: RefreshResult): string {
  const lines = result.files.map(({ path: p, change }) => {
    const parts: string[] = [];
    if (change.changed.length) parts.push(`changed ${idList(change.changed)}`);
    if (change.added.length) parts.push(`added ${idList(change.added)}`);
    if (change.removed.length) parts.push(`removed ${idList(change.removed)}`);
    return `- ${codeSpan(p)} (${change.outcome})${parts.length ? `: ${parts.join('; ')}` : ''}`;
  });
  for (const f of result.failed.slice(0, 20)) {
    lines.push(`- ⚠️ ${codeSpan(f.scenario.id)} could not run (${escapeMarkdown(f.result.error?.message ?? 'unknown error')}); its old entry was kept`);
  }
  return lines.join('\n');
}

const NO_NEW_RUN_NOTE =
  "Commits pushed with the workflow's `GITHUB_TOKEN` start no new workflow runs, so the checks of this pull request still show the " +
  'old result: push another commit or re-run them (or let the refresh workflow use a GitHub App token, see docs/workflows/refresh.yml).';

async function react(run: ActionRun, commentId: number, content: CommentReaction): Promise<void> {
  try {
    await reactToComment(await requireClient(run), { owner: run.ctx.repository.owner, repo: run.ctx.repository.repo, commentId, content });
  } catch (e) {
    log.warning(`Could not react to the comment: ${describeGitHubError(e, 'addReaction', { token: run.inputs.githubToken })}`);
  }
}

async function reply(run: ActionRun, issueNumber: number, body: string): Promise<void> {
  await writeSummary(run, `### genz-action: refresh baselines\n\n${body}\n`);
  try {
    await createIssueComment(await requireClient(run), { owner: run.ctx.repository.owner, repo: run.ctx.repository.repo, issueNumber, body });
  } catch (e) {
    log.warning(`Could not reply on #${issueNumber}: ${describeGitHubError(e, 'createComment', { token: run.inputs.githubToken })}`);
  }
}

async function outputs(run: ActionRun, status: RefreshStatus | 'error', changed: number, markdown: string): Promise<void> {
  await setOutputs({ status, regressions: 0, changed, reportJson: '', reportDir: reportDir(run), markdown, commentId: null });
}

async function refreshFromComment(run: ActionRun, event: IssueCommentEventInfo): Promise<void> {
  const { owner, repo } = run.ctx.repository;
  const octokit = await requireClient(run);
  const ignore = async (why: string) => {
    log.info(`Nothing to do: ${why}.`);
    await outputs(run, 'ignored', 0, '');
  };
  if (event.action !== null && event.action !== 'created') return ignore(`the comment was ${event.action}, not created`);
  const command = parseRefreshCommand(event.comment.body);
  if (!command) return ignore('the comment is not a /genz update-baselines command');
  if (!event.isPullRequest) return ignore(`#${event.issueNumber} is an issue, not a pull request`);

  const user = event.comment.author;
  const number = event.issueNumber;
  const refuse = async (why: string) => {
    log.notice(`Baselines not refreshed: ${why}`);
    await react(run, event.comment.id, 'confused');
    await reply(run, number, `@${user} ${why}`);
    await outputs(run, 'refused', 0, why);
  };

  const permission = await getRepositoryPermission(octokit, { owner, repo, username: user });
  if (!canWrite(permission)) {
    return refuse(
      `refreshing baselines needs write access to ${owner}/${repo}; your permission is ${codeSpan(permission.role ?? permission.permission)}. Ask a maintainer to comment ${codeSpan('/genz update-baselines')}.`,
    );
  }
  if (command.filter !== undefined && !FILTER.test(command.filter)) {
    return refuse(`the filter ${codeSpan(command.filter)} is not a scenario id glob (letters, digits, ${codeSpan('. _ - / * ?')}).`);
  }
  const pr = await getPullRequest(octokit, { owner, repo, number });
  if (pr.state !== 'open') return refuse(`#${number} is ${pr.state}; baselines are refreshed on open pull requests only.`);
  if (pr.isFork) {
    return refuse(
      `this pull request's branch lives in ${pr.headRepoFullName ? codeSpan(pr.headRepoFullName) : 'a deleted fork'}, which this workflow's token cannot push to. ` +
        `Refresh the baselines locally (${codeSpan('npx genz update')}) and push them to the branch.`,
    );
  }
  const head = gitHead(run.workspace);
  if (head === null) {
    log.warning(
      'The workspace is not a git checkout: cannot check that it is at the pull request head (files changed on the branch since are still never overwritten).',
    );
  } else if (head !== pr.headSha) {
    return refuse(
      `the workflow checked out ${codeSpan(head.slice(0, 7))} but the head of #${number} is ${codeSpan(pr.headSha.slice(0, 7))} ` +
        `(pushed to since the command, or the workflow checks out another ref: it must check out ${codeSpan(`refs/pull/${number}/head`)}). Comment the command again.`,
    );
  }

  let result: RefreshResult;
  try {
    result = await refreshAndCommit(run, {
      branch: pr.headRef,
      filter: command.filter,
      message: (n) => `genz: refresh baselines (${plural(n, 'file')}) requested by @${user} in #${number}`,
    });
  } catch (e) {
    if (!(e instanceof RefreshCommitError)) throw e;
    await react(run, event.comment.id, 'confused');
    await reply(run, number, `@${user} the baselines could not be committed: ${e.message}`);
    throw e;
  }
  const scope = command.filter ? ` for ${codeSpan(command.filter)}` : '';
  if (result.files.length === 0) {
    return refuse(`the baselines${scope} are already up to date: nothing to commit.${result.failed.length ? `\n\n${describeRefresh(result)}` : ''}`);
  }
  const body =
    `@${user} refreshed the baselines${scope} on ${codeSpan(pr.headRef)}: ${plural(result.files.length, 'file')} committed.\n\n` +
    `${describeRefresh(result)}\n\n${NO_NEW_RUN_NOTE}`;
  await react(run, event.comment.id, '+1');
  await reply(run, number, body);
  await outputs(run, 'committed', result.files.length, body);
}

async function refreshFromDispatch(run: ActionRun): Promise<void> {
  const { env, inputs } = run;
  const dispatched = env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice('refs/heads/'.length) : undefined;
  const branch = inputs.branch ?? dispatched;
  if (!branch)
    throw new InputValidationError(`input 'branch' is required: the workflow was dispatched on ${env.GITHUB_REF ?? 'an unknown ref'}, which is not a branch`);
  const actor = env.GITHUB_ACTOR || 'unknown';
  const result = await refreshAndCommit(run, {
    branch,
    filter: undefined,
    message: (n) => `genz: refresh baselines (${plural(n, 'file')}) requested by @${actor} via workflow_dispatch`,
  });
  const body =
    result.files.length === 0
      ? `The baselines on ${codeSpan(branch)} are up to date: nothing to commit.${result.failed.length ? `\n\n${describeRefresh(result)}` : ''}`
      : `Refreshed the baselines on ${codeSpan(branch)}: ${plural(result.files.length, 'file')} committed.\n\n${describeRefresh(result)}\n\n${NO_NEW_RUN_NOTE}`;
  await writeSummary(run, `### genz-action: refresh baselines\n\n${body}\n`);
  log.rawBlock(body);
  await outputs(run, result.files.length ? 'committed' : 'unchanged', result.files.length, body);
}

export async function runRefresh(run: ActionRun): Promise<void> {
  const { ctx } = run;
  if (ctx.event.kind === 'issue_comment') return refreshFromComment(run, ctx.event);
  if (ctx.eventName === 'workflow_dispatch') return refreshFromDispatch(run);
  throw new InputValidationError(
    `mode: refresh runs on issue_comment (the /genz update-baselines command) or workflow_dispatch events, not ${ctx.eventName}; see docs/workflows/refresh.yml`,
  );
}
