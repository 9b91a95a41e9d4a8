/**
 * `model: hf:<org>/<name>@<revision>`: fetched from a loopback server standing in for the Hub, cached by
 * revision, read offline from the cache, with the token sent and an unpinned revision noted.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubCachePath, parseHubRef, prefetchHubModels } from '../../src/manifests/hub.js';
import { InputError, loadProjectWithHub } from '../../src/pipeline/pipeline.js';
import { simulate } from '../../src/simulation/engine.js';
import { testTempDir } from '../support/temp.js';

const CONFIG = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'hf-configs', 'Llama-3.1-8B.json'), 'utf8');
const requests: { url: string; auth: string | undefined }[] = [];
let server: http.Server;
let endpoint: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', auth: req.headers.authorization });
    if (req.url === '/gated/model/resolve/abc123/config.json' && req.headers.authorization !== 'Bearer hf_secret') {
      res.writeHead(401).end('unauthorized');
      return;
    }
    if (
      req.url === '/meta/llama/resolve/abc123/config.json' ||
      req.url === '/meta/llama/resolve/main/config.json' ||
      req.url === '/gated/model/resolve/abc123/config.json'
    ) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(CONFIG);
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function project(model: string): string {
  const dir = testTempDir('genz-hub-');
  fs.mkdirSync(path.join(dir, 'perf'));
  fs.writeFileSync(path.join(dir, 'perf', 'hub.yaml'), `version: 1\nscenarios:\n  - id: hub-model\n    model: ${model}\n    hardware: H100_GPU\n`);
  return dir;
}

async function withEnv<T>(env: Record<string, string | undefined>, f: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  try {
    return await f();
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

describe('Hugging Face Hub models', () => {
  it('parses hf:<org>/<name>@<revision> and refuses anything else', () => {
    expect(parseHubRef('hf:Qwen/Qwen3-30B-A3B@4b8b3a1')).toEqual({ repo: 'Qwen/Qwen3-30B-A3B', revision: '4b8b3a1' });
    expect(parseHubRef('hf:Qwen/Qwen3-30B-A3B')).toEqual({ repo: 'Qwen/Qwen3-30B-A3B', revision: null });
    expect(parseHubRef('hf:../etc@x')).toBeNull();
    expect(parseHubRef('hf:a/b@..')).toBeNull();
    expect(parseHubRef('hf:only-name')).toBeNull();
  });

  it('fetches a pinned revision once, caches it by revision, and runs the scenario', async () => {
    const cache = testTempDir('genz-hub-cache-');
    const dir = project('hf:meta/llama@abc123');
    const before = requests.length;
    const p = await withEnv({ HF_ENDPOINT: endpoint, GENZ_HUB_CACHE: cache, HF_TOKEN: undefined, HF_HUB_OFFLINE: undefined }, () =>
      loadProjectWithHub({ cwd: dir }),
    );
    expect(requests.length).toBe(before + 1);
    expect(fs.readFileSync(hubCachePath(cache, { repo: 'meta/llama', revision: 'abc123' }), 'utf8')).toBe(CONFIG);
    const s = p.scenarios[0];
    const r = simulate(s.config);
    expect(r.status).toBe('ok');
    // The revision is part of the model's name, so baselines record it.
    expect(r.config.model.name).toBe('hf:meta/llama@abc123');
    expect(r.model_figures.total_params).toBe(32 * (4096 * 4096 * 2 + 2 * 4096 * 1024 + 3 * 4096 * 14336) + 2 * 128256 * 4096);
    // Second run: served from the cache, no request.
    await withEnv({ HF_ENDPOINT: endpoint, GENZ_HUB_CACHE: cache }, () => loadProjectWithHub({ cwd: dir }));
    expect(requests.length).toBe(before + 1);
  });

  it('offline: uses the cache, or fails at the manifest with a clear message', async () => {
    const cache = testTempDir('genz-hub-cache-');
    const dir = project('hf:meta/llama@abc123');
    const err = await withEnv({ HF_ENDPOINT: endpoint, GENZ_HUB_CACHE: cache, HF_HUB_OFFLINE: '1' }, () => loadProjectWithHub({ cwd: dir })).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(String(err.message)).toMatch(/perf\/hub\.yaml:4:\d+: .*not in the Hub cache .*HF_HUB_OFFLINE/);
    await withEnv({ HF_ENDPOINT: endpoint, GENZ_HUB_CACHE: cache, HF_HUB_OFFLINE: undefined }, () => loadProjectWithHub({ cwd: dir }));
    const p = await withEnv({ HF_ENDPOINT: 'http://127.0.0.1:9', GENZ_HUB_CACHE: cache, HF_HUB_OFFLINE: '1' }, () => loadProjectWithHub({ cwd: dir }));
    expect(p.scenarios).toHaveLength(1);
  });

  it('sends HF_TOKEN, and says what to do when the Hub refuses', async () => {
    const cache = testTempDir('genz-hub-cache-');
    expect(await prefetchHubModels(['hf:gated/model@abc123'], { endpoint, cacheDir: cache, token: 'hf_secret', offline: false })).toEqual(new Map());
    expect(requests.at(-1)).toEqual({ url: '/gated/model/resolve/abc123/config.json', auth: 'Bearer hf_secret' });
    const other = testTempDir('genz-hub-cache-');
    const failures = await prefetchHubModels(['hf:gated/model@abc123', 'hf:nobody/none@v1'], { endpoint, cacheDir: other, offline: false });
    expect(failures.get('hf:gated/model@abc123')).toMatch(/refused access \(HTTP 401\); set HF_TOKEN/);
    expect(failures.get('hf:nobody/none@v1')).toMatch(/no config\.json for nobody\/none at revision v1 \(HTTP 404\)/);
  });

  it('an unpinned reference is fetched every run and the run warns that results can drift', async () => {
    const cache = testTempDir('genz-hub-cache-');
    const dir = project('hf:meta/llama');
    const p = await withEnv({ HF_ENDPOINT: endpoint, GENZ_HUB_CACHE: cache, HF_HUB_OFFLINE: undefined }, () => loadProjectWithHub({ cwd: dir }));
    const r = simulate(p.scenarios[0].config);
    expect(r.notes.join('\n')).toMatch(/hf:meta\/llama is not pinned to a revision: .* can change/);
    expect(r.config.model.name).toBe('hf:meta/llama@main');
  });
});
