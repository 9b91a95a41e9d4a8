import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/pipeline/version.js';
import { runCli } from '../support/cli.js';
import { copyExampleProject, editFile } from '../support/project.js';
import { REPO_ROOT } from '../support/reference.js';

describe('genz', () => {
  it('--version prints the version', async () => {
    const r = await runCli(['--version'], { cwd: REPO_ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`genz ${TOOL_VERSION}`);
  });

  it('suggests the command a typo meant', async () => {
    const r = await runCli(['chek'], { cwd: REPO_ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'chek' (did you mean 'check'?)");
    expect((await runCli(['zzzzzzzz'], { cwd: REPO_ROOT })).stderr).not.toContain('did you mean');
  });

  it('a --filter that matches nothing is an input error (exit 2) for check, update and run', async () => {
    const dir = copyExampleProject();
    for (const cmd of ['check', 'update', 'run']) {
      const r = await runCli([cmd, '--filter', 'no-such-*'], { cwd: dir });
      expect(r.code, cmd).toBe(2);
      expect(r.stderr).toContain("--filter 'no-such-*' matches no scenario");
    }
    expect(path.isAbsolute(dir)).toBe(true);
  });
});

describe('genz run', () => {
  it('exits 1 when a scenario cannot run, naming it', async () => {
    const dir = copyExampleProject();
    editFile(
      path.join(dir, 'perf/serving.yaml'),
      'workload: { batch: 8, input_tokens: 1024 }',
      'workload: { batch: 8, input_tokens: 1024 }\n    parallelism: { tensor: 1 }\n    precision: f32\n    model: meta-llama/Llama-3.1-70B',
    );
    const r = await runCli(['run', '--filter', 'llama8b-batch-prefill'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('genz run: 1 of 1 scenario could not run: llama8b-batch-prefill');
  });
});
