/**
 * Where a computed report goes: report files, the job summary, annotations, the sticky comment, the step
 * outputs and the exit status. Each sink is independent and none can change the verdict: a failed or forbidden
 * comment is logged and the rest still happens.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as log from './log.js';
import * as runner from './runner.js';
import { oneLine } from '../errors/index.js';
import type { Limits } from '../limits.js';
import { MAX_COMMENT_BODY_LENGTH, describeGitHubError, hiddenMarker, isForbidden, upsertStickyComment } from '../github/index.js';
import { annotationsFor } from '../report/annotations.js';
import { renderHtml } from '../report/html.js';
import { fitComment, fitSummary, loadTemplateCompiler } from '../report/render.js';
import { type RunReport, runReportFileChunks } from '../run-report/index.js';
import { writeChunksAtomic } from '../safe-fs.js';
import { type ActionRun, clientOf, reportDir } from './context.js';
import { artifactLimits, validateRunReport } from './report-validation.js';
import { type ShardSidecar, sidecarPath } from './shard.js';

export type ActionStatus = 'clean' | 'changed' | 'regression' | 'error';

export interface ActionOutputs {
  status: string;
  regressions: number;
  /** Scenarios violating an SLO budget (absent: 0). */
  sloViolations?: number;
  changed: number;
  reportJson: string;
  reportDir: string;
  markdown: string;
  commentId: number | null;
}

export async function setOutputs(o: ActionOutputs): Promise<void> {
  runner.setOutput('status', o.status);
  runner.setOutput('regressions', String(o.regressions));
  runner.setOutput('slo-violations', String(o.sloViolations ?? 0));
  runner.setOutput('changed', String(o.changed));
  runner.setOutput('report-json', o.reportJson);
  runner.setOutput('report-dir', o.reportDir);
  runner.setOutput('html-report', o.reportJson ? path.join(path.dirname(o.reportJson), 'report.html') : '');
  runner.setOutput('markdown', o.markdown);
  runner.setOutput('comment-id', o.commentId === null ? '' : String(o.commentId));
}

export async function writeSummary(run: ActionRun, markdown: string): Promise<void> {
  if (!run.inputs.summary) return;
  try {
    runner.appendSummary(markdown);
  } catch (e) {
    log.warning(`Could not write the job summary: ${(e as Error).message}`);
  }
}

function writeJson(file: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value, null, 2) + '\n');
  renameSync(tmp, file);
}

/** Scenarios validated at a time by {@link validateOwnReport}. */
const VALIDATE_CHUNK = 2000;

/**
 * Validates a report this run is about to write with the schema `mode: post` and `mode: merge` read it with, on a
 * copy (validation relabels metric rows), a few thousand scenarios at a time: one JSON copy of a 100,000-scenario
 * report would pass V8's longest string. The cross-scenario checks (count, duplicate ids) run on the whole.
 */
function validateOwnReport(report: RunReport, limits: Limits): void {
  if (report.scenarios.length > limits.scenarios) {
    throw new Error(`internal: the report holds ${report.scenarios.length} scenarios, over limits.scenarios ${limits.scenarios}`);
  }
  const n = report.scenarios.length;
  for (let from = 0; from === 0 || from < n; from += VALIDATE_CHUNK) {
    const part = { ...report, scenarios: report.scenarios.slice(from, from + VALIDATE_CHUNK) };
    validateRunReport(
      JSON.parse(JSON.stringify(part)),
      from === 0 ? 'report.json' : `report.json (scenarios ${from}–${Math.min(n, from + VALIDATE_CHUNK) - 1})`,
      { limits },
    );
  }
}

/** Writes report.json (and, for a shard, report.shard.json) into the report folder; returns their paths. */
export function writeReportFiles(run: ActionRun, report: RunReport, sidecar?: ShardSidecar): { reportJson: string; dir: string } {
  const dir = reportDir(run);
  mkdirSync(dir, { recursive: true });
  const reportJson = path.join(dir, 'report.json');
  // What this run writes, the next one (mode: post, mode: merge) must accept: the same validation, here first.
  validateOwnReport(report, artifactLimits(run.workspace, run.inputs.config));
  writeChunksAtomic(reportJson, runReportFileChunks(report));
  const html = path.join(dir, 'report.html');
  writeFileSync(`${html}.${process.pid}.tmp`, renderHtml(report));
  renameSync(`${html}.${process.pid}.tmp`, html);
  if (sidecar) writeJson(sidecarPath(reportJson), sidecar);
  return { reportJson, dir };
}

export function emitAnnotations(report: RunReport): void {
  for (const a of annotationsFor(report, { maxErrors: 10, maxWarnings: 10 })) {
    const props = { title: a.title, file: a.file ?? undefined, startLine: a.line ?? undefined, startColumn: a.column ?? undefined };
    if (a.level === 'error') log.error(a.message, props);
    else if (a.level === 'warning') log.warning(a.message, props);
    else log.notice(a.message, props);
  }
}

/** The longest report body that still fits in a comment once the hidden marker line is added. */
export function commentLimit(key: string): number {
  return MAX_COMMENT_BODY_LENGTH - hiddenMarker(key).length - 1;
}

export interface StickyTarget {
  issueNumber: number;
  /** Something changed: with `comment: on-change` only then is a missing comment created. */
  changed: boolean;
  /** Appended to the notice when GitHub refuses the comment. */
  forbiddenHint: string;
}

/** Creates or updates the sticky comment; null when none was posted (never throws). */
export async function postStickyComment(run: ActionRun, target: StickyTarget, body: string): Promise<number | null> {
  const { inputs, ctx } = run;
  if (inputs.comment === 'never') return null;
  const octokit = await clientOf(run);
  if (!octokit) return null;
  try {
    const r = await upsertStickyComment(octokit, {
      owner: ctx.repository.owner,
      repo: ctx.repository.repo,
      issueNumber: target.issueNumber,
      key: inputs.commentKey,
      author: inputs.commentAuthor,
      body,
      // on-change: post only when something changed, but keep an existing comment current when the PR turns clean.
      createIfMissing: inputs.comment === 'always' || target.changed,
    });
    const removed = r.deleted.length ? ` (removed ${r.deleted.length} duplicate${r.deleted.length === 1 ? '' : 's'})` : '';
    log.info(`Sticky comment on #${target.issueNumber} ${r.action}${r.url ? `: ${r.url}` : ''}${removed}`);
    return r.commentId;
  } catch (e) {
    const message = describeGitHubError(e, 'createComment', { token: inputs.githubToken });
    if (isForbidden(e)) {
      log.notice(
        `${message}\n\nThe report is in the job summary and the step outputs; the verdict is unchanged.${target.forbiddenHint ? ` ${target.forbiddenHint}` : ''}`,
      );
    } else {
      log.warning(`Could not post the pull-request comment: ${message}`);
    }
    return null;
  }
}

export const FORK_FLOW_HINT =
  'To comment on pull requests from forks, run this action with `mode: report` on `pull_request`, upload the report-dir ' +
  'as an artifact, and post it from a second workflow on `workflow_run` with `mode: post` (docs/workflows/pr-report.yml and pr-comment.yml).';

export interface PublishOptions {
  /** The pull request to comment on; null: no comment. */
  issueNumber: number | null;
  /** A Handlebars template replacing the default report (never one from an untrusted source). */
  template?: string;
  annotations: boolean;
  /** Fail the step when the fail-on policy flags the report. */
  failOnPolicy: boolean;
  /** Written beside report.json for a shard. */
  sidecar?: ShardSidecar;
  forbiddenHint?: string;
}

/**
 * The counting outputs of a report: `regressions` counts scenarios with a metric worse than its baseline;
 * `slo-violations` counts scenarios over an SLO budget, whether or not their baseline was refreshed.
 */
export function reportCounts(report: RunReport): Pick<ActionOutputs, 'status' | 'regressions' | 'sloViolations' | 'changed'> {
  return {
    status: report.summary.status,
    regressions: report.summary.regressions,
    sloViolations: report.scenarios.filter((s) => s.sloViolated).length,
    changed: report.summary.changed,
  };
}

/** All sinks for one report, in order; the exit status last. */
export async function publishReport(run: ActionRun, report: RunReport, options: PublishOptions): Promise<void> {
  if (options.template !== undefined) await loadTemplateCompiler();
  const comment = fitComment(report, { template: options.template, limit: commentLimit(run.inputs.commentKey) });
  const summary = fitSummary(report, { template: options.template });
  if (comment.level !== 'full') log.info(`The comment was shortened to fit GitHub's limit (${comment.level}); the job summary has more.`);
  const { reportJson, dir } = writeReportFiles(run, report, options.sidecar);

  await writeSummary(run, summary.markdown);
  if (options.annotations) emitAnnotations(report);
  const commentId =
    options.issueNumber === null
      ? null
      : await postStickyComment(
          run,
          { issueNumber: options.issueNumber, changed: report.summary.status !== 'clean', forbiddenHint: options.forbiddenHint ?? '' },
          comment.markdown,
        );
  await setOutputs({ ...reportCounts(report), reportJson, reportDir: dir, markdown: comment.markdown, commentId });

  if (options.failOnPolicy && report.policy.fail) {
    log.setFailed(
      `genz-action: ${oneLine(report.verdict)} (fail-on: ${report.policy.failOn}: ${oneLine(reasonList(report.policy.reasons, report.policy.reasonCount))})`,
    );
  } else {
    log.info(`genz-action: ${oneLine(report.verdict)}`);
  }
}

/** The first few fail-on reasons, for the failure message (the summary and the report JSON have them all). */
function reasonList(reasons: readonly string[], total: number, shown = 5): string {
  const head = reasons.slice(0, shown).join('; ');
  return total > shown ? `${head}; and ${total - shown} more` : head;
}
