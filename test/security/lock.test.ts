/** Stale baseline locks across hosts (issue 9, concurrent updates): the rule of src/baselines/lock.ts. */
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, LOCK_STALE_MS, acquireBaselineLock, parseLockOwner, staleReason } from '../../src/baselines/lock.js';
import { testTempDir } from '../support/temp.js';

const NOW = 1_800_000_000_000;
const lockText = (o: { host: string; pid: number; time: number }) => JSON.stringify({ ...o, token: 't' });
const alive = () => true;
const dead = () => false;

describe('staleReason', () => {
  it('a fresh lock of another host is held, whether or not a process of that pid runs here', () => {
    const text = lockText({ host: 'ci-runner-7', pid: 4242, time: NOW - 1000 });
    expect(staleReason(text, NOW - 1000, { now: NOW, host: 'laptop', isAlive: dead })).toBeNull();
    expect(staleReason(text, NOW - 1000, { now: NOW, host: 'laptop', isAlive: alive })).toBeNull();
  });

  it('a lock of another host without a heartbeat for longer than the timeout is stale', () => {
    const old = NOW - LOCK_STALE_MS - 1;
    const text = lockText({ host: 'ci-runner-7', pid: 4242, time: old });
    expect(staleReason(text, old, { now: NOW, host: 'laptop', isAlive: alive })).toMatch(/no heartbeat/);
    // Exactly at the timeout it is still held.
    expect(staleReason(text, NOW - LOCK_STALE_MS, { now: NOW, host: 'laptop', isAlive: alive })).toBeNull();
  });

  it('a recent heartbeat (mtime) keeps an old lock held', () => {
    const text = lockText({ host: 'ci-runner-7', pid: 4242, time: NOW - 5 * LOCK_STALE_MS });
    expect(staleReason(text, NOW - 10_000, { now: NOW, host: 'laptop' })).toBeNull();
  });

  it('on this host, a lock of a process that has ended is stale at once; of a live one it is held', () => {
    const text = lockText({ host: 'laptop', pid: 4242, time: NOW });
    expect(staleReason(text, NOW, { now: NOW, host: 'laptop', isAlive: dead })).toMatch(/process 4242 on this host has ended/);
    expect(staleReason(text, NOW, { now: NOW, host: 'laptop', isAlive: alive })).toBeNull();
  });

  it('a file that is not a lock is judged by its mtime alone', () => {
    expect(parseLockOwner('host\n123\n')).toBeNull();
    expect(staleReason('garbage', NOW - 1000, { now: NOW })).toBeNull();
    expect(staleReason('', NOW - LOCK_STALE_MS - 1000, { now: NOW })).toMatch(/no heartbeat/);
  });
});

describe('acquireBaselineLock', () => {
  const dir = () => {
    const d = path.join(testTempDir('genz-lock-'), 'baselines');
    mkdirSync(d, { recursive: true });
    return d;
  };
  const plant = (d: string, o: { host: string; pid: number; time: number }, mtimeMs: number) => {
    const file = path.join(d, LOCK_FILE);
    writeFileSync(file, lockText(o));
    utimesSync(file, mtimeMs / 1000, mtimeMs / 1000);
    return file;
  };

  it('records host, pid, time and a token', async () => {
    const d = dir();
    const release = await acquireBaselineLock(d);
    const owner = parseLockOwner(readFileSync(path.join(d, LOCK_FILE), 'utf8'));
    expect(owner).toMatchObject({ host: hostname(), pid: process.pid });
    expect(Math.abs(owner!.time - Date.now())).toBeLessThan(60_000);
    release();
    expect(existsSync(path.join(d, LOCK_FILE))).toBe(false);
  });

  it('takes over the lock a crashed run on another host left an hour ago', async () => {
    const d = dir();
    const hourAgo = Date.now() - 3_600_000;
    plant(d, { host: 'another-machine', pid: 1, time: hourAgo }, hourAgo);
    const release = await acquireBaselineLock(d, { timeoutMs: 2_000 });
    expect(parseLockOwner(readFileSync(path.join(d, LOCK_FILE), 'utf8'))?.host).toBe(hostname());
    release();
  });

  it('waits for, and then refuses, a live lock of another host', async () => {
    const d = dir();
    plant(d, { host: 'another-machine', pid: 1, time: Date.now() }, Date.now());
    await expect(acquireBaselineLock(d, { timeoutMs: 200, pollMs: 20 })).rejects.toThrow(/by process 1 on "another-machine"/);
    expect(existsSync(path.join(d, LOCK_FILE))).toBe(true);
  });

  it('takes over a lock of this host whose process has ended', async () => {
    const d = dir();
    // A pid above the kernel's maximum never runs.
    plant(d, { host: hostname(), pid: 2 ** 30, time: Date.now() }, Date.now());
    const release = await acquireBaselineLock(d, { timeoutMs: 2_000 });
    release();
  });

  it('the holder keeps its heartbeat, so a long update is not taken over', async () => {
    const d = dir();
    const release = await acquireBaselineLock(d, { heartbeatMs: 20 });
    const file = path.join(d, LOCK_FILE);
    const old = (Date.now() - 3_600_000) / 1000;
    utimesSync(file, old, old);
    await new Promise((r) => setTimeout(r, 150));
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(60_000);
    await expect(acquireBaselineLock(d, { timeoutMs: 100, pollMs: 20 })).rejects.toThrow(/another 'genz update'/);
    release();
  });

  it('a run whose lock was taken over does not remove the new holder’s lock on release', async () => {
    const d = dir();
    const release = await acquireBaselineLock(d);
    const file = path.join(d, LOCK_FILE);
    writeFileSync(file, lockText({ host: 'another-machine', pid: 9, time: Date.now() }));
    release();
    expect(parseLockOwner(readFileSync(file, 'utf8'))?.host).toBe('another-machine');
  });
});
