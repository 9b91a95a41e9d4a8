import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/client.js';
import { FileChangedError, gitBlobSha, writeFileOnBranch } from '../../src/github/contents.js';
import { gitBlobSha as serverBlobSha } from '../support/github-state.js';
import { startGitHubApiServer, type GitHubApiServer, type RepoState } from '../support/github-api-server.js';
import { testClient } from '../support/github-test-client.js';

let server: GitHubApiServer;
let repo: RepoState;
let octokit: GitHubClient;

beforeEach(async () => {
  server = await startGitHubApiServer();
  repo = server.state.repo('octo/hello');
  octokit = testClient(server);
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

const write = (path: string, content: string, expectedSha?: string | null) =>
  writeFileOnBranch(octokit, { owner: 'octo', repo: 'hello', branch: 'feature', path, content, message: 'update', expectedSha });

describe('gitBlobSha', () => {
  it("is git's blob id", () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(gitBlobSha(Buffer.from('ünï'))).toBe(serverBlobSha(Buffer.from('ünï')));
  });
});

describe('writeFileOnBranch', () => {
  it('updates a file with its current blob sha, on the branch', async () => {
    repo.setFile('feature', 'baselines/a.json', '{"v":1}\n');
    const result = await write('baselines/a.json', '{"v":2}\n');
    expect(result).toMatchObject({ created: false, blobSha: gitBlobSha('{"v":2}\n') });
    expect(repo.getFile('feature', 'baselines/a.json')?.toString()).toBe('{"v":2}\n');
    const [get] = server.requestsFor('getContent');
    expect(get.query).toEqual({ ref: 'feature' });
    const [put] = server.requestsFor('createOrUpdateFileContents');
    expect(put.body).toMatchObject({ branch: 'feature', message: 'update', sha: gitBlobSha('{"v":1}\n') });
    expect(repo.commits).toEqual([expect.objectContaining({ branch: 'feature', path: 'baselines/a.json', message: 'update' })]);
  });

  it('creates a missing file without a sha', async () => {
    repo.setFile('feature', 'other.txt', 'x');
    expect(await write('baselines/new.json', '{}\n', null)).toMatchObject({ created: true });
    const [put] = server.requestsFor('createOrUpdateFileContents');
    expect(put.body).not.toHaveProperty('sha');
    expect(put.status).toBe(201);
  });

  it('writes nothing when the file changed since the expected blob', async () => {
    repo.setFile('feature', 'baselines/a.json', '{"v":3}\n');
    await expect(write('baselines/a.json', '{"v":2}\n', gitBlobSha('{"v":1}\n'))).rejects.toBeInstanceOf(FileChangedError);
    await expect(write('baselines/a.json', '{"v":2}\n', null)).rejects.toThrow(/changed since the checkout \(expected no file, found blob/);
    expect(server.writes()).toEqual([]);
  });

  it('refuses a directory', async () => {
    repo.setFile('feature', 'baselines/a.json', '{}');
    await expect(write('baselines', '{}')).rejects.toThrow(/is a directory/);
  });
});
