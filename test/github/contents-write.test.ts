import { describe, expect, it } from 'vitest';
import { FileChangedError, gitBlobSha, writeFileOnBranch } from '../../src/github/contents.js';
import { gitBlobSha as serverBlobSha } from '../support/github-state.js';
import { useGitHubApiServer } from '../support/use-github-api-server.js';

const gh = useGitHubApiServer('octo/hello');

const write = (path: string, content: string, expectedSha?: string | null) =>
  writeFileOnBranch(gh.octokit, { owner: 'octo', repo: 'hello', branch: 'feature', path, content, message: 'update', expectedSha });

describe('gitBlobSha', () => {
  it("is git's blob id", () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(gitBlobSha(Buffer.from('ünï'))).toBe(serverBlobSha(Buffer.from('ünï')));
  });
});

describe('writeFileOnBranch', () => {
  it('updates a file with its current blob sha, on the branch', async () => {
    gh.repo.setFile('feature', 'baselines/a.json', '{"v":1}\n');
    const result = await write('baselines/a.json', '{"v":2}\n');
    expect(result).toMatchObject({ created: false, blobSha: gitBlobSha('{"v":2}\n') });
    expect(gh.repo.getFile('feature', 'baselines/a.json')?.toString()).toBe('{"v":2}\n');
    const [get] = gh.server.requestsFor('getContent');
    expect(get.query).toEqual({ ref: 'feature' });
    const [put] = gh.server.requestsFor('createOrUpdateFileContents');
    expect(put.body).toMatchObject({ branch: 'feature', message: 'update', sha: gitBlobSha('{"v":1}\n') });
    expect(gh.repo.commits).toEqual([expect.objectContaining({ branch: 'feature', path: 'baselines/a.json', message: 'update' })]);
  });

  it('creates a missing file without a sha', async () => {
    gh.repo.setFile('feature', 'other.txt', 'x');
    expect(await write('baselines/new.json', '{}\n', null)).toMatchObject({ created: true });
    const [put] = gh.server.requestsFor('createOrUpdateFileContents');
    expect(put.body).not.toHaveProperty('sha');
    expect(put.status).toBe(201);
  });

  it('writes nothing when the file changed since the expected blob', async () => {
    gh.repo.setFile('feature', 'baselines/a.json', '{"v":3}\n');
    await expect(write('baselines/a.json', '{"v":2}\n', gitBlobSha('{"v":1}\n'))).rejects.toBeInstanceOf(FileChangedError);
    await expect(write('baselines/a.json', '{"v":2}\n', null)).rejects.toThrow(/changed since the checkout \(expected no file, found blob/);
    expect(gh.server.writes()).toEqual([]);
  });

  it('refuses a directory', async () => {
    gh.repo.setFile('feature', 'baselines/a.json', '{}');
    await expect(write('baselines', '{}')).rejects.toThrow(/is a directory/);
  });
});
