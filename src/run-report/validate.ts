/**
 * Consistency of a RunReport with itself: unique ids, and derived fields (summary, policy, verdict) equal to what
 * ./finalize.ts computes from the scenarios. Reading an untrusted report file field by field (types, sizes,
 * enums) is src/action/report-validation.ts; this is the check that a report, once read, tells one story.
 */
import { canonicalJson } from '../baselines/canonical-json.js';
import type { RunReport } from './contract.js';
import { finalizeReport } from './finalize.js';

/** Problems, one sentence each; empty when the report is consistent. */
export function reportInconsistencies(report: RunReport): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of report.scenarios) {
    if (seen.has(s.id)) problems.push(`scenario id ${JSON.stringify(s.id)} appears twice`);
    seen.add(s.id);
  }
  const expected = finalizeReport(report);
  if (canonicalJson(expected.summary as never) !== canonicalJson(report.summary as never)) problems.push('the summary does not match the scenarios');
  if (expected.policy.fail !== report.policy.fail || expected.policy.reasons.length !== report.policy.reasons.length) {
    problems.push(`the fail-on outcome does not match the scenarios under policy ${report.policy.failOn}`);
  }
  if (expected.verdict !== report.verdict) problems.push(`the verdict should read ${JSON.stringify(expected.verdict)}`);
  return problems;
}
