/**
 * Issue 9, case 5: what the repository names resolves by real path inside it, for reading and writing; only
 * regular files are opened; a refused file is never quoted. Case 7: concurrent updates lose no entry.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { FAST_MANIFEST, makeRepo } from './support.js';

const SECRET = 'root:x:0:0:TOP-SECRET-LINE';

describe('paths (case 5)', () => {
  it('a committed symlink baselines -> outside: update refuses and writes nothing outside', async () => {
    const { root, outside } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST });
    symlinkSync(outside, path.join(root, 'baselines'));
    const r = await runCli(['update'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/baselines.*outside the repository/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a baseline file symlinked outside is refused, its contents never quoted', async () => {
    const { root, outside } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST });
    writeFileSync(path.join(outside, 'passwd'), `${SECRET}\n`);
    mkdirSync(path.join(root, 'baselines/perf'), { recursive: true });
    symlinkSync(path.join(outside, 'passwd'), path.join(root, 'baselines/perf/a.json'));
    for (const command of ['check', 'update']) {
      const r = await runCli([command], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('outside the repository');
      expect(r.stdout + r.stderr).not.toContain('TOP-SECRET');
    }
    expect(readFileSync(path.join(outside, 'passwd'), 'utf8')).toBe(`${SECRET}\n`);
  });

  it('genz.config.yaml symlinked outside is refused without quoting it; an explicit --config is honoured', async () => {
    const { root, outside } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST });
    writeFileSync(path.join(outside, 'environ'), `${SECRET}\n`);
    symlinkSync(path.join(outside, 'environ'), path.join(root, 'genz.config.yaml'));
    const r = await runCli(['validate-manifests'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outside the repository');
    expect(r.stderr).not.toContain('TOP-SECRET');
    writeFileSync(path.join(outside, 'genz.config.yaml'), 'fail_on: never\n');
    const explicit = await runCli(['validate-manifests', '--config', path.join(outside, 'genz.config.yaml')], { cwd: root });
    expect(explicit.stderr).not.toContain('outside the repository');
  });

  it('a manifest or baseline that is a device or a FIFO is refused, not read (no hang, no 0.7 GB)', async () => {
    const { root } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST });
    mkdirSync(path.join(root, 'baselines/perf'), { recursive: true });
    symlinkSync('/dev/zero', path.join(root, 'baselines/perf/a.json'));
    const r = await runCli(['check'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/outside the repository|not a regular file/);
    const fifo = makeRepo({ 'perf/a.yaml': FAST_MANIFEST });
    mkdirSync(path.join(fifo.root, 'baselines/perf'), { recursive: true });
    const mk = spawn('mkfifo', [path.join(fifo.root, 'baselines/perf/a.json')]);
    await new Promise((resolve) => mk.on('close', resolve));
    if (existsSync(path.join(fifo.root, 'baselines/perf/a.json'))) {
      const f = await runCli(['check'], { cwd: fifo.root });
      expect(f.code).toBe(2);
      expect(f.stderr).toContain('not a regular file (a FIFO)');
    }
  });
});

describe('concurrent updates (case 7)', () => {
  it("two update --filter runs on one baseline file keep both runs' entries", async () => {
    const { root } = makeRepo({
      'perf/a.yaml': `${FAST_MANIFEST}  - id: x1\n  - id: y1\n`,
    });
    expect((await runCli(['update', '--filter', 'chat'], { cwd: root })).code).toBe(0);
    // The lock is what makes this safe: run both in-process at once (each awaits the lock before reading).
    const [a, b] = await Promise.all([runCli(['update', '--filter', 'x*'], { cwd: root }), runCli(['update', '--filter', 'y*'], { cwd: root })]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const doc = JSON.parse(readFileSync(path.join(root, 'baselines/perf/a.json'), 'utf8'));
    expect(Object.keys(doc.scenarios).sort()).toEqual(['chat', 'x1', 'y1']);
    expect(existsSync(path.join(root, 'baselines/.genz-update.lock'))).toBe(false);
  });

  it('a held lock makes a second update wait and then fail clearly', async () => {
    const { acquireBaselineLock } = await import('../../src/baselines/lock.js');
    const { root } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST });
    const release = await acquireBaselineLock(path.join(root, 'baselines'));
    await expect(acquireBaselineLock(path.join(root, 'baselines'), { timeoutMs: 300, pollMs: 50 })).rejects.toThrow(
      /another 'genz update' is writing these baselines/,
    );
    release();
    const again = await acquireBaselineLock(path.join(root, 'baselines'), { timeoutMs: 300 });
    again();
  });
});
