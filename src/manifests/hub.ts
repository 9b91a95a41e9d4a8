/**
 * Models by Hugging Face Hub id: `model: hf:<org>/<name>@<revision>`.
 *
 * Loading manifests stays synchronous: `prefetchHubModels` (async, run before loading) finds the `hf:`
 * references in the manifest files and downloads each revision's `config.json` into the cache; the
 * resolver then reads the cache only. The cache is `$GENZ_HUB_CACHE`, else `~/.cache/genz-action/hub`,
 * keyed `<org>/<name>/<revision>/config.json`. A pinned revision is fetched once; an unpinned one (`main`)
 * is fetched on every online run (its results can drift, and the run says so). `HF_TOKEN` is sent when
 * set; `HF_ENDPOINT` replaces https://huggingface.co (tests use a loopback server); `HF_HUB_OFFLINE=1`
 * uses the cache only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface HubRef {
  readonly repo: string;
  /** null: not pinned (the `main` branch). */
  readonly revision: string | null;
}

const REF = /^hf:([A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*)(?:@([A-Za-z0-9][A-Za-z0-9._-]*))?$/;

/** Parses `hf:<org>/<name>[@<revision>]`; null when `ref` is not a Hub reference (or malformed). */
export function parseHubRef(ref: string): HubRef | null {
  const m = REF.exec(ref);
  if (!m || m[1].includes('..') || (m[2] !== undefined && m[2].includes('..'))) return null;
  return { repo: m[1], revision: m[2] ?? null };
}

export const isHubLike = (ref: string): boolean => ref.startsWith('hf:');

export interface HubEnv {
  cacheDir?: string;
  endpoint?: string;
  token?: string;
  offline?: boolean;
}

export function hubEnv(env: NodeJS.ProcessEnv = process.env): Required<Omit<HubEnv, 'token'>> & { token: string | undefined } {
  return {
    cacheDir:
      env.GENZ_HUB_CACHE && env.GENZ_HUB_CACHE.trim() !== '' ? path.resolve(env.GENZ_HUB_CACHE) : path.join(os.homedir(), '.cache', 'genz-action', 'hub'),
    endpoint: (env.HF_ENDPOINT && env.HF_ENDPOINT.trim() !== '' ? env.HF_ENDPOINT : 'https://huggingface.co').replace(/\/+$/, ''),
    token: env.HF_TOKEN && env.HF_TOKEN.trim() !== '' ? env.HF_TOKEN.trim() : undefined,
    offline: env.HF_HUB_OFFLINE === '1' || env.HF_HUB_OFFLINE === 'true',
  };
}

/** Where a revision's config.json is cached. */
export function hubCachePath(cacheDir: string, ref: HubRef): string {
  return path.join(cacheDir, ...ref.repo.split('/'), ref.revision ?? 'main', 'config.json');
}

/** Every `hf:` reference written in the given files (a cheap scan; the loader validates them). */
export function hubRefsIn(files: readonly string[]): string[] {
  const refs = new Set<string>();
  for (const f of files) {
    let text: string;
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/hf:[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*(?:@[A-Za-z0-9][A-Za-z0-9._-]*)?/g)) refs.add(m[0]);
  }
  return [...refs].sort();
}

/** Why a reference could not be fetched, by reference; the resolver reports it at the manifest. */
export type HubFailures = Map<string, string>;

/**
 * Downloads what the cache lacks (and every unpinned reference when online). Never throws: failures are
 * returned, and a reference whose config is cached still resolves.
 */
export async function prefetchHubModels(refs: readonly string[], env: HubEnv = hubEnv()): Promise<HubFailures> {
  const e = { ...hubEnv(), ...env };
  const failures: HubFailures = new Map();
  for (const text of refs) {
    const ref = parseHubRef(text);
    if (!ref) continue;
    const file = hubCachePath(e.cacheDir, ref);
    const cached = fs.existsSync(file);
    if (e.offline || (cached && ref.revision !== null)) {
      if (!cached) failures.set(text, `not in the Hub cache (${file}) and HF_HUB_OFFLINE is set; run once with network access`);
      continue;
    }
    const url = `${e.endpoint}/${ref.repo}/resolve/${encodeURIComponent(ref.revision ?? 'main')}/config.json`;
    try {
      const res = await fetch(url, { headers: e.token ? { authorization: `Bearer ${e.token}` } : {}, redirect: 'follow', signal: AbortSignal.timeout(30_000) });
      if (!res.ok) {
        const why =
          res.status === 401 || res.status === 403
            ? `the Hub refused access (HTTP ${res.status}); set HF_TOKEN to a token that can read ${ref.repo}`
            : res.status === 404
              ? `no config.json for ${ref.repo} at revision ${ref.revision ?? 'main'} (HTTP 404)`
              : `HTTP ${res.status}`;
        if (!cached) failures.set(text, `cannot fetch ${url}: ${why}`);
        continue;
      }
      const body = await res.text();
      JSON.parse(body); // a config, not an error page
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, body);
      fs.renameSync(tmp, file);
    } catch (err) {
      if (!cached) failures.set(text, `cannot fetch ${url}: ${(err as Error).message}; offline runs need the config in the cache (${file})`);
    }
  }
  return failures;
}
