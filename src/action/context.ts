/**
 * What every mode gets: the validated inputs, the runner context, the environment, the workspace and (when a
 * token is given) the GitHub client.
 */
import path from 'node:path';
import type { ActionContext, GitHubClient } from '../github/index.js';
import { loadGitHubClient } from '../github/lazy-client.js';
import type { PipelineOptions } from '../pipeline/pipeline.js';
import { debug as logDebug, githubLogger } from './log.js';
import { reproducePrefix } from '../pipeline/version.js';
import { type ActionInputs, InputValidationError } from './inputs.js';

export interface ActionRun {
  inputs: ActionInputs;
  ctx: ActionContext;
  env: NodeJS.ProcessEnv;
  /** GITHUB_WORKSPACE, else the current directory. */
  workspace: string;
  /**
   * The GitHub client (null without a token), created on first use by {@link clientOf}; set it beforehand to
   * inject one (tests).
   */
  octokit?: GitHubClient | null;
}

/** The run's GitHub client, created on first use (null when no token is given). */
export async function clientOf(run: ActionRun): Promise<GitHubClient | null> {
  if (run.octokit === undefined) run.octokit = await createClient(run.inputs, run.ctx, run.env);
  return run.octokit;
}

export async function createClient(inputs: ActionInputs, ctx: ActionContext, env: NodeJS.ProcessEnv): Promise<GitHubClient | null> {
  if (!inputs.githubToken) return null;
  // Tests shorten the retry and rate-limit waits; real runs keep GitHub's recommended pacing.
  const unit = env.GENZ_GITHUB_RETRY_UNIT_MS ? Number(env.GENZ_GITHUB_RETRY_UNIT_MS) : undefined;
  return loadGitHubClient({
    token: inputs.githubToken,
    baseUrl: ctx.apiUrl,
    log: githubLogger,
    timing: unit === undefined || !Number.isFinite(unit) ? undefined : { retryBaseDelayMs: unit, rateLimitDelayUnitMs: unit, spaceWrites: false },
  });
}

export function pipelineOptions(run: ActionRun, extra: Partial<PipelineOptions> = {}): PipelineOptions {
  const { inputs } = run;
  return {
    cwd: run.workspace,
    configPath: inputs.config,
    overrides: { manifests: inputs.manifests, baselinesDir: inputs.baselinesDir, failOn: inputs.failOn, template: inputs.template },
    reproducePrefix: reproducePrefix(run.env),
    // A debug line (shown with step debug logging) marking the first finished simulation: `npm run bench`
    // measures the action's cold start up to it.
    onProgress: (done, total) => {
      if (done === 1) logDebug(`genz: first scenario simulated (${total} selected)`);
    },
    ...extra,
  };
}

/** The `report-dir` input (relative to the workspace), else $RUNNER_TEMP/genz-action, else <workspace>/.genz. */
export function reportDir(run: ActionRun): string {
  if (run.inputs.reportDir) return path.resolve(run.workspace, run.inputs.reportDir);
  return run.env.RUNNER_TEMP ? path.join(run.env.RUNNER_TEMP, 'genz-action') : path.join(run.workspace, '.genz');
}

/** The client, or an error saying which input is missing (modes that cannot work without GitHub). */
export async function requireClient(run: ActionRun): Promise<GitHubClient> {
  const octokit = await clientOf(run);
  if (!octokit) throw new InputValidationError(`mode ${run.inputs.mode} needs the input 'github-token'`);
  return octokit;
}
