/**
 * One `update` at a time on a baselines folder: an exclusive lock file (`.genz-update.lock`, created with
 * O_EXCL) held from reading the old baselines to writing the new ones. A second run waits for it (polling) and
 * then reads the files the first one wrote, so no entry is lost; after `timeoutMs` it fails with a clear message.
 * A lock left by a process that no longer runs on this machine is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { UserMessageError } from '../errors/index.js';

export const LOCK_FILE = '.genz-update.lock';

export class BaselineLockError extends UserMessageError {
  constructor(message: string, where: string) {
    super(message, where);
    this.name = 'BaselineLockError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock at `file` belongs to a process of this host that has ended. */
function stale(file: string): boolean {
  try {
    const [host, pid] = readFileSync(file, 'utf8').split('\n');
    return host === hostname() && Number.isSafeInteger(Number(pid)) && !alive(Number(pid));
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes the lock of `dir` (created when missing), waiting up to `timeoutMs`; returns its release function. */
export async function acquireBaselineLock(dir: string, opts: { timeoutMs?: number; pollMs?: number; label?: string } = {}): Promise<() => void> {
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const pollMs = opts.pollMs ?? 100;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const start = Date.now();
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, `${hostname()}\n${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (stale(file)) {
      try {
        unlinkSync(file);
      } catch {
        // another run took it over first
      }
      continue;
    }
    if (Date.now() - start >= timeoutMs) {
      throw new BaselineLockError(
        `another 'genz update' is writing these baselines (lock ${opts.label ?? file}); waited ${Math.round(timeoutMs / 1000)} s. ` +
          'Run again when it has finished, or delete the lock file if no update is running.',
        opts.label ?? file,
      );
    }
    await sleep(pollMs);
  }
}
