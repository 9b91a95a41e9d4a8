import { describe, expect, it } from 'vitest';
import { TOOL_VERSION, githubRepositoryOf, reproducePrefix } from '../../src/pipeline/version.js';

describe('reproducePrefix', () => {
  it('names the action as it was used, in the action', () => {
    expect(reproducePrefix({ GITHUB_ACTION_REPOSITORY: 'acme/genz-action', GITHUB_ACTION_REF: 'v2.1.0' })).toBe('npx --yes github:acme/genz-action#v2.1.0');
  });
  it('names the package repository at this version in the CLI, else the installed bin; never a placeholder', () => {
    expect(reproducePrefix({}, { type: 'git', url: 'git+https://github.com/acme/genz-action.git' })).toBe(`npx --yes github:acme/genz-action#v${TOOL_VERSION}`);
    expect(reproducePrefix({}, undefined)).toBe('npx genz');
    expect(reproducePrefix({ GENZ_REPRODUCE_PREFIX: 'npm run genz --' }, 'acme/x')).toBe('npm run genz --');
  });
  it('reads the forms of a package.json repository field', () => {
    for (const f of [
      'github:acme/tool',
      'https://github.com/acme/tool',
      'https://github.com/acme/tool.git',
      'acme/tool',
      { url: 'git@github.com:acme/tool.git' },
    ]) {
      expect(githubRepositoryOf(f)).toBe('acme/tool');
    }
    expect(githubRepositoryOf('https://gitlab.com/acme/tool')).toBeNull();
    expect(githubRepositoryOf(undefined)).toBeNull();
  });
});
