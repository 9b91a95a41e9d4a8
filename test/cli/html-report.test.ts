/** `genz check --html`: a real run's HTML report carries the batch sweep and each changed scenario's breakdown. */
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeRunReport } from '../../src/run-report/compact.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run-report/index.js';
import { runCli } from '../support/cli.js';
import { copyExampleProject, editFile } from '../support/project.js';

const SWEEP = `version: 1
scenarios:
  - id: sweep
    model: meta-llama/Llama-3.1-8B
    hardware: A100_40GB_GPU
    calibration: none
    workload: { input_tokens: 1024, output_tokens: 128 }
    matrix:
      workload.batch: [1, 4, 16]
`;

describe('genz check --html', () => {
  it('draws latency vs batch for a matrix sweep and the per-operator breakdown of each changed scenario', async () => {
    const dir = copyExampleProject();
    writeFileSync(path.join(dir, 'perf/sweep.yaml'), SWEEP);
    expect((await runCli(['update', '--quiet'], { cwd: dir })).code).toBe(0);
    editFile(path.join(dir, 'perf/sweep.yaml'), 'output_tokens: 128', 'output_tokens: 256');
    const r = await runCli(['check', '--quiet', '--html', 'out/report.html', '--report-json', 'out/report.json'], { cwd: dir });
    expect(r.code).toBe(1);
    const html = readFileSync(path.join(dir, 'out/report.html'), 'utf8');
    expect(html).toContain('<h2 id="batch">Latency vs batch (1 sweep)</h2>');
    expect(html).toContain('meta-llama/Llama-3.1-8B on A100_40GB_GPU · bf16 · TP1 · 1024→256 tokens');
    expect(html.match(/<figure class="breakdown">/g)).toHaveLength(3);
    // Still self-contained: no script, nothing fetched.
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    const report = decodeRunReport(JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'))) as RunReport;
    const changed = report.scenarios.filter((s) => s.classification !== 'unchanged');
    expect(changed.map((s) => s.id).sort()).toEqual(['sweep.batch-1', 'sweep.batch-16', 'sweep.batch-4']);
    for (const s of changed) {
      const prefill = s.breakdown!.find((b) => b.phase === 'prefill')!;
      // Uncalibrated: the prefill pass is the TTFT, and the groups add up to it.
      expect(prefill.totalMs).toBeCloseTo(s.current!.ttft_ms!, 6);
      expect(prefill.groups.reduce((t, g) => t + g.ms, 0)).toBeCloseTo(prefill.totalMs, 9);
      expect(s.breakdown!.map((b) => b.phase)).toEqual(['prefill', 'decode']);
    }
    // Unchanged scenarios carry no breakdown (it costs a simulation with operators).
    expect(report.scenarios.filter((s) => s.classification === 'unchanged').every((s) => s.breakdown === undefined)).toBe(true);
  });
});
