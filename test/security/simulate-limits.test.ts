/**
 * `genz simulate` is held to the limits of src/limits.ts like a manifest's scenario (issue 9, case 3): its flags
 * and `--scenario FILE` (size, nesting, every bound), before any work; a project's genz.config.yaml raises them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { makeRepo } from './support.js';

const MODEL = ['--model', 'meta-llama/Llama-3.1-8B', '--hardware', 'H100_GPU'];

describe('genz simulate limits', () => {
  it('refuses flags over the limits, naming flag, field and limit, before any work', async () => {
    const { root } = makeRepo({});
    const started = Date.now();
    const r = await runCli(
      ['simulate', ...MODEL, '--output-tokens', '1000000000', '--feature', 'speculative_decode:draft_model=meta-llama/Llama-3.1-8B,parallel_tokens=10000000'],
      { cwd: root },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--output-tokens (workload.output_tokens): workload.output_tokens is 1,000,000,000, over the limit of 16,777,216 (limits.tokens_per_request)',
    );
    expect(r.stderr).toContain(
      '--feature (features[0].speculative_decode.parallel_tokens): speculative_decode.parallel_tokens is 10,000,000, over the limit of 1,024',
    );
    expect(r.stderr).toContain("raise it with 'limits: { speculative_tokens: N }' in genz.config.yaml");
    expect(Date.now() - started).toBeLessThan(60_000); // a hang detector, not a speed assertion
  });

  it('refuses a --scenario file over the limits at each value’s line and column', async () => {
    const { root } = makeRepo({
      's.yaml': 'model: meta-llama/Llama-3.1-8B\nhardware: H100_GPU\nworkload:\n  beam: 100000\nparallelism: { pipeline: 1e308 }\n',
    });
    const r = await runCli(['simulate', '--scenario', 's.yaml'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('s.yaml:4:9: workload.beam: workload.beam is 100,000, over the limit of 1,024 (limits.beam)');
    expect(r.stderr).toContain('s.yaml:5:26: parallelism.pipeline: parallelism.pipeline is 1e+308, over the limit of 65,536 (limits.parallel_degree)');
  });

  it('refuses a scenario file that is not a regular file, too large or too deep', async () => {
    const { root } = makeRepo({ 'deep.yaml': `model: ${'['.repeat(100)}${']'.repeat(100)}\n` });
    const dev = await runCli(['simulate', '--scenario', '/dev/zero'], { cwd: root });
    expect(dev.code).toBe(2);
    expect(dev.stderr).toContain('not a regular file');
    const deep = await runCli(['simulate', '--scenario', 'deep.yaml'], { cwd: root });
    expect(deep.code).toBe(2);
    expect(deep.stderr).toMatch(/deep\.yaml:1:\d+: .*nested deeper than 64 levels \(limits\.nesting_depth\)/);
    writeFileSync(path.join(root, 'genz.config.yaml'), 'limits:\n  manifest_bytes: 10\n');
    const big = await runCli(['simulate', '--scenario', 'deep.yaml'], { cwd: root });
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('limits.manifest_bytes');
  });

  it("uses the project's raised limits", async () => {
    const { root } = makeRepo({});
    const args = ['simulate', ...MODEL, '--input-tokens', '16', '--output-tokens', '2', '--beam', '2000', '--json'];
    expect((await runCli(args, { cwd: root })).code).toBe(2);
    writeFileSync(path.join(root, 'genz.config.yaml'), 'limits:\n  beam: 4096\n');
    const raised = await runCli(args, { cwd: root });
    expect(raised.stderr).not.toContain('limits.beam');
    expect([0, 1]).toContain(raised.code);
  });
});
