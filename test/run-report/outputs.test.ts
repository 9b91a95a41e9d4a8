import { describe, expect, it } from 'vitest';
import { reportCounts } from '../../src/action/sinks.js';
import { finalizeReport } from '../../src/run-report/index.js';
import { report } from '../fixtures/report/build.js';
import { H100, LLAMA8B } from '../fixtures/report/build.js';

describe('the regressions and slo-violations outputs', () => {
  it('a regression whose baseline was refreshed in the PR is no regression, but still violates its SLO', () => {
    const refreshed = { ttft: 123.4, tpot: 12.2 };
    const r = report({
      verdict: '',
      scenarios: [
        // The PR refreshed the baseline: baseline = current; against the base branch TTFT regressed; still over budget.
        {
          id: 'chat',
          model: LLAMA8B,
          hardware: H100,
          baseline: refreshed,
          current: refreshed,
          acceptedFrom: { ttft: 80.3, tpot: 12.2 },
          slo: { ttft_ms: 100 },
        },
        { id: 'batch', model: LLAMA8B, hardware: H100, baseline: { ttft: 50, tpot: 7 }, current: { ttft: 55, tpot: 7 } },
      ],
    });
    const counts = reportCounts(finalizeReport({ ...r, policy: { failOn: 'regression' } }));
    expect(counts).toEqual({ status: 'regression', regressions: 1, sloViolations: 1, changed: 1 });
  });
});
