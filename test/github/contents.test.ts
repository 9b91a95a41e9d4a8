import { describe, expect, it } from 'vitest';
import { readFileAtRef } from '../../src/github/contents.js';
import { LARGE_FILE_BYTES } from '../support/github-api-server.js';
import { useGitHubApiServer } from '../support/use-github-api-server.js';

const gh = useGitHubApiServer('octo/hello');

const read = (path: string, ref?: string) => readFileAtRef(gh.octokit, { owner: 'octo', repo: 'hello', path, ref });

describe('readFileAtRef', () => {
  it('decodes the file at the requested ref', async () => {
    gh.repo.setFile('main', 'perf/baseline.json', '{"tok_s": 1}\n');
    gh.repo.setFile('release/1.x', 'perf/baseline.json', '{"tok_s": 2, "note": "ünïcødé ✓"}\n');

    expect(await read('perf/baseline.json', 'release/1.x')).toBe('{"tok_s": 2, "note": "ünïcødé ✓"}\n');
    expect(await read('perf/baseline.json')).toBe('{"tok_s": 1}\n');
    const [withRef, withoutRef] = gh.server.requestsFor('getContent');
    expect(withRef.query).toEqual({ ref: 'release/1.x' });
    expect(withoutRef.query).toEqual({});
  });

  it('returns null for a missing file or ref', async () => {
    gh.repo.setFile('main', 'a.json', '{}');
    expect(await read('missing.json', 'main')).toBeNull();
    expect(await read('a.json', 'no-such-branch')).toBeNull();
  });

  it('refuses directories', async () => {
    gh.repo.setFile('main', 'perf/a.json', '{}');
    await expect(read('perf', 'main')).rejects.toThrow('perf in octo/hello at main is a directory');
  });

  it('fetches large files raw (the JSON answer has no content for them)', async () => {
    const big = 'x'.repeat(LARGE_FILE_BYTES + 10);
    gh.repo.setFile('main', 'big.txt', big);
    expect(await read('big.txt', 'main')).toBe(big);
    expect(gh.server.requestsFor('getContent').map((r) => r.headers.accept)).toEqual(['application/vnd.github.v3+json', 'application/vnd.github.v3.raw']);
  });

  it('strips a leading ./ and rejects the repository root', async () => {
    gh.repo.setFile('main', 'a.json', '{}');
    expect(await read('./a.json', 'main')).toBe('{}');
    await expect(read('/', 'main')).rejects.toThrow(/file path/);
  });
});
