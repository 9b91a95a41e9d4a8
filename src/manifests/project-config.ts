/**
 * The project config, `genz.config.yaml` (schema/config.schema.json). Paths in it are relative to its
 * folder, the project root, and must stay inside it. Without a file every field takes its default.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS, type Limits, limitHint, nestingTooDeep, resolveLimits } from '../limits.js';
import { readFileSafe } from '../safe-fs.js';
import { type Problem, type Segment, sortProblems } from '../errors/index.js';
import { ProjectConfigError } from './errors.js';
import { findFileInside, relPosix, resolveInside } from './paths.js';
import { type SourceFile, errorAt, parseSource } from './source.js';
import type { FailOn, ProjectConfig, ToleranceRules } from './types.js';
import { schemaErrors } from './validate.js';

/** File names looked for in `cwd` when no path is given, in this order. */
export const CONFIG_FILE_NAMES = ['genz.config.yaml', 'genz.config.yml'] as const;

export const PROJECT_DEFAULTS = {
  manifests: ['perf/**/*.yaml', 'perf/**/*.yml', 'perf/**/*.json'],
  baselines: 'baselines',
  models: 'models',
  hardware: 'hardware',
  fail_on: 'mismatch' as FailOn,
  template: null as string | null,
  tolerances: { default: { rel: 0, abs: 0 } } as ToleranceRules,
} as const;

export interface LoadProjectConfigOptions {
  /** Where to look for genz.config.yaml, and the project root when there is none. */
  cwd: string;
  /** An explicit config file (relative to cwd); it must exist. */
  configPath?: string;
}

interface RawConfig {
  manifests?: string[];
  baselines?: string;
  models?: string;
  hardware?: string;
  fail_on?: FailOn;
  fidelity?: 'genz' | 'corrected';
  template?: string | null;
  tolerances?: ToleranceRules;
  limits?: Partial<Limits>;
  calibration?: string;
}

function display(cwd: string, abs: string): string {
  const rel = relPosix(cwd, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs.split(path.sep).join('/') : rel;
}

function defaultsAt(root: string, configFile: string | null, raw: RawConfig): ProjectConfig {
  const d = PROJECT_DEFAULTS;
  const abs = (p: string): string => path.resolve(root, p);
  return {
    root,
    configFile,
    manifests: [...(raw.manifests ?? d.manifests)],
    baselinesDir: abs(raw.baselines ?? d.baselines),
    modelsDir: abs(raw.models ?? d.models),
    hardwareDir: abs(raw.hardware ?? d.hardware),
    failOn: raw.fail_on ?? d.fail_on,
    ...(raw.fidelity !== undefined ? { fidelity: raw.fidelity } : {}),
    template: raw.template ? abs(raw.template) : null,
    tolerances: raw.tolerances ?? structuredClone(d.tolerances),
    limits: resolveLimits(raw.limits),
    calibration: raw.calibration ?? 'builtin',
  };
}

/** Checks that every path of the config stays inside the root (and that the template exists). */
function pathErrors(src: SourceFile, root: string, raw: RawConfig): Problem[] {
  const errors: Problem[] = [];
  const check = (at: Segment[], p: string, glob = false): boolean => {
    if (glob) {
      if (path.isAbsolute(p) || path.win32.isAbsolute(p)) {
        errors.push(errorAt(src, at, 'absolute paths are refused; write the glob relative to the project root'));
        return false;
      }
      if (p.replace(/\\/g, '/').split('/').includes('..')) {
        errors.push(errorAt(src, at, "the glob leaves the project root ('..' is refused)"));
        return false;
      }
      return true;
    }
    const c = resolveInside(root, p);
    if (!c.ok) errors.push(errorAt(src, at, `'${p}' refused: ${c.reason}`));
    return c.ok;
  };
  if (Array.isArray(raw.manifests)) raw.manifests.forEach((g, i) => typeof g === 'string' && check(['manifests', i], g, true));
  for (const key of ['baselines', 'models', 'hardware'] as const) {
    const v = raw[key];
    if (typeof v === 'string') check([key], v);
  }
  if (typeof raw.calibration === 'string' && raw.calibration !== 'builtin' && raw.calibration !== 'none' && check(['calibration'], raw.calibration)) {
    const found = findFileInside(root, raw.calibration);
    if (found.kind === 'missing')
      errors.push(errorAt(src, ['calibration'], `calibration profile '${found.rel}' not found (paths are relative to the project root)`));
  }
  if (typeof raw.template === 'string' && check(['template'], raw.template)) {
    const found = findFileInside(root, raw.template);
    if (found.kind === 'missing') errors.push(errorAt(src, ['template'], `template file '${found.rel}' not found (paths are relative to the project root)`));
    else if (found.kind === 'refused') errors.push(errorAt(src, ['template'], `'${raw.template}' refused: ${found.reason}`));
  }
  return errors;
}

/** Reads the project config; throws ProjectConfigError listing every problem with file:line:column. */
export function loadProjectConfig(opts: LoadProjectConfigOptions): ProjectConfig {
  const cwd = path.resolve(opts.cwd);
  let file: string | null = null;
  if (opts.configPath !== undefined) {
    file = path.resolve(cwd, opts.configPath);
    if (!fs.existsSync(file)) {
      throw new ProjectConfigError([{ file: display(cwd, file), line: 1, column: 1, fieldPath: '', message: 'config file not found' }]);
    }
  } else {
    // lstat: a genz.config.yaml that is a dangling symlink is still found (and refused below), not skipped.
    file = CONFIG_FILE_NAMES.map((n) => path.join(cwd, n)).find((f) => fs.lstatSync(f, { throwIfNoEntry: false }) !== undefined) ?? null;
  }
  if (file === null) return defaultsAt(cwd, null, {});

  const root = path.dirname(file);
  const shown = display(cwd, file);
  // An explicit --config / config input is honoured as given; the repository's own genz.config.yaml must really
  // be inside it. Either way: a regular file within limits.config_bytes, never quoted when refused.
  const read = readFileSafe(file, { root: opts.configPath !== undefined ? null : cwd, maxBytes: DEFAULT_LIMITS.config_bytes });
  if (!read.ok) {
    const hint = read.size !== undefined ? limitHint('config_bytes') : undefined;
    throw new ProjectConfigError([{ file: shown, line: 1, column: 1, fieldPath: '', message: `cannot read: ${read.reason}${hint ? ` (${hint})` : ''}` }]);
  }
  const text = read.text;
  const deep = nestingTooDeep(text, DEFAULT_LIMITS.nesting_depth);
  if (deep !== null) {
    throw new ProjectConfigError([
      { file: shown, line: 1, column: 1, fieldPath: '', message: `nested deeper than ${DEFAULT_LIMITS.nesting_depth} levels (limits.nesting_depth)` },
    ]);
  }
  const src = parseSource(text, shown);
  if (src.syntaxErrors.length > 0) throw new ProjectConfigError(src.syntaxErrors);
  const data = src.data ?? {};
  const errors = schemaErrors(src, 'config', data);
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) errors.push(...pathErrors(src, root, data as RawConfig));
  if (errors.length > 0) throw new ProjectConfigError(sortProblems(errors));
  return defaultsAt(root, file, data as RawConfig);
}
