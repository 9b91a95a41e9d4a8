import { describe, expect, it } from 'vitest';
import { annotationsFor } from '../../src/report/annotations.js';
import { everythingReport, largeReport, oneRegressionReport } from '../fixtures/report/reports.js';

describe('annotationsFor', () => {
  it('annotates errors by severity, then warnings, at the scenario in its manifest', () => {
    const annotations = annotationsFor(everythingReport());
    expect(annotations.map((a) => [a.level, a.title])).toEqual([
      ['error', 'Scenario could not run: mixtral-8x22b'],
      ['error', 'Performance regression: llama70b-tp4'],
      ['error', 'Performance regression: llama8b-tp2'],
      ['error', 'Performance regression: llama|8b <script>alert(1)</script>'],
      ['error', 'Performance regression: mixed-a_b*c'],
      ['error', 'SLO violated: llama405b-offload'],
      ['error', 'SLO violated: llama8b-slo'],
      ['warning', 'Inputs changed: mistral-prefill-only'],
      ['warning', 'Removed scenario: old_scenario*1'],
      ['warning', 'New scenario without a baseline: phi3-mini-new'],
      ['warning', 'Performance improvement: gemma-9b'],
      ['warning', 'Regression accepted in this pull request: llama8b-accepted'],
    ]);
    const tp2 = annotations.find((a) => a.title.endsWith('llama8b-tp2'))!;
    expect(tp2).toEqual({
      level: 'error',
      file: 'perf/llama.yaml',
      line: 12,
      column: 5,
      title: 'Performance regression: llama8b-tp2',
      message: [
        'llama8b-tp2 (llama8b → meta-llama/Llama-3.1-8B on h100 → H100_GPU) regressed:',
        'TTFT 41.87 ms → 47.02 ms (+12.3%)',
        'E2E latency 1,677 ms → 1,682 ms (+0.31%)',
        'Prefill throughput 195,700 tokens/s → 174,200 tokens/s (−11.0%)',
        'Total throughput 6,106 tokens/s → 6,088 tokens/s (−0.31%)',
        "Reproduce: npx --yes github:org/genz-action#v1 check --filter 'llama8b-tp2'",
      ].join('\n'),
    });
    const removed = annotations.find((a) => a.title.startsWith('Removed'))!;
    expect([removed.file, removed.line, removed.column]).toEqual(['perf/llama.yaml', null, null]);
  });

  it('mentions SLO violations, changed inputs and multi-line errors on one line each', () => {
    const annotations = annotationsFor(everythingReport());
    const byTitle = (end: string): string => annotations.find((a) => a.title.endsWith(end))!.message;
    expect(byTitle('llama8b-slo')).toContain('SLO violated: TTFT 123.4 ms, budget ≤ 100 ms, headroom −23.4 ms (−23.4%)');
    expect(byTitle('<script>alert(1)</script>')).toContain('SLO violated: TPOT 4.52 ms, budget ≤ 4.5 ms');
    expect(byTitle('llama70b-tp4')).toContain('regressed (its inputs changed too):');
    expect(byTitle('llama70b-tp4')).toContain('… and 7 more metrics');
    expect(byTitle('mistral-prefill-only')).toContain('inputs differ from the baseline (workload.output_tokens)');
    expect(byTitle('mixtral-8x22b').split('\n')[0]).toBe(
      'mixtral-8x22b (mixtral → mistralai/Mixtral-8x22B on A100_80GB_GPU) could not run: GenZ error: model does not fit in device memory ' +
        '(needs 262.5 GB > 80 GB) hint: set memory_offload: true or use <TP> ≥ 4',
    );
    expect(byTitle('llama8b-accepted')).toContain('TPOT 11.92 ms → 12.6 ms (+5.70%)');
  });

  it('caps errors and warnings and adds one notice about the rest', () => {
    const annotations = annotationsFor(largeReport({ regressed: 3000, added: 25 }));
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(10);
    const notices = annotations.filter((a) => a.level === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toBe(
      '3,005 more flagged scenarios not annotated (2,990 errors, 15 warnings): at most 10 errors and 10 warnings are annotated per step. ' +
        'See the job summary for the full report.',
    );
    // The largest regressions first.
    expect(annotations.slice(0, 3).map((a) => a.title)).toEqual([
      'Performance regression: sweep-regressed-2999',
      'Performance regression: sweep-regressed-2998',
      'Performance regression: sweep-regressed-2997',
    ]);
    expect(annotations[annotations.length - 1]).toBe(notices[0]);
  });

  it('honours custom caps and adds no notice when everything fits', () => {
    expect(annotationsFor(oneRegressionReport()).map((a) => a.level)).toEqual(['error']);
    const few = annotationsFor(everythingReport(), { maxErrors: 2, maxWarnings: 0 });
    expect(few.map((a) => a.level)).toEqual(['error', 'error', 'notice']);
    expect(few[2].message).toMatch(/^10 more flagged scenarios not annotated \(5 errors, 5 warnings\)/);
  });
});
