import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, buildSystem, lookupPreset, presetDatasheet, presetSpec, resolveSystem } from '../../src/core/index.js';

/*
 * Datasheet figures typed by hand from the vendors' sheets named in data/systems.json (dense rates, no
 * sparsity; memory as printed; scale-up bandwidth per device, both directions). Not read from the code.
 */
interface Sheet {
  peak: Record<string, number>;
  memGb: number;
  unit: 'GB' | 'GiB';
  bwGBps: number;
  scaleUpGBps: number | null;
  domain: number;
}
const NEW_PRESETS: Record<string, Sheet & { genzFlops: number; genzIcn: number }> = {
  H200_GPU: { peak: { bf16: 989.5, fp8: 1979, int8: 1979 }, memGb: 141, unit: 'GB', bwGBps: 4800, scaleUpGBps: 900, domain: 8, genzFlops: 989.5, genzIcn: 450 },
  B200_GPU: {
    peak: { bf16: 2250, fp8: 4500, fp6: 4500, fp4: 9000, int8: 4500 },
    memGb: 180,
    unit: 'GB',
    bwGBps: 8000,
    scaleUpGBps: 1800,
    domain: 8,
    genzFlops: 2250,
    genzIcn: 900,
  },
  B300_GPU: {
    peak: { bf16: 2250, fp8: 4500, fp6: 4500, fp4: 13500 },
    memGb: 288,
    unit: 'GB',
    bwGBps: 8000,
    scaleUpGBps: 1800,
    domain: 8,
    genzFlops: 2250,
    genzIcn: 900,
  },
  GB300: {
    peak: { bf16: 2500, fp8: 5000, fp6: 5000, fp4: 15000 },
    memGb: 288,
    unit: 'GB',
    bwGBps: 8000,
    scaleUpGBps: 1800,
    domain: 72,
    genzFlops: 2500,
    genzIcn: 900,
  },
  MI355X: {
    peak: { bf16: 2516.6, fp8: 5033.2, fp6: 10066.3, fp4: 10066.3, int8: 5033.2 },
    memGb: 288,
    unit: 'GB',
    bwGBps: 8000,
    scaleUpGBps: 1075.2,
    domain: 8,
    genzFlops: 2516.6,
    genzIcn: 537.6,
  },
  L40S_GPU: { peak: { bf16: 362.05, fp8: 733, int8: 733 }, memGb: 48, unit: 'GB', bwGBps: 864, scaleUpGBps: 64, domain: 8, genzFlops: 362.05, genzIcn: 32 },
  RTX_PRO_6000_GPU: {
    peak: { bf16: 500, fp8: 1000, fp6: 1000, fp4: 2000, int8: 1000 },
    memGb: 96,
    unit: 'GB',
    bwGBps: 1597,
    scaleUpGBps: 128,
    domain: 8,
    genzFlops: 500,
    genzIcn: 64,
  },
  H100_PCIe_GPU: {
    peak: { bf16: 756.5, fp8: 1513, int8: 1513 },
    memGb: 80,
    unit: 'GB',
    bwGBps: 2000,
    scaleUpGBps: 128,
    domain: 8,
    genzFlops: 756.5,
    genzIcn: 64,
  },
  A100_80GB_PCIe_GPU: {
    peak: { bf16: 312, int8: 624, int4: 1248 },
    memGb: 80,
    unit: 'GB',
    bwGBps: 1935,
    scaleUpGBps: 64,
    domain: 8,
    genzFlops: 312,
    genzIcn: 32,
  },
  TPUv7: { peak: { bf16: 2307, fp8: 4614 }, memGb: 192, unit: 'GiB', bwGBps: 7370, scaleUpGBps: 1200, domain: 9216, genzFlops: 2307, genzIcn: 600 },
  Trainium2: { peak: { bf16: 667, fp8: 1299 }, memGb: 96, unit: 'GiB', bwGBps: 2900, scaleUpGBps: 1280, domain: 64, genzFlops: 667, genzIcn: 640 },
};

const EXISTING: Record<string, Sheet> = {
  A100_40GB_GPU: { peak: { bf16: 312, int8: 624, int4: 1248 }, memGb: 40, unit: 'GB', bwGBps: 1555, scaleUpGBps: 600, domain: 8 },
  A100_80GB_GPU: { peak: { bf16: 312, int8: 624, int4: 1248 }, memGb: 80, unit: 'GB', bwGBps: 2039, scaleUpGBps: 600, domain: 8 },
  H100_GPU: { peak: { bf16: 989.5, fp8: 1979, int8: 1979 }, memGb: 80, unit: 'GB', bwGBps: 3350, scaleUpGBps: 900, domain: 8 },
  GH200_GPU: { peak: { bf16: 989.5, fp8: 1979, int8: 1979 }, memGb: 144, unit: 'GB', bwGBps: 4900, scaleUpGBps: 900, domain: 256 },
  B100: { peak: { bf16: 1750, fp8: 3500, fp6: 3500, fp4: 7000, int8: 3500 }, memGb: 192, unit: 'GB', bwGBps: 8000, scaleUpGBps: 1800, domain: 8 },
  GB200: { peak: { bf16: 2500, fp8: 5000, fp6: 5000, fp4: 10000, int8: 5000 }, memGb: 186, unit: 'GB', bwGBps: 8000, scaleUpGBps: 1800, domain: 72 },
  TPUv6: { peak: { bf16: 918, int8: 1836 }, memGb: 32, unit: 'GiB', bwGBps: 1638, scaleUpGBps: 800, domain: 256 },
  TPUv5e: { peak: { bf16: 197, int8: 393 }, memGb: 16, unit: 'GiB', bwGBps: 819, scaleUpGBps: 400, domain: 256 },
  TPUv5p: { peak: { bf16: 459, int8: 918 }, memGb: 95, unit: 'GiB', bwGBps: 2765, scaleUpGBps: 1200, domain: 8960 },
  TPUv4: { peak: { bf16: 275, int8: 275 }, memGb: 32, unit: 'GiB', bwGBps: 1200, scaleUpGBps: null, domain: 4096 },
  MI300X: { peak: { bf16: 1307.4, fp8: 2614.9, int8: 2614.9 }, memGb: 192, unit: 'GB', bwGBps: 5300, scaleUpGBps: 896, domain: 8 },
  MI325X: { peak: { bf16: 1307.4, fp8: 2614.9, int8: 2614.9 }, memGb: 256, unit: 'GB', bwGBps: 6000, scaleUpGBps: 896, domain: 8 },
  Gaudi3: { peak: { bf16: 1835, fp8: 1835 }, memGb: 128, unit: 'GB', bwGBps: 3700, scaleUpGBps: 1200, domain: 8 },
};

/** GenZ's own preset numbers (Flops TFLOPS, Memory_size GB, Memory_BW GB/s, ICN GB/s): must not move. */
const GENZ_EXISTING: Record<string, [number, number, number, number]> = {
  A100_40GB_GPU: [312, 40, 1600, 150],
  A100_80GB_GPU: [312, 80, 2039, 150],
  H100_GPU: [989, 80, 3400, 450],
  GH200_GPU: [1979, 144, 4900, 450],
  B100: [3500, 192, 8000, 900],
  GB200: [4500, 192, 8000, 900],
  TPUv6: [926, 32, 1640, 100],
  TPUv5e: [197, 16, 820, 50],
  TPUv5p: [459, 95, 2765, 450],
  TPUv4: [275, 32, 1228, 24],
  MI300X: [1307, 192, 5300, 400],
  MI325X: [1307, 256, 6000, 400],
  Gaudi3: [1835, 128, 3675, 300],
};

const GiB = 2 ** 30;

function expectSheet(name: string, want: Sheet): void {
  const s = resolveSystem(name, 'bf16', 1);
  expect(s.peakFlopsByPrecision).toEqual(Object.fromEntries(Object.entries(want.peak).map(([p, t]) => [p, t * 1e12])));
  expect(s.memoryBytesDatasheet).toBe(want.memGb * (want.unit === 'GB' ? 1e9 : GiB));
  expect(s.memoryBwDatasheet).toBe(want.bwGBps * 1e9);
  expect(s.scaleUpBw).toBe(want.scaleUpGBps === null ? undefined : want.scaleUpGBps * 1e9);
  expect(s.scaleUpDomain).toBe(want.domain);
  expect(s.datasheetSource).toMatch(/\(.*(nvidia\.com|amd\.com|cloud\.google\.com|intel\.com|readthedocs).*20\d\d/);
  expect(presetDatasheet(name)!.memoryUnit).toBe(want.unit);
}

describe('hardware presets of 2026', () => {
  it('the list is the 13 GenZ presets, in their order, then the 11 new ones', () => {
    expect(PRESET_NAMES.slice(0, 13)).toEqual(Object.keys(GENZ_EXISTING));
    expect([...PRESET_NAMES.slice(13)].sort()).toEqual(Object.keys(NEW_PRESETS).sort());
  });

  it.each(Object.entries(NEW_PRESETS))('%s resolves with its datasheet figures and GenZ-style fields', (name, want) => {
    expectSheet(name, want);
    const s = resolveSystem(name, 'bf16', 1);
    expect(s.flopsRaw).toBe(want.genzFlops * 1e12);
    expect(s.offChipMemBytes).toBe(want.memGb * GiB); // GenZ units: Memory_size GB of 2^30 bytes
    expect(s.offchipBw).toBe(want.bwGBps * GiB);
    expect(s.icnBw).toBe(want.genzIcn * GiB);
  });

  it.each(Object.entries(EXISTING))('%s carries its datasheet figures; GenZ numbers unchanged', (name, want) => {
    expectSheet(name, want);
    const [flops, mem, bw, icn] = GENZ_EXISTING[name];
    const s = resolveSystem(name, 'bf16', 1);
    expect([s.flopsRaw, s.offChipMemBytes, s.offchipBw, s.icnBw]).toEqual([flops * 1e12, mem * GiB, bw * GiB, icn * GiB]);
  });

  it('lists only native precisions: no fp8 on A100 or TPU v4-v6, fp4 only on Blackwell and MI355X', () => {
    for (const name of ['A100_40GB_GPU', 'A100_80GB_GPU', 'A100_80GB_PCIe_GPU', 'TPUv4', 'TPUv5e', 'TPUv5p', 'TPUv6']) {
      expect(presetDatasheet(name)!.peakTflops.fp8, name).toBeUndefined();
    }
    const withFp4 = PRESET_NAMES.filter((n) => presetDatasheet(n)!.peakTflops.fp4 !== undefined);
    expect(withFp4).toEqual(['B100', 'GB200', 'B200_GPU', 'B300_GPU', 'GB300', 'RTX_PRO_6000_GPU', 'MI355X']);
  });

  it('resolves the names the measured data uses, and preset names, case-insensitively', () => {
    const cases: [string, string][] = [
      ['A100-SXM4-80GB', 'A100_80GB_GPU'],
      ['H100-SXM5-80GB', 'H100_GPU'],
      ['H200-SXM-141GB', 'H200_GPU'],
      ['L40S-48GB', 'L40S_GPU'],
      ['GH200-120GB', 'GH200_GPU'],
      ['Nvidia A100 GPU', 'A100_40GB_GPU'],
      ['Nvidia H100 GPU', 'H100_GPU'],
      ['Nvidia GH200 GPU', 'GH200_GPU'],
      ['AMD MI300X GPU', 'MI300X'],
      ['h200_gpu', 'H200_GPU'],
      ['  tpuv7 ', 'TPUv7'],
      ['Ironwood', 'TPUv7'],
      ['trn2', 'Trainium2'],
      ['B200', 'B200_GPU'],
    ];
    for (const [alias, preset] of cases) expect(lookupPreset(alias), alias).toBe(preset);
    expect(lookupPreset('H300')).toBeUndefined();
    expect(presetDatasheet('nvidia h100 gpu')!.device).toBe('NVIDIA H100 SXM5 80GB');
  });

  it('a preset spec passed as System arguments keeps the datasheet; an edited one does not', () => {
    expect(buildSystem(presetSpec('B200_GPU')!).scaleUpDomain).toBe(8);
    const edited = buildSystem({ ...presetSpec('B200_GPU')!, offchip_mem_bw: 1 });
    expect(edited.peakFlopsByPrecision).toBeUndefined();
    expect(edited.scaleUpDomain).toBeUndefined();
    expect(resolveSystem({ flops: 100 }, 'bf16', 1).peakFlopsByPrecision).toBeUndefined();
  });
});
