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
import * as runner from './runner.js';
import * as log from './log.js';
import { EXIT_CODES, UserError, UserMessageError, debugEnabled, formatProblem, internalErrorText, oneLine } from '../errors/index.js';
// The runner context only: the rest of src/github (comments, contents, errors) is loaded by the modes that talk to GitHub.
import { type ActionContext, readActionContext } from '../github/context.js';
import { runCheckOrReport } from './check.js';
import type { ActionRun } from './context.js';
import { type ActionInputs, readInputs } from './inputs.js';

export type { ActionStatus } from './sinks.js';

/**
 * One error model (src/errors): a UserError lists its problems as annotations at their file, line and column
 * and fails the step (exit 2, the same as the CLI); anything else is an internal error (exit 3) with a one-line
 * message, the stack only with RUNNER_DEBUG.
 */
async function fail(run: ActionRun | null, e: unknown, env: NodeJS.ProcessEnv): Promise<void> {
  runner.setOutput('status', 'error');
  if (e instanceof UserMessageError) {
    // One sentence about an input or a file (no position to annotate).
    log.setFailed(`genz-action: ${oneLine(e.message)}`);
    process.exitCode = EXIT_CODES.input;
  } else if (e instanceof UserError) {
    for (const p of e.problems) {
      log.error(oneLine(p.hint ? `${p.message} (hint: ${p.hint})` : p.message), {
        file: p.file,
        startLine: p.line,
        startColumn: p.column,
        title: p.fieldPath || 'genz-action input',
      });
    }
    const list = e.problems.map(formatProblem).join('\n');
    if (run)
      await (await import('./sinks.js')).writeSummary(
        run,
        `### genz-action: ${e.headline}\n\nNothing was simulated or written.\n\n\`\`\`\n${list.replace(/`{3,}/g, '``')}\n\`\`\`\n`,
      );
    log.setFailed(`genz-action: ${e.headline}; nothing was simulated or written:\n${list}`);
    process.exitCode = EXIT_CODES.input;
  } else {
    log.setFailed(`genz-action: ${internalErrorText(e, debugEnabled(env))}`);
    process.exitCode = EXIT_CODES.internal;
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: ActionInputs;
  let ctx: ActionContext;
  try {
    inputs = readInputs((name) => runner.getInput(name));
    ctx = readActionContext(env);
  } catch (e) {
    await fail(null, e, env);
    return;
  }
  if (inputs.githubToken) runner.setSecret(inputs.githubToken);
  // The GitHub client is created when a mode first needs it (context.ts clientOf).
  const action: ActionRun = { inputs, ctx, env, workspace: ctx.workspace ?? process.cwd() };
  try {
    switch (inputs.mode) {
      case 'check':
      case 'report':
        return await runCheckOrReport(action);
      // The other modes are loaded when chosen (chunk files beside the bundle): a check or report run never
      // reads or compiles them.
      case 'update':
        return await (await import('./update.js')).runUpdate(action);
      case 'merge':
        return await (await import('./merge.js')).runMerge(action);
      case 'post':
        return await (await import('./post.js')).runPost(action);
      case 'refresh':
        return await (await import('./refresh.js')).runRefresh(action);
    }
  } catch (e) {
    await fail(action, e, env);
  }
}
