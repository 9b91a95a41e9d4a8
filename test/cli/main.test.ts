import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/pipeline/version.js';
import { runCli } from '../support/cli.js';
import { copyExampleProject } from '../support/project.js';
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
