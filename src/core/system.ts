import systems from '../../data/systems.json' with { type: 'json' };
import { GenzError } from './errors.js';
import { precisionInfo } from './precision.js';

const GB = 1024 * 1024 * 1024; // GenZ's "GB" is 2^30 bytes (spec §1)
const MB = 1024 * 1024;

/**
 * The arguments of GenZ's `System(...)`, in GenZ's user units (spec §3.1): flops in TFLOPS, bandwidths in
 * GB/s of 2^30 bytes, sizes in MB of 2^20 bytes, link latency in µs, frequency in MHz.
 */
export interface SystemSpec {
  flops?: number;
  onchip_mem_bw?: number;
  on_chip_mem_size?: number | null;
  offchip_mem_bw?: number;
  off_chip_mem_size?: number | null;
  external_mem_bw?: number;
  frequency?: number;
  bits?: string;
  compute_efficiency?: number;
  memory_efficiency?: number;
  comm_efficiency?: number;
  interchip_link_bw?: number;
  interchip_link_latency?: number;
  num_nodes?: number;
  topology?: string;
  compute_engine?: string;
  collective_strategy?: string;
  /** Informational only; a name shown in messages and reports. */
  system_name?: string | null;
}

/** Every key `System(...)` accepts that this port models or tolerates (informational ones are ignored). */
export const SYSTEM_SPEC_KEYS: readonly string[] = [
  'flops',
  'onchip_mem_bw',
  'on_chip_mem_size',
  'offchip_mem_bw',
  'off_chip_mem_size',
  'external_mem_bw',
  'frequency',
  'bits',
  'compute_efficiency',
  'memory_efficiency',
  'comm_efficiency',
  'interchip_link_bw',
  'interchip_link_latency',
  'num_nodes',
  'topology',
  'compute_engine',
  'collective_strategy',
  'system_name',
  'mxu_shape',
  'parallelism_hierarchy',
  'network_config',
];

const SPEC_KEY_SET: ReadonlySet<string> = new Set(SYSTEM_SPEC_KEYS);

/** A resolved system in SI base units (bytes, seconds, FLOP/s, bytes/s, Hz). Immutable. */
export interface System {
  readonly name: string;
  readonly flopsRaw: number;
  /** MAC throughput: one MAC is two FLOPs. */
  readonly opPerSec: number;
  readonly offchipBw: number;
  readonly onchipBw: number;
  /** Per-chip off-chip memory in bytes; Infinity when unbounded. */
  readonly offChipMemBytes: number;
  readonly externalMemBw: number;
  readonly frequencyHz: number;
  readonly bits: string;
  readonly computeMultiplier: number;
  readonly bytesPerElement: number;
  readonly computeEfficiency: number;
  readonly memoryEfficiency: number;
  readonly commEfficiency: number;
  readonly icnBw: number;
  readonly icnLatency: number;
  /*
   * Datasheet figures, present only when the system is a preset (by name, or a spec equal to a preset's).
   * They never enter the GenZ-parity numbers above; see docs/hardware.md.
   */
  /** Product name as the vendor prints it. */
  readonly device?: string;
  /** Peak DENSE tensor rate (no sparsity) per precision the hardware runs natively, in FLOP/s (OP/s for int). */
  readonly peakFlopsByPrecision?: Readonly<Record<string, number>>;
  /** Memory per device as printed (GB = 1e9 bytes, GiB = 2^30 bytes), in bytes. */
  readonly memoryBytesDatasheet?: number;
  /** Memory bandwidth per device as printed, in bytes/s (1e9 bytes per GB). */
  readonly memoryBwDatasheet?: number;
  /** Scale-up link name (NVLink 4, Infinity Fabric, ICI, PCIe Gen5 x16, ...). */
  readonly scaleUpLink?: string;
  /** Printed scale-up bandwidth per device, both directions summed, in bytes/s; absent when not printed. */
  readonly scaleUpBw?: number;
  /** Devices in one scale-up domain (8 for an HGX board, 72 for NVL72, the pod size for TPUs). */
  readonly scaleUpDomain?: number;
  /** Where the datasheet figures come from (document and date). */
  readonly datasheetSource?: string;
}

/** A preset's public datasheet figures, in the units printed (see data/systems.json `units.datasheet`). */
export interface HardwareDatasheet {
  readonly device: string;
  readonly aliases: readonly string[];
  /** Peak dense tensor TFLOPS (TOPS for int) per natively supported precision. */
  readonly peakTflops: Readonly<Record<string, number>>;
  readonly memoryGb: number;
  readonly memoryUnit: 'GB' | 'GiB';
  readonly memoryType: string;
  readonly memoryBwGBps: number;
  readonly scaleUp: {
    readonly link: string;
    /** Both directions summed, GB/s of 1e9 bytes; null when the vendor does not print it. */
    readonly bwGBps: number | null;
    readonly domain: number;
    readonly domainNote?: string;
  };
  readonly source: string;
  readonly notes?: string;
}

const DEFAULTS = systems.system_class_defaults;

export const PRESET_NAMES: readonly string[] = Object.freeze(Object.keys(systems.presets));

interface RawDatasheet {
  device: string;
  aliases: string[];
  peak_tflops: Record<string, number>;
  memory_gb: number;
  memory_unit: string;
  memory_type: string;
  memory_bw_GBps: number;
  scale_up: { link: string; bw_GBps: number | null; domain: number; domain_note?: string };
  source: string;
  notes?: string;
}

const DATASHEETS: ReadonlyMap<string, HardwareDatasheet> = new Map(
  Object.entries(systems.presets as Record<string, { datasheet: RawDatasheet }>).map(([name, p]) => {
    const d = p.datasheet;
    const sheet: HardwareDatasheet = Object.freeze({
      device: d.device,
      aliases: Object.freeze([...d.aliases]),
      peakTflops: Object.freeze({ ...d.peak_tflops }),
      memoryGb: d.memory_gb,
      memoryUnit: d.memory_unit === 'GiB' ? 'GiB' : 'GB',
      memoryType: d.memory_type,
      memoryBwGBps: d.memory_bw_GBps,
      scaleUp: Object.freeze({
        link: d.scale_up.link,
        bwGBps: d.scale_up.bw_GBps,
        domain: d.scale_up.domain,
        ...(d.scale_up.domain_note !== undefined ? { domainNote: d.scale_up.domain_note } : {}),
      }),
      source: d.source,
      ...(d.notes !== undefined ? { notes: d.notes } : {}),
    });
    return [name, sheet];
  }),
);

/** Lower-cased preset names and aliases -> preset name. */
const LOOKUP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const name of PRESET_NAMES) m.set(name.toLowerCase(), name);
  for (const [name, d] of DATASHEETS) {
    for (const a of d.aliases) {
      const key = a.toLowerCase();
      const prior = m.get(key);
      if (prior !== undefined && prior !== name) throw new Error(`data/systems.json: alias '${a}' names both ${prior} and ${name}`);
      m.set(key, name);
    }
  }
  return m;
})();

/**
 * The preset a name refers to: a preset name or one of its aliases (e.g. `H200-SXM-141GB`,
 * `Nvidia A100 GPU`), compared case-insensitively. Undefined when nothing matches.
 */
export function lookupPreset(nameOrAlias: string): string | undefined {
  if (typeof nameOrAlias !== 'string') return undefined;
  return LOOKUP.get(nameOrAlias.trim().toLowerCase());
}

/** A preset's datasheet figures (by preset name or alias), or undefined. */
export function presetDatasheet(nameOrAlias: string): HardwareDatasheet | undefined {
  const name = lookupPreset(nameOrAlias);
  return name === undefined ? undefined : DATASHEETS.get(name);
}

const DATASHEET_BYTES: Readonly<Record<'GB' | 'GiB', number>> = { GB: 1e9, GiB: GB };

/** The System fields carrying a preset's datasheet figures, in SI units. */
/** The datasheet fields of each preset's datasheet, derived once (they are constants; the object is frozen). */
const datasheetFieldsCache = new WeakMap<HardwareDatasheet, Readonly<Partial<System>>>();
function datasheetFields(d: HardwareDatasheet): Readonly<Partial<System>> {
  let f = datasheetFieldsCache.get(d);
  if (f === undefined) {
    f = Object.freeze(deriveDatasheetFields(d));
    datasheetFieldsCache.set(d, f);
  }
  return f;
}

function deriveDatasheetFields(d: HardwareDatasheet): Partial<System> {
  return {
    device: d.device,
    peakFlopsByPrecision: Object.freeze(Object.fromEntries(Object.entries(d.peakTflops).map(([p, t]) => [p, t * 1e12]))),
    memoryBytesDatasheet: d.memoryGb * DATASHEET_BYTES[d.memoryUnit],
    memoryBwDatasheet: d.memoryBwGBps * 1e9,
    scaleUpLink: d.scaleUp.link,
    ...(d.scaleUp.bwGBps !== null ? { scaleUpBw: d.scaleUp.bwGBps * 1e9 } : {}),
    scaleUpDomain: d.scaleUp.domain,
    datasheetSource: d.source,
  };
}

/** The GenZ arguments a preset fixes; a spec naming a preset carries its datasheet only if it keeps all of them. */
const PRESET_KEYS = [
  'flops',
  'offchip_mem_bw',
  'off_chip_mem_size',
  'interchip_link_bw',
  'interchip_link_latency',
  'external_mem_bw',
  'onchip_mem_bw',
  'frequency',
] as const;

function presetDatasheetFor(spec: SystemSpec): HardwareDatasheet | undefined {
  const name = spec.system_name;
  if (typeof name !== 'string') return undefined;
  const preset = presetSpec(name);
  if (!preset) return undefined;
  return PRESET_KEYS.every((k) => spec[k] === preset[k]) ? DATASHEETS.get(name) : undefined;
}

function num(spec: SystemSpec, key: keyof SystemSpec, fallback: number, where: string): number {
  return numValue(spec[key], key, fallback, where);
}

function numValue(v: unknown, key: keyof SystemSpec, fallback: number, where: string): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new GenzError('invalid_system', 'TypeError', `${where}: '${key}' must be a non-negative number, got ${JSON.stringify(v)}`, { field: key });
  }
  return v;
}

/**
 * Builds a System from `System(...)` keyword arguments exactly as GenZ converts units (spec §1, §3.1).
 * `bits` and the efficiencies are taken from the spec; entry points override them (spec §3.2 case 3).
 */
export function buildSystem(spec: SystemSpec, name = 'custom system'): System {
  return buildWith(spec, name, undefined);
}

/**
 * `bits` and both efficiencies imposed on a spec (get_inference_system, spec §3.2), read in place of the spec's
 * own: the same System as building `{ ...spec, bits, compute_efficiency: eff, memory_efficiency: eff }` without
 * copying the spec.
 */
interface Imposed {
  readonly bits: string;
  readonly eff: number;
}

function buildWith(spec: SystemSpec, name: string, imposed: Imposed | undefined): System {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    throw new GenzError('invalid_system_type', 'TypeError', `system must be a preset name or an object of System arguments, got ${JSON.stringify(spec)}`);
  }
  for (const key in spec) {
    if (!Object.prototype.hasOwnProperty.call(spec, key)) continue;
    if (!SPEC_KEY_SET.has(key)) {
      throw new GenzError('invalid_system', 'TypeError', `${name}: unknown System argument '${key}' (known: ${SYSTEM_SPEC_KEYS.join(', ')})`, { field: key });
    }
  }
  const engine = spec.compute_engine ?? 'GenZ';
  if (engine !== 'GenZ' && (typeof engine !== 'string' || engine.toLowerCase() !== 'genz')) {
    throw new GenzError(
      'unsupported_setting',
      'ValueError',
      `${name}: compute_engine '${String(engine)}' needs an external simulator; only 'GenZ' is supported`,
      { field: 'compute_engine' },
    );
  }
  const strategy = spec.collective_strategy ?? 'GenZ';
  if (strategy !== 'GenZ') {
    throw new GenzError(
      'unsupported_setting',
      'ValueError',
      `${name}: collective_strategy '${String(strategy)}' needs an external simulator; only 'GenZ' is supported`,
      { field: 'collective_strategy' },
    );
  }
  const flops = num(spec, 'flops', DEFAULTS.flops_tflops, name);
  const flopsRaw = flops * 1e12;
  const offSize = spec.off_chip_mem_size;
  let offChipMemBytes = Infinity;
  if (offSize !== undefined && offSize !== null) offChipMemBytes = num(spec, 'off_chip_mem_size', 0, name) * MB;
  const bits = imposed ? imposed.bits : (spec.bits ?? DEFAULTS.bits);
  // Unknown precisions are GenZ's KeyError at the first operator; checking here reports it up front.
  const p = precisionInfo(bits);
  const sheet = presetDatasheetFor(spec);
  const system: System = {
    name: spec.system_name ?? name,
    flopsRaw,
    opPerSec: flopsRaw / 2,
    offchipBw: num(spec, 'offchip_mem_bw', DEFAULTS.offchip_mem_bw_GBps, name) * GB,
    onchipBw: num(spec, 'onchip_mem_bw', DEFAULTS.onchip_mem_bw_GBps, name) * GB,
    offChipMemBytes,
    externalMemBw: num(spec, 'external_mem_bw', DEFAULTS.external_mem_bw_GBps, name) * GB,
    frequencyHz: num(spec, 'frequency', DEFAULTS.frequency_MHz, name) * 1e6,
    bits,
    computeMultiplier: p.computeMultiplier,
    bytesPerElement: p.bytesPerElement,
    computeEfficiency: imposed ? numValue(imposed.eff, 'compute_efficiency', 0, name) : num(spec, 'compute_efficiency', DEFAULTS.compute_efficiency, name),
    memoryEfficiency: imposed ? numValue(imposed.eff, 'memory_efficiency', 0, name) : num(spec, 'memory_efficiency', DEFAULTS.memory_efficiency, name),
    commEfficiency: num(spec, 'comm_efficiency', DEFAULTS.comm_efficiency, name),
    icnBw: num(spec, 'interchip_link_bw', DEFAULTS.interchip_link_bw_GBps, name) * GB,
    icnLatency: num(spec, 'interchip_link_latency', DEFAULTS.interchip_link_latency_us, name) * 1e-6,
  };
  return Object.freeze(sheet ? Object.assign(system, datasheetFields(sheet)) : system);
}

/** The System arguments GenZ's `get_inference_system` builds for a preset (spec §3.2 case 2). */
export function presetSpec(name: string): SystemSpec | undefined {
  if (!Object.prototype.hasOwnProperty.call(systems.presets, name)) return undefined;
  const a = (systems.presets as Record<string, { system_args: Record<string, unknown> }>)[name].system_args;
  return {
    flops: a.flops_tflops as number,
    offchip_mem_bw: a.offchip_mem_bw_GBps as number,
    off_chip_mem_size: a.off_chip_mem_size_MB as number,
    interchip_link_bw: a.interchip_link_bw_GBps as number,
    interchip_link_latency: a.interchip_link_latency_us as number,
    external_mem_bw: a.external_mem_bw_GBps as number,
    onchip_mem_bw: a.onchip_mem_bw_GBps as number,
    frequency: a.frequency_MHz as number,
    comm_efficiency: 1,
    system_name: name,
  };
}

/** A hardware reference as the entry points take it: a preset name (case-sensitive) or System arguments. */
export type HardwareRef = string | SystemSpec;

/**
 * GenZ's `get_inference_system` (spec §3.2): resolve, then impose the call's `bits` and `system_eff` on
 * both efficiencies. Returns a fresh immutable System: GenZ mutates a passed System, we compute as if it
 * had been freshly built, which is what the reference cases record.
 */
export function resolveSystem(ref: HardwareRef, bits: string, systemEff: number): System {
  let spec: SystemSpec;
  let name: string;
  if (typeof ref === 'string') {
    const preset = presetSpec(ref);
    if (!preset) {
      throw new GenzError('unknown_system', 'ValueError', `unknown hardware '${ref}': not a preset (presets: ${PRESET_NAMES.join(', ')})`, { name: ref });
    }
    spec = preset;
    name = ref;
  } else if (ref !== null && typeof ref === 'object' && !Array.isArray(ref)) {
    spec = ref;
    name = typeof ref.system_name === 'string' ? ref.system_name : 'custom system';
  } else {
    throw new GenzError('invalid_system_type', 'TypeError', `hardware must be a preset name or an object of System arguments, got ${JSON.stringify(ref)}`);
  }
  if (typeof systemEff !== 'number' || !(systemEff > 0)) {
    throw new GenzError('invalid_input', 'ValueError', `system efficiency must be a number > 0, got ${JSON.stringify(systemEff)}`, { field: 'system_eff' });
  }
  return buildWith(spec, name, { bits, eff: systemEff });
}

/** A copy of `system` whose off-chip bandwidth is replaced (offload, spec §10.2). */
export function withOffchipBw(system: System, offchipBw: number): System {
  return Object.freeze({ ...system, offchipBw });
}
