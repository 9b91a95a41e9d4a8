/**
 * Reading and writing the repository's own files safely (docs/security.md, "Paths").
 *
 * A path the repository names (config, manifests, models, hardware, templates, baselines) is resolved by its real
 * path and must stay inside the repository root, for reading and for writing: a symlink or `..` leading out is
 * refused. Only regular files are opened (never a FIFO, a device such as /dev/zero, or a directory), the size is
 * checked against a limit of src/limits.ts before reading, and a refused file is never quoted: messages name
 * the path, never its contents.
 *
 * Paths passed explicitly as inputs or flags (`--config`, `--out`, `report-dir`, …) are honoured as given:
 * callers pass `root: null` for them (regular file and size checks still apply).
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatCount } from './number-format.js';

export type SafeRead = { ok: true; text: string; size: number } | { ok: false; missing: boolean; reason: string; size?: number };

/** Whether `abs` (real path) is `root` (real path) or inside it. */
export function isInside(realRoot: string, realAbs: string): boolean {
  return realAbs === realRoot || realAbs.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
}

export function realRootOf(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}

/**
 * Reads a UTF-8 file: inside `root` by real path (unless root is null), a regular file, at most `maxBytes`.
 * Never throws for a file problem; never blocks on a FIFO.
 */
export function readFileSafe(file: string, opts: { root: string | null; maxBytes: number }): SafeRead {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, missing: code === 'ENOENT' || code === 'ENOTDIR', reason: code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? 'error'})` };
  }
  if (opts.root !== null && !isInside(realRootOf(opts.root), real)) {
    return { ok: false, missing: false, reason: 'refused: the path leads outside the repository (through a symlink or ..); its contents were not read' };
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; it is refused below anyway.
    fd = fs.openSync(real, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, missing: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: false, missing: false, reason: `refused: not a regular file (${kindOf(st)}); it was not read` };
    if (st.size > opts.maxBytes) {
      return {
        ok: false,
        missing: false,
        size: st.size,
        reason: `the file has ${formatCount(st.size)} bytes, over the limit of ${formatCount(opts.maxBytes)}; it was not read`,
      };
    }
    // Read at most maxBytes + 1: a file growing while read is refused rather than read without bound.
    const buf = Buffer.alloc(Math.min(st.size, opts.maxBytes) + 1);
    let n = 0;
    for (;;) {
      const r = fs.readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n >= buf.length) return { ok: false, missing: false, reason: `the file grew past the limit of ${formatCount(opts.maxBytes)} bytes while read` };
    }
    return { ok: true, text: buf.subarray(0, n).toString('utf8'), size: n };
  } catch (e) {
    return { ok: false, missing: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    fs.closeSync(fd);
  }
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Where a file of the repository may be written: `target` resolved with every existing ancestor's real path,
 * refused when that leaves `root` (e.g. a committed symlink `baselines -> /tmp/elsewhere`) or when the target
 * itself is a symlink or not a regular file. Returns the real path to write, or the reason.
 */
export function writableInside(root: string, target: string): { ok: true; real: string } | { ok: false; reason: string } {
  const realRoot = realRootOf(root);
  const abs = path.resolve(target);
  // The deepest existing ancestor, by real path; the rest of the path is created below it.
  let existing = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      fs.lstatSync(existing);
      break;
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) break;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
  let realExisting: string;
  try {
    realExisting = fs.realpathSync(existing);
  } catch (e) {
    return { ok: false, reason: `cannot be resolved (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const real = path.join(realExisting, ...rest);
  if (!isInside(realRoot, real)) return { ok: false, reason: 'refused: the path leads outside the repository (through a symlink or ..); nothing was written' };
  if (rest.length === 0) {
    const st = fs.lstatSync(abs);
    if (st.isSymbolicLink() && !isInside(realRoot, realExisting)) return { ok: false, reason: 'refused: a symlink leading outside the repository' };
    if (!fs.statSync(abs).isFile()) return { ok: false, reason: 'refused: not a regular file' };
  }
  return { ok: true, real };
}

/**
 * Writes `chunks` to `file` through a temporary file renamed into place (readers never see half a file), in
 * writes of about 1 MB: a large text (a 100,000-scenario report.json) is never one string in memory.
 */
export function writeChunksAtomic(file: string, chunks: Iterable<string>): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= 1 << 20) {
        fs.writeSync(fd, pending);
        pending = '';
      }
    }
    if (pending.length > 0) fs.writeSync(fd, pending);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
}
