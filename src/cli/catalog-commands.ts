/**
 * `genz hardware` and `genz models`: list the built-in hardware presets (with their datasheet figures) and
 * the model catalog. Read-only; data comes from data/systems.json and data/models.json through the core.
 */
import { MODEL_ALIASES, MODEL_NAMES, PRESET_NAMES, canonicalModelName, lookupPreset, presetDatasheet, presetSpec, resolveModel } from '../core/index.js';
import { type CliIO, EXIT_OK, UsageError } from './io.js';
import { renderTable } from './table.js';
import { parseFlags } from './args.js';
import { formatFixed } from '../number-format.js';

export const HARDWARE_USAGE = `Usage: genz hardware [NAME...] [--json]

Lists the hardware presets a manifest can name, with their public datasheet figures: memory per device
(as printed, GB = 1e9 bytes, GiB = 2^30 bytes), memory bandwidth, peak DENSE tensor rate per precision
the hardware runs natively (TFLOPS; TOPS for int8/int4), scale-up link, its bandwidth per device (both
directions, GB/s) and domain size, aliases, and the source of the figures. The GenZ columns are the
numbers the simulation uses (GenZ units: Flops TFLOPS, memory GB of 2^30 bytes, bandwidth GB/s of 2^30
bytes/s, ICN one direction).

NAME filters the list (a preset name or alias, any case). --json prints the same as JSON.
`;

export const MODELS_USAGE = `Usage: genz models [NAME...] [--json]

Lists the model catalog: canonical name, layers, hidden size, attention heads / KV heads, head size,
FFN width, experts (total / active per token), Mamba layers, and the aliases a manifest may use.
NAME filters the list (a catalog name or alias, any case). --json prints the same as JSON.
`;

/** Terminal output is plain ASCII: anything else becomes '?'. */
function ascii(text: string): string {
  return text.replace(/[^\x20-\x7e\n]/g, '?');
}

function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined) return '-';
  return formatFixed(n, Number.isInteger(n) ? 0 : 2);
}

const PRECISION_COLUMNS = ['bf16', 'fp8', 'fp6', 'fp4', 'int8', 'int4'] as const;

export interface HardwareListing {
  name: string;
  device: string;
  aliases: string[];
  memory_gb: number;
  memory_unit: string;
  memory_type: string;
  memory_bw_GBps: number;
  peak_tflops: Record<string, number>;
  scale_up: { link: string; bw_GBps: number | null; domain: number; domain_note?: string };
  genz: { flops_tflops: number; memory_size_GB: number; memory_bw_GBps: number; icn_GBps: number; icn_latency_us: number };
  source: string;
  notes?: string;
}

export function hardwareListing(name: string): HardwareListing {
  const d = presetDatasheet(name)!;
  const s = presetSpec(name)!;
  return {
    name,
    device: d.device,
    aliases: [...d.aliases],
    memory_gb: d.memoryGb,
    memory_unit: d.memoryUnit,
    memory_type: d.memoryType,
    memory_bw_GBps: d.memoryBwGBps,
    peak_tflops: { ...d.peakTflops },
    scale_up: {
      link: d.scaleUp.link,
      bw_GBps: d.scaleUp.bwGBps,
      domain: d.scaleUp.domain,
      ...(d.scaleUp.domainNote !== undefined ? { domain_note: d.scaleUp.domainNote } : {}),
    },
    genz: {
      flops_tflops: s.flops!,
      memory_size_GB: s.off_chip_mem_size! / 1024,
      memory_bw_GBps: s.offchip_mem_bw!,
      icn_GBps: s.interchip_link_bw!,
      icn_latency_us: s.interchip_link_latency!,
    },
    source: d.source,
    ...(d.notes !== undefined ? { notes: d.notes } : {}),
  };
}

function selectNames(positionals: string[], all: readonly string[], lookup: (n: string) => string | undefined, what: string): string[] {
  if (positionals.length === 0) return [...all];
  const out: string[] = [];
  for (const p of positionals) {
    const name = lookup(p);
    if (name === undefined) throw new UsageError(`unknown ${what} '${ascii(p)}' (run without arguments to list them)`);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The shared shape of the listing commands: `--help`, names (or all), `--json`; returns the selected listings
 * for the text table, or null when the command has already answered.
 */
function listing<T>(
  argv: string[],
  io: CliIO,
  usage: string,
  all: readonly string[],
  lookup: (name: string) => string | undefined,
  what: string,
  describe: (name: string) => T,
): T[] | null {
  const { values, positionals } = parseFlags(
    argv,
    { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    what === 'model' ? 'models' : 'hardware',
    true,
  );
  if (values.help) {
    io.stdout(usage);
    return null;
  }
  const list = selectNames(positionals, all, lookup, what).map(describe);
  if (values.json) {
    io.stdout(JSON.stringify(list) + '\n');
    return null;
  }
  return list;
}

export function hardwareCommand(argv: string[], io: CliIO): number {
  const list = listing(argv, io, HARDWARE_USAGE, PRESET_NAMES, lookupPreset, 'hardware', hardwareListing);
  if (list === null) return EXIT_OK;
  const columns = [
    { header: 'Preset' },
    { header: 'Memory', align: 'right' as const },
    { header: 'Mem BW GB/s', align: 'right' as const },
    ...PRECISION_COLUMNS.map((p) => ({ header: p, align: 'right' as const })),
    { header: 'Scale-up' },
    { header: 'GB/s', align: 'right' as const },
    { header: 'Domain', align: 'right' as const },
  ];
  const rows = list.map((h) => [
    h.name,
    `${fmt(h.memory_gb)} ${h.memory_unit}`,
    fmt(h.memory_bw_GBps),
    ...PRECISION_COLUMNS.map((p) => fmt(h.peak_tflops[p])),
    h.scale_up.link,
    fmt(h.scale_up.bw_GBps),
    fmt(h.scale_up.domain),
  ]);
  let out = 'Peak dense tensor rates in TFLOPS (TOPS for int8/int4); "-" = not native. Scale-up GB/s: per device, both directions.\n\n';
  out += renderTable(columns, rows);
  for (const h of list) {
    out += `\n${h.name}: ${h.device}\n`;
    out += `  aliases: ${h.aliases.length ? h.aliases.join(', ') : '-'}\n`;
    out += `  memory: ${fmt(h.memory_gb)} ${h.memory_unit} ${h.memory_type}, ${fmt(h.memory_bw_GBps)} GB/s\n`;
    out += `  scale-up: ${h.scale_up.link}, ${h.scale_up.bw_GBps === null ? 'bandwidth not printed' : `${fmt(h.scale_up.bw_GBps)} GB/s`}, domain ${fmt(h.scale_up.domain)}${h.scale_up.domain_note ? ` (${h.scale_up.domain_note})` : ''}\n`;
    out += `  GenZ: Flops ${fmt(h.genz.flops_tflops)} TFLOPS, Memory_size ${fmt(h.genz.memory_size_GB)} GB, Memory_BW ${fmt(h.genz.memory_bw_GBps)} GB/s, ICN ${fmt(h.genz.icn_GBps)} GB/s, ICN_LL ${fmt(h.genz.icn_latency_us)} us\n`;
    out += `  source: ${h.source}\n`;
    if (h.notes) out += `  notes: ${h.notes}\n`;
  }
  io.stdout(ascii(out));
  return EXIT_OK;
}

export interface ModelListing {
  name: string;
  aliases: string[];
  layers: number;
  hidden_size: number;
  attention_heads: number;
  kv_heads: number;
  head_dim: number;
  intermediate_size: number;
  vocab_size: number;
  experts: number;
  experts_per_token: number;
  mamba_layers: number;
}

const ALIASES_BY_MODEL: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const alias of MODEL_ALIASES) {
    const canonical = canonicalModelName(alias)!;
    if (alias === canonical.toLowerCase()) continue;
    const list = m.get(canonical) ?? [];
    list.push(alias);
    m.set(canonical, list);
  }
  return m;
})();

export function modelListing(name: string): ModelListing {
  const m = resolveModel(name);
  const moe = m.isMoe;
  return {
    name,
    aliases: [...(ALIASES_BY_MODEL.get(name) ?? [])].sort(),
    layers: m.numLayers,
    hidden_size: m.hiddenSize,
    attention_heads: m.numHeads,
    kv_heads: m.numKvHeads,
    head_dim: m.headDim,
    intermediate_size: m.intermediateSize,
    vocab_size: m.vocabSize,
    experts: moe ? m.numExperts : 0,
    experts_per_token: moe ? m.expertTopK : 0,
    mamba_layers: m.isMamba ? Math.round((m.numLayers * m.layerTypes.filter(([mixer]) => mixer === 'Mamba').length) / m.layerTypes.length) : 0,
  };
}

export function modelsCommand(argv: string[], io: CliIO): number {
  const list = listing(argv, io, MODELS_USAGE, MODEL_NAMES, canonicalModelName, 'model', modelListing);
  if (list === null) return EXIT_OK;
  const r = 'right' as const;
  const columns = [
    { header: 'Model' },
    { header: 'Layers', align: r },
    { header: 'Hidden', align: r },
    { header: 'Heads/KV', align: r },
    { header: 'Head dim', align: r },
    { header: 'FFN', align: r },
    { header: 'Experts', align: r },
    { header: 'Mamba', align: r },
    { header: 'Aliases' },
  ];
  const rows = list.map((m) => [
    m.name,
    fmt(m.layers),
    fmt(m.hidden_size),
    `${m.attention_heads}/${m.kv_heads}`,
    fmt(m.head_dim),
    fmt(m.intermediate_size),
    m.experts ? `${m.experts} (top ${m.experts_per_token})` : '-',
    m.mamba_layers ? fmt(m.mamba_layers) : '-',
    m.aliases.join(', ') || '-',
  ]);
  io.stdout(ascii(`${list.length} model${list.length === 1 ? '' : 's'}\n\n` + renderTable(columns, rows)));
  return EXIT_OK;
}
