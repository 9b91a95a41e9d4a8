/**
 * One `update` at a time on a baselines folder: an exclusive lock file (`.genz-update.lock`, created with
 * O_EXCL) held from reading the old baselines to writing the new ones. A second run waits for it (polling) and
 * then reads the files the first one wrote, so no entry is lost; after `timeoutMs` it fails with a clear message.
 *
 * The lock file records who holds it: `{"host", "pid", "time", "token"}` (JSON). While it holds the lock, a run
 * touches the file every {@link LOCK_HEARTBEAT_MS} (its modification time is the heartbeat). A lock is stale, and
 * is taken over, when
 *  - it was written on this host by a process that no longer runs, or
 *  - its last heartbeat (the later of the file's mtime and its recorded time) is older than
 *    {@link LOCK_STALE_MS} (10 minutes), whatever host wrote it: a run on another machine (a shared or network
 *    folder, a container with another hostname) that crashed cannot be asked whether it still runs, and a live
 *    holder refreshes its heartbeat long before then (the work under the lock is reading and writing the files).
 *  - a lock file that cannot be read as a lock (empty, garbage, an older format) is judged by its mtime alone.
 * Taking over is race-free: the stale file is renamed to a unique name and removed only if it is still the one
 * judged stale; a lock is released only by the run whose token it holds (docs/security.md, "Concurrent updates").
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import path from 'node:path';
import { UserMessageError } from '../errors/index.js';

/** node:crypto's randomUUID, loaded when a lock is first taken (a check never takes one). */
const randomUUID = (): string => (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomUUID();

export const LOCK_FILE = '.genz-update.lock';
/** A lock whose last heartbeat is older than this is stale on any host. */
export const LOCK_STALE_MS = 10 * 60_000;
/** How often a holder refreshes its lock's mtime. */
export const LOCK_HEARTBEAT_MS = 30_000;

export class BaselineLockError extends UserMessageError {
  constructor(message: string, where: string) {
    super(message, where);
    this.name = 'BaselineLockError';
  }
}

/** What a lock file records. */
export interface LockOwner {
  host: string;
  pid: number;
  /** Epoch milliseconds when the lock was taken. */
  time: number;
  token: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The owner recorded in a lock file's text, or null when it is not a lock this version wrote. */
export function parseLockOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<LockOwner> | null;
    if (o === null || typeof o !== 'object') return null;
    if (typeof o.host !== 'string' || !Number.isSafeInteger(o.pid) || !Number.isFinite(o.time) || typeof o.token !== 'string') return null;
    return o as LockOwner;
  } catch {
    return null;
  }
}

/**
 * Why the lock (its text and mtime) is stale, or null while it is held: the rule of this module's header.
 * `now`, `host` and `isAlive` are parameters so the rule can be tested for other hosts and clocks.
 */
export function staleReason(
  text: string,
  mtimeMs: number,
  opts: { now?: number; host?: string; isAlive?: (pid: number) => boolean; staleMs?: number } = {},
): string | null {
  const now = opts.now ?? Date.now();
  const staleMs = opts.staleMs ?? LOCK_STALE_MS;
  const owner = parseLockOwner(text);
  if (owner && owner.host === (opts.host ?? hostname()) && !(opts.isAlive ?? alive)(owner.pid)) return `process ${owner.pid} on this host has ended`;
  const heartbeat = Math.max(mtimeMs, owner?.time ?? Number.NEGATIVE_INFINITY);
  if (now - heartbeat > staleMs) return `no heartbeat for ${Math.round((now - heartbeat) / 1000)} s (more than ${Math.round(staleMs / 1000)} s)`;
  return null;
}

function readLock(file: string): { text: string; mtimeMs: number } | null {
  try {
    return { text: readFileSync(file, 'utf8'), mtimeMs: statSync(file).mtimeMs };
  } catch {
    return null;
  }
}

/**
 * Removes the stale lock at `file` whose text was `text`, unless another run replaced it meanwhile: the file is
 * moved aside first, and put back when what was moved is not the lock judged stale.
 */
function takeOver(file: string, text: string): void {
  const aside = `${file}.stale-${randomUUID()}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // gone already (another run took it over first)
  }
  let moved: string | null = null;
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    // unreadable: treat as the stale one
  }
  if (moved !== null && moved !== text) {
    // A fresh lock was taken between our check and the rename: give it back (unless yet another run has the path).
    try {
      linkSync(aside, file);
    } catch {
      // the path is taken again; the owner of `aside` will find its lock gone and its release is a no-op
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // nothing to remove
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes the lock of `dir` (created when missing), waiting up to `timeoutMs`; returns its release function. */
export async function acquireBaselineLock(
  dir: string,
  opts: { timeoutMs?: number; pollMs?: number; label?: string; staleMs?: number; heartbeatMs?: number } = {},
): Promise<() => void> {
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const pollMs = opts.pollMs ?? 100;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const start = Date.now();
  for (;;) {
    const owner: LockOwner = { host: hostname(), pid: process.pid, time: Date.now(), token: randomUUID() };
    const text = `${JSON.stringify(owner)}\n`;
    let fd: number | null = null;
    try {
      fd = openSync(file, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (fd !== null) {
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
      return holdLock(file, text, opts.heartbeatMs ?? LOCK_HEARTBEAT_MS);
    }
    const held = readLock(file);
    if (held && staleReason(held.text, held.mtimeMs, { staleMs: opts.staleMs }) !== null) {
      takeOver(file, held.text);
      continue;
    }
    if (Date.now() - start >= timeoutMs) {
      const who = held ? parseLockOwner(held.text) : null;
      const by = who ? ` by process ${who.pid} on ${JSON.stringify(who.host)} since ${new Date(who.time).toISOString()}` : '';
      throw new BaselineLockError(
        `another 'genz update' is writing these baselines (lock ${opts.label ?? file}${by}); waited ${Math.round(timeoutMs / 1000)} s. ` +
          `Run again when it has finished; a lock without a heartbeat for ${Math.round((opts.staleMs ?? LOCK_STALE_MS) / 60_000)} minutes is taken over.`,
        opts.label ?? file,
      );
    }
    await sleep(pollMs);
  }
}

/** The release function of a lock just taken; a heartbeat refreshes its mtime until then. */
function holdLock(file: string, text: string, heartbeatMs: number): () => void {
  const ours = (): boolean => {
    try {
      return readFileSync(file, 'utf8') === text;
    } catch {
      return false;
    }
  };
  const timer = setInterval(() => {
    try {
      if (ours()) {
        const now = new Date();
        utimesSync(file, now, now);
      }
    } catch {
      // the next beat tries again
    }
  }, heartbeatMs);
  timer.unref();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    clearInterval(timer);
    // Only our own lock: after a takeover the file may be another run's.
    if (!ours()) return;
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  };
}
