import { describe, expect, it } from 'vitest';
import {
  finalizeReport,
  mergeRunReports,
  rankFlagged,
  reportInconsistencies,
  verdictLine,
  worstRegression,
  worstRegressionOfRun,
  type RunReport,
  POLICY_REASONS_LISTED,
} from '../../src/run-report/index.js';
import { validateRunReport } from '../../src/run-report/validate.js';
import { evaluatePolicy } from '../../src/baselines/diff.js';
import { everythingReport, largeReport, oneRegressionReport } from '../fixtures/report/reports.js';

const refinalize = (r: RunReport): RunReport => finalizeReport({ ...r, policy: { failOn: r.policy.failOn } });

describe('finalizeReport', () => {
  it('derives summary, policy and verdict from the scenarios alone', () => {
    const r = oneRegressionReport();
    const tampered: RunReport = { ...r, verdict: 'all good', summary: { ...r.summary, regressions: 0 }, policy: { ...r.policy, fail: false, reasons: [] } };
    const f = refinalize(tampered);
    expect(f.verdict).toBe('1 regression in 4 scenarios (worst: TTFT +12.3% on llama8b-tp2)');
    expect(f.summary).toEqual(r.summary);
    expect(f.policy).toEqual(r.policy);
    expect(reportInconsistencies(f)).toEqual([]);
    expect(reportInconsistencies(tampered)).toEqual([
      'the summary does not match the scenarios',
      'the fail-on outcome does not match the scenarios under policy regression',
      `the verdict should read "${f.verdict}"`,
    ]);
  });

  it('the worst regression of the verdict is that of the first scenario the report ranks under regressions', () => {
    const r = refinalize(largeReport({ unchanged: 5, regressed: 20 }));
    const worst = worstRegressionOfRun(r.scenarios)!;
    const first = rankFlagged(r.scenarios).find((s) => s.hasRegression)!;
    expect(worst.scenario.id).toBe(first.id);
    expect(worst.metric).toBe(worstRegression(first));
    expect(r.verdict).toContain(`on ${first.id})`);
  });

  it('counts errors first and groups thousands', () => {
    const r = refinalize(everythingReport());
    expect(r.verdict).toBe('1 of 15 scenarios could not run');
    const big = refinalize(largeReport({ unchanged: 1200, regressed: 3 }));
    expect(verdictLine(big.summary, big.scenarios)).toMatch(/^3 regressions in 1,203 scenarios \(worst: TTFT \+1\.02% on sweep-regressed-0002\)$/);
  });
});

describe('fail-on reasons of big runs', () => {
  it('lists the first POLICY_REASONS_LISTED reasons, counts them all, and the report still validates and re-finalizes', () => {
    const r = refinalize(largeReport({ unfit: 1500, regressed: 20 }));
    const all = evaluatePolicy(r.scenarios, 'regression');
    expect(all.reasons.length).toBeGreaterThan(1520);
    expect(r.policy.reasonCount).toBe(all.reasons.length);
    expect(r.policy.reasons).toEqual(all.reasons.slice(0, POLICY_REASONS_LISTED));
    expect(r.policy.reasons).toHaveLength(POLICY_REASONS_LISTED);
    expect(r.policy.reasons[0]).toMatch(/^sweep-regressed-0000: TTFT/);
    expect(reportInconsistencies(r)).toEqual([]);
    expect(validateRunReport(JSON.parse(JSON.stringify(r))).policy.reasonCount).toBe(all.reasons.length);
    const wrongCount = { ...r, policy: { ...r.policy, reasonCount: all.reasons.length - 1 } };
    expect(reportInconsistencies(wrongCount)).toContain('the fail-on outcome does not match the scenarios under policy regression');
  });
});

describe('mergeRunReports', () => {
  it('the merge of a split report equals the report of the whole run', () => {
    const whole = refinalize(everythingReport());
    const ids = whole.scenarios.map((s) => s.id);
    const a = { ...whole, scenarios: whole.scenarios.filter((_, i) => i % 2 === 0), shard: { index: 1, total: 2 } };
    const b = { ...whole, scenarios: whole.scenarios.filter((_, i) => i % 2 === 1), shard: { index: 2, total: 2 } };
    expect(mergeRunReports([b, a], ids)).toEqual(whole);
  });

  it('refuses overlapping or missing scenarios', () => {
    const whole = refinalize(oneRegressionReport());
    const ids = whole.scenarios.map((s) => s.id);
    expect(() => mergeRunReports([whole, whole], ids)).toThrow(/in two reports/);
    expect(() => mergeRunReports([{ ...whole, scenarios: whole.scenarios.slice(1) }], ids)).toThrow(/hold 3 scenarios, the run 4/);
  });
});
