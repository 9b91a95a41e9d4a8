/**
 * Resolves the model and hardware references of manifests: catalog/preset names, files in the
 * repository, names in the models/hardware folders. Files are read, validated and converted once per
 * run; their own errors are reported once, at the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GenzError } from '../core/errors.js';
import { MODEL_ALIASES, MODEL_NAMES, type ModelConfig, type ModelSpec, buildModel, canonicalModelName, resolveModel } from '../core/model.js';
import { PRESET_NAMES, type SystemSpec, buildSystem } from '../core/system.js';
import { show } from './errors.js';
import { HARDWARE_DEFAULTS, HARDWARE_FIELDS } from './schema-defs.js';
import { hfConfigToSpec, isHfConfig } from './hf-config.js';
import { type HubFailures, hubCachePath, isHubLike, parseHubRef } from './hub.js';
import { DEFAULT_LIMITS, nestingTooDeep } from '../limits.js';
import { readFileSafe } from '../safe-fs.js';
import { findFileInside, relPosix, resolveInside } from './paths.js';
import { type SourceFile, errorAt, parseSource } from './source.js';
import { type Candidate, nearest } from './suggest.js';
import type { Problem } from '../errors/index.js';
import type { HardwareSource, ModelSource } from './types.js';
import { schemaErrors } from './validate.js';

export const FILE_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

export type ModelResolution =
  | { ok: true; ref: string | ModelSpec; source: ModelSource; model: ModelConfig; label: string }
  | { ok: false /** A problem with the reference itself (null: the file it names has errors, reported at the file). */; message: string | null };

export type HardwareResolution = { ok: true; ref: string | SystemSpec; source: HardwareSource } | { ok: false; message: string | null };

const looksLikeFile = (ref: string): boolean => FILE_EXTENSIONS.some((e) => ref.toLowerCase().endsWith(e)) || ref.startsWith('./') || ref.startsWith('.\\');
const looksLikePath = (ref: string): boolean => looksLikeFile(ref) || ref.includes('/') || ref.includes('\\') || ref.startsWith('.');

type Obj = Record<string, unknown>;

interface Loaded<T> {
  value: T | null;
}

export class Resolver {
  /** Errors found inside model and hardware files. */
  readonly fileErrors: Problem[] = [];
  private readonly models = new Map<string, Loaded<{ spec: ModelSpec; model: ModelConfig }>>();
  private readonly systems = new Map<string, Loaded<SystemSpec>>();
  private readonly modelRefs = new Map<string, ModelResolution>();
  private readonly hardwareRefs = new Map<string, HardwareResolution>();
  private readonly modelsRel: string | null;
  private readonly hardwareRel: string | null;

  constructor(
    readonly root: string,
    modelsDir: string,
    hardwareDir: string,
    private readonly hub: { cacheDir: string; failures: HubFailures } | null = null,
  ) {
    this.modelsRel = this.folder(modelsDir);
    this.hardwareRel = this.folder(hardwareDir);
  }

  /** Root-relative POSIX path of a folder inside the root, or null if it lies outside. */
  private folder(dir: string): string | null {
    const abs = path.resolve(this.root, dir);
    const rel = relPosix(this.root, abs);
    return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel;
  }

  private localNames(folderRel: string | null): string[] {
    if (folderRel === null) return [];
    try {
      return fs
        .readdirSync(path.resolve(this.root, folderRel))
        .filter((f) => FILE_EXTENSIONS.some((e) => f.endsWith(e)))
        .map((f) => f.replace(/\.(ya?ml|json)$/, ''))
        .sort();
    } catch {
      return [];
    }
  }

  /** A file named by `ref`: a root-relative path, or a name in `folderRel`. */
  private locate(ref: string, folderRel: string | null, what: string): { rel: string; abs: string } | { problem: string | null } {
    if (looksLikePath(ref)) {
      const inside = resolveInside(this.root, ref);
      if (!inside.ok) return { problem: `${what} path '${ref}' refused: ${inside.reason}` };
      // The path as written, then (without an extension) with each known extension.
      const tries = looksLikeFile(ref) ? [ref] : [ref, ...FILE_EXTENSIONS.map((e) => `${ref}${e}`)];
      for (const t of tries) {
        const found = findFileInside(this.root, t);
        if (found.kind === 'refused') return { problem: `${what} path '${ref}' refused: ${found.reason}` };
        if (found.kind === 'file') return { rel: found.rel, abs: found.abs };
      }
      if (looksLikeFile(ref)) return { problem: `${what} file '${inside.rel}' not found (paths are relative to the project root)` };
      return { problem: null };
    }
    if (folderRel !== null) {
      for (const ext of FILE_EXTENSIONS) {
        const rel = folderRel === '' ? `${ref}${ext}` : `${folderRel}/${ref}${ext}`;
        const found = findFileInside(this.root, rel);
        if (found.kind === 'file') return { rel: found.rel, abs: found.abs };
        if (found.kind === 'refused') return { problem: `${what} file '${rel}' refused: ${found.reason}` };
      }
    }
    return { problem: null };
  }

  private read(abs: string, rel: string): SourceFile | null {
    // Inside the repository by real path, a regular file, within limits.manifest_bytes; never quoted when refused.
    const read = readFileSafe(abs, { root: this.root, maxBytes: DEFAULT_LIMITS.manifest_bytes });
    if (!read.ok) {
      this.fileErrors.push({ file: rel, line: 1, column: 1, fieldPath: '', message: `cannot read: ${read.reason}` });
      return null;
    }
    if (nestingTooDeep(read.text, DEFAULT_LIMITS.nesting_depth) !== null) {
      this.fileErrors.push({
        file: rel,
        line: 1,
        column: 1,
        fieldPath: '',
        message: `nested deeper than ${DEFAULT_LIMITS.nesting_depth} levels (limits.nesting_depth)`,
      });
      return null;
    }
    const src = parseSource(read.text, rel);
    if (src.syntaxErrors.length > 0) {
      this.fileErrors.push(...src.syntaxErrors);
      return null;
    }
    if (src.data === null || typeof src.data !== 'object' || Array.isArray(src.data)) {
      this.fileErrors.push(errorAt(src, [], `must be a mapping of fields, got ${show(src.data)}`));
      return null;
    }
    return src;
  }

  /** Resolves a model reference (memoised: sweeps resolve the same names many times). */
  resolveModel(ref: string): ModelResolution {
    let r = this.modelRefs.get(ref);
    if (!r) {
      r = this.findModel(ref);
      this.modelRefs.set(ref, r);
    }
    return r;
  }

  /** Resolves a hardware reference (memoised). */
  resolveHardware(ref: string): HardwareResolution {
    let r = this.hardwareRefs.get(ref);
    if (!r) {
      r = this.findHardware(ref);
      this.hardwareRefs.set(ref, r);
    }
    return r;
  }

  private findModel(ref: string): ModelResolution {
    if (isHubLike(ref)) return this.findHubModel(ref);
    const canonical = canonicalModelName(ref);
    if (canonical !== undefined) {
      return { ok: true, ref: canonical, source: { kind: 'catalog', name: canonical, requested: ref }, model: resolveModel(canonical), label: canonical };
    }
    const where = this.locate(ref, this.modelsRel, 'model');
    if ('problem' in where) {
      if (where.problem !== null) return { ok: false, message: where.problem };
      const candidates: (string | Candidate)[] = [...this.localNames(this.modelsRel), ...catalogCandidates()];
      const folder = this.modelsRel === null ? '' : `, a file in the repository or a file in ${this.modelsRel || '.'}/`;
      return { ok: false, message: `unknown model '${ref}': not in the catalog${folder}; did you mean ${nearest(ref, candidates).join(', ')}?` };
    }
    let loaded = this.models.get(where.rel);
    if (!loaded) {
      loaded = { value: this.loadModelFile(where.abs, where.rel) };
      this.models.set(where.rel, loaded);
    }
    if (!loaded.value) return { ok: false, message: null };
    return { ok: true, ref: loaded.value.spec, source: { kind: 'file', path: where.rel }, model: loaded.value.model, label: where.rel };
  }

  private findHardware(ref: string): HardwareResolution {
    if (PRESET_NAMES.includes(ref)) return { ok: true, ref, source: { kind: 'preset', name: ref } };
    const where = this.locate(ref, this.hardwareRel, 'hardware');
    if ('problem' in where) {
      if (where.problem !== null) return { ok: false, message: where.problem };
      const caseHint = PRESET_NAMES.some((p) => p.toLowerCase() === ref.toLowerCase()) ? ' (preset names are case-sensitive)' : '';
      const folder = this.hardwareRel === null ? '' : `, a file in the repository or a file in ${this.hardwareRel || '.'}/`;
      const candidates = [...this.localNames(this.hardwareRel), ...PRESET_NAMES];
      return { ok: false, message: `unknown hardware '${ref}'${caseHint}: not a preset${folder}; did you mean ${nearest(ref, candidates).join(', ')}?` };
    }
    let loaded = this.systems.get(where.rel);
    if (!loaded) {
      loaded = { value: this.loadHardwareFile(where.abs, where.rel) };
      this.systems.set(where.rel, loaded);
    }
    if (!loaded.value) return { ok: false, message: null };
    return { ok: true, ref: loaded.value, source: { kind: 'file', path: where.rel } };
  }

  /** `hf:<org>/<name>@<revision>`: the cached config.json (src/manifests/hub.ts fetches it before loading). */
  private findHubModel(ref: string): ModelResolution {
    const hub = parseHubRef(ref);
    if (!hub) return { ok: false, message: `malformed Hugging Face Hub reference '${ref}': write hf:<org>/<name>@<revision>` };
    if (!this.hub)
      return { ok: false, message: `Hub models ('${ref}') are fetched by genz run, check, update and validate-manifests; this command cannot fetch them` };
    const file = hubCachePath(this.hub.cacheDir, hub);
    const failure = this.hub.failures.get(ref);
    if (!fs.existsSync(file)) return { ok: false, message: failure ?? `'${ref}' is not in the Hub cache (${file})` };
    const name = `hf:${hub.repo}@${hub.revision ?? 'main'}`;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      return { ok: false, message: `cannot read the cached config of '${ref}': ${(err as Error).message}` };
    }
    const src = parseSource(text, file.split(path.sep).join('/'));
    if (src.syntaxErrors.length > 0 || src.data === null || typeof src.data !== 'object' || Array.isArray(src.data)) {
      return { ok: false, message: `the cached config of '${ref}' (${file}) is not a JSON object; delete it to fetch it again` };
    }
    const r = hfConfigToSpec(src, src.data as Obj, hub.repo);
    if (!r.spec) {
      this.fileErrors.push(...r.errors);
      return { ok: false, message: null };
    }
    const spec: ModelSpec = { ...r.spec, model: name };
    if (hub.revision === null) {
      const warnings = Array.isArray(spec.import_warnings) ? [...(spec.import_warnings as string[])] : [];
      warnings.unshift(`${ref} is not pinned to a revision: the Hub's main branch can change and the results with it (pin with @<commit>)`);
      spec.import_warnings = warnings;
    }
    try {
      return { ok: true, ref: Object.freeze(spec), source: { kind: 'catalog', name, requested: ref }, model: buildModel(spec), label: name };
    } catch (err) {
      if (!(err instanceof GenzError)) throw err;
      return { ok: false, message: `${ref}: ${err.message}` };
    }
  }

  private loadModelFile(abs: string, rel: string): { spec: ModelSpec; model: ModelConfig } | null {
    const src = this.read(abs, rel);
    if (!src) return null;
    const data = src.data as Obj;
    const base = path.posix.basename(rel).replace(/\.(ya?ml|json)$/i, '');
    const defaultName = base === 'config' && rel.includes('/') ? path.posix.basename(path.posix.dirname(rel)) : base;
    let spec: ModelSpec;
    if (isHfConfig(data)) {
      const r = hfConfigToSpec(src, data, defaultName);
      if (!r.spec) {
        this.fileErrors.push(...r.errors);
        return null;
      }
      spec = r.spec;
    } else {
      const errors = schemaErrors(src, 'model', data);
      if (errors.length > 0) {
        this.fileErrors.push(...errors);
        return null;
      }
      spec = { ...data };
      delete spec.$schema;
      if (spec.model === undefined) spec.model = defaultName;
      const H = spec.num_attention_heads as number;
      const kv = spec.num_key_value_heads;
      if (typeof kv === 'number' && H % kv !== 0) {
        this.fileErrors.push(errorAt(src, ['num_key_value_heads'], `${H} attention heads are not a multiple of ${kv} key/value heads`));
        return null;
      }
    }
    try {
      return { spec: Object.freeze(spec), model: buildModel(spec) };
    } catch (err) {
      if (!(err instanceof GenzError)) throw err;
      const field = typeof err.details.field === 'string' ? err.details.field : undefined;
      this.fileErrors.push(errorAt(src, field && !isHfConfig(data) ? [field] : [], err.message));
      return null;
    }
  }

  private loadHardwareFile(abs: string, rel: string): SystemSpec | null {
    const src = this.read(abs, rel);
    if (!src) return null;
    const errors = schemaErrors(src, 'hardware', src.data);
    if (errors.length > 0) {
      this.fileErrors.push(...errors);
      return null;
    }
    const spec = hardwareToSystemSpec(src.data as HardwareFile, path.posix.basename(rel).replace(/\.(ya?ml|json)$/i, ''));
    try {
      buildSystem(spec, String(spec.system_name));
    } catch (err) {
      if (!(err instanceof GenzError)) throw err;
      this.fileErrors.push(errorAt(src, [], err.message));
      return null;
    }
    return Object.freeze(spec);
  }
}

/** A hardware file as written (units in the field names). */
export type HardwareFile = { name?: string } & { [K in keyof typeof HARDWARE_FIELDS]?: number };

/**
 * Hardware file → GenZ System arguments. Bandwidths are GB/s of 2^30 bytes on both sides (copied);
 * memory_size_gb × 1024 gives MB of 2^20 bytes (exact: a power of two). Omitted optional fields get
 * the values GenZ gives a preset (HARDWARE_DEFAULTS); compute/memory efficiency are copied only when set.
 */
export function hardwareToSystemSpec(h: HardwareFile, fallbackName: string): SystemSpec {
  const d = HARDWARE_DEFAULTS;
  const spec: SystemSpec = {
    flops: h.flops_tflops,
    offchip_mem_bw: h.memory_bandwidth_gbps,
    off_chip_mem_size: (h.memory_size_gb as number) * 1024,
    interchip_link_bw: h.interconnect_bandwidth_gbps ?? d.interconnect_bandwidth_gbps,
    interchip_link_latency: h.interconnect_latency_us ?? d.interconnect_latency_us,
    onchip_mem_bw: h.onchip_bandwidth_gbps ?? d.onchip_bandwidth_gbps,
    external_mem_bw: h.offload_bandwidth_gbps ?? d.offload_bandwidth_gbps,
    frequency: h.frequency_mhz ?? d.frequency_mhz,
    comm_efficiency: h.comm_efficiency ?? d.comm_efficiency,
    system_name: h.name ?? fallbackName,
  };
  if (h.compute_efficiency !== undefined) spec.compute_efficiency = h.compute_efficiency;
  if (h.memory_efficiency !== undefined) spec.memory_efficiency = h.memory_efficiency;
  return spec;
}

let catalogCache: Candidate[] | null = null;
/** Catalog names for suggestions, each with the aliases that lead to it. */
function catalogCandidates(): Candidate[] {
  if (!catalogCache) {
    const keys = new Map<string, string[]>(MODEL_NAMES.map((n) => [n, []]));
    for (const alias of MODEL_ALIASES) keys.get(canonicalModelName(alias)!)?.push(alias);
    catalogCache = MODEL_NAMES.map((name) => ({ name, keys: keys.get(name) }));
  }
  return catalogCache;
}
