/** mode: update — rewrite the baselines in the workspace (a later step commits them). */
import * as log from './log.js';
import { updateBaselines } from '../pipeline/pipeline.js';
import { codeSpan, escapeMarkdown } from '../report/escape.js';
import { type ActionRun, pipelineOptions, reportDir } from './context.js';
import { setOutputs, writeSummary } from './sinks.js';

export async function runUpdate(run: ActionRun): Promise<void> {
  const { changes, failed } = await updateBaselines(pipelineOptions(run));
  const written = changes.filter((c) => c.outcome !== 'unchanged');
  let md = `### genz-action: baselines\n\n`;
  md += written.length === 0 ? 'Baselines are up to date.\n' : written.map((c) => `- ${codeSpan(c.file)}: ${c.outcome}`).join('\n') + '\n';
  for (const f of failed) md += `\n> ${escapeMarkdown(f.scenario.id)} could not run: ${escapeMarkdown(f.result.error?.message ?? 'unknown error')}\n`;
  await writeSummary(run, md);
  log.info(written.length === 0 ? 'Baselines are up to date.' : `Rewrote ${written.length} baseline file(s): ${written.map((c) => c.file).join(', ')}`);
  await setOutputs({
    status: written.length ? 'changed' : 'clean',
    regressions: 0,
    changed: written.length,
    reportJson: '',
    reportDir: reportDir(run),
    markdown: md,
    commentId: null,
  });
}
