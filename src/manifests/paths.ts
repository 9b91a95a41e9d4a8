/**
 * Paths written in manifests and the project config: relative to the project root, and never leaving it
 * (no absolute paths, no `..` above the root, no symlink that leads outside).
 */
import fs from 'node:fs';
import path from 'node:path';

export type InsideCheck = { ok: true /** Absolute path. */; abs: string /** POSIX path relative to the root. */; rel: string } | { ok: false; reason: string };

const isAbsoluteAnywhere = (p: string): boolean => path.isAbsolute(p) || path.win32.isAbsolute(p) || /^[A-Za-z]:/.test(p);

/** Lexical check: `ref` relative to `root` stays inside it. Does not touch the file system. */
export function resolveInside(root: string, ref: string): InsideCheck {
  if (isAbsoluteAnywhere(ref)) return { ok: false, reason: 'absolute paths are refused; write the path relative to the project root' };
  const norm = path.posix.normalize(ref.replace(/\\/g, '/'));
  if (norm === '..' || norm.startsWith('../')) return { ok: false, reason: 'the path leaves the project root' };
  const rel = norm === '.' ? '' : norm.replace(/\/+$/, '');
  return { ok: true, abs: path.resolve(root, ...rel.split('/')), rel };
}

const realRoots = new Map<string, string>();
function realRoot(root: string): string {
  let r = realRoots.get(root);
  if (r === undefined) {
    try {
      r = fs.realpathSync(root);
    } catch {
      r = path.resolve(root);
    }
    realRoots.set(root, r);
  }
  return r;
}

/** Whether `abs` (which exists) really lies inside `root` once symlinks are followed. */
export function realInside(root: string, abs: string): boolean {
  const r = realRoot(root);
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch {
    return false;
  }
  return real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep);
}

export type FileLookup = { kind: 'file'; abs: string; rel: string } | { kind: 'missing'; rel: string } | { kind: 'refused'; reason: string };

/** Finds a file at `ref` (root-relative): refused when it escapes the root, lexically or through a symlink. */
export function findFileInside(root: string, ref: string): FileLookup {
  const c = resolveInside(root, ref);
  if (!c.ok) return { kind: 'refused', reason: c.reason };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(c.abs);
  } catch {
    return { kind: 'missing', rel: c.rel };
  }
  if (!realInside(root, c.abs)) return { kind: 'refused', reason: 'the path is a symlink that leads outside the project root' };
  if (!stat.isFile()) return { kind: 'missing', rel: c.rel };
  return { kind: 'file', abs: c.abs, rel: c.rel };
}

/** POSIX path of `abs` relative to `root`. */
export function relPosix(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}
