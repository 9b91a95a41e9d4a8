/**
 * Reproduce and refresh commands at run time never hold a placeholder: package.json names no repository (none is
 * known), so the CLI falls back to `npx genz`, the bin of an installed genz-action; docs use one marked placeholder.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubRepositoryOf, reproducePrefix } from '../../src/pipeline/version.js';
import { runCli } from '../support/cli.js';
import { copyExampleProject, editFile } from '../support/project.js';
import { REPO_ROOT } from '../support/reference.js';

const PLACEHOLDER = /\b(OWNER|REPO|REF|your-org|example\.com)\b/;

describe('reproduce and refresh commands', () => {
  it('package.json names a real GitHub repository or none (then the CLI says npx genz)', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { repository?: unknown };
    if (pkg.repository === undefined) expect(reproducePrefix({})).toBe('npx genz');
    else {
      const repo = githubRepositoryOf(pkg.repository);
      expect(repo).not.toBeNull();
      expect(repo).not.toMatch(PLACEHOLDER);
    }
  });

  it('a failing check prints runnable commands, no placeholder', async () => {
    const dir = copyExampleProject();
    editFile(path.join(dir, 'perf/parallelism.yaml'), 'parallelism: { tensor: 2 }', 'parallelism: { tensor: 4 }');
    const r = await runCli(['check', '--quiet'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("npx genz check --filter 'llama13b-tp2'");
    expect(r.stdout).toContain('npx genz update');
    expect(r.stdout).not.toMatch(PLACEHOLDER);
    const action = await runCli(['check', '--quiet'], { cwd: dir, env: { GITHUB_ACTION_REPOSITORY: 'acme/genz-action', GITHUB_ACTION_REF: 'v1.2.0' } });
    expect(action.stdout).toContain("npx --yes github:acme/genz-action#v1.2.0 check --filter 'llama13b-tp2'");
  });

  it('the docs spell the one placeholder one way: OWNER/genz-action', () => {
    const files = [
      'README.md',
      ...readdirSync(path.join(REPO_ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    for (const f of files) {
      const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
      for (const m of text.matchAll(/\bOWNER\/[A-Za-z_-]+/g)) expect(m[0], f).toBe('OWNER/genz-action');
    }
  });
});
