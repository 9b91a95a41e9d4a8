import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('genz hardware', () => {
  it('lists every preset with its figures, aliases and source', async () => {
    const r = await runCli(['hardware']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // One table row per preset: name, memory, bandwidth, bf16 fp8 fp6 fp4 int8 int4, link, GB/s, domain.
    expect(r.stdout).toMatch(/^H200_GPU +141 GB +4,800 +989\.5 +1,979 +- +- +1,979 +- +NVLink 4 \(NVSwitch\) +900 +8$/m);
    expect(r.stdout).toMatch(/^B200_GPU +180 GB +8,000 +2,250 +4,500 +4,500 +9,000 +4,500 +- +NVLink 5 \(NVSwitch\) +1,800 +8$/m);
    expect(r.stdout).toMatch(/^GB300 +288 GB +8,000 +2,500 +5,000 +5,000 +15,000 +- +- +NVLink 5 \(NVLink Switch\) +1,800 +72$/m);
    expect(r.stdout).toMatch(/^A100_40GB_GPU +40 GB +1,555 +312 +- +- +- +624 +1,248 /m);
    expect(r.stdout).toMatch(/^TPUv7 +192 GiB +7,370 +2,307 +4,614 /m);
    expect(r.stdout).toMatch(/^Trainium2 +96 GiB +2,900 +667 +1,299 /m);
    expect(r.stdout).toContain('  aliases: H200-SXM-141GB, H200 SXM, H200\n');
    expect(r.stdout).toContain('  GenZ: Flops 989 TFLOPS, Memory_size 80 GB, Memory_BW 3,400 GB/s, ICN 450 GB/s, ICN_LL 1 us\n');
    expect(r.stdout).toMatch(/^ {2}source: AMD Instinct MI355X data sheet/m);
    expect(r.stdout).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('filters by name or alias and prints JSON', async () => {
    const r = await runCli(['hardware', 'l40s-48gb', 'MI355X', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.map((h: { name: string }) => h.name)).toEqual(['L40S_GPU', 'MI355X']);
    expect(list[0]).toMatchObject({
      memory_gb: 48,
      memory_unit: 'GB',
      memory_bw_GBps: 864,
      peak_tflops: { bf16: 362.05, fp8: 733, int8: 733 },
      scale_up: { link: 'PCIe Gen4 x16', bw_GBps: 64, domain: 8 },
      genz: { flops_tflops: 362.05, memory_size_GB: 48, memory_bw_GBps: 864, icn_GBps: 32, icn_latency_us: 1 },
    });
    expect(list[1].peak_tflops).toEqual({ bf16: 2516.6, fp8: 5033.2, fp6: 10066.3, fp4: 10066.3, int8: 5033.2 });
  });

  it('an unknown name is a usage error; --help prints the usage', async () => {
    const bad = await runCli(['hardware', 'H300']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown hardware 'H300'");
    const help = await runCli(['hardware', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: genz hardware/);
  });
});

describe('genz models', () => {
  it('lists the catalog with sizes and aliases', async () => {
    const r = await runCli(['models']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^102 models\n/);
    // Llama-3.1-8B: 32 layers, hidden 4096, 32 heads / 8 KV heads of 128, FFN 14336 (published config.json).
    expect(r.stdout).toMatch(/^meta-llama\/Llama-3\.1-8B +32 +4,096 +32\/8 +128 +14,336 +- +- +llama-3\.1-8b, llama3_8b, meta-llama\/meta-llama-3\.1-8b$/m);
    expect(r.stdout).toMatch(/^mistralai\/Mixtral-8x7B +32 +4,096 +32\/8 +128 +14,336 +8 \(top 2\) +- /m);
  });

  it('filters and prints JSON; unknown names are usage errors', async () => {
    const r = await runCli(['models', 'LLAMA3_8B', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        name: 'meta-llama/Llama-3.1-8B',
        aliases: ['llama-3.1-8b', 'llama3_8b', 'meta-llama/meta-llama-3.1-8b'],
        layers: 32,
        hidden_size: 4096,
        attention_heads: 32,
        kv_heads: 8,
        head_dim: 128,
        intermediate_size: 14336,
        vocab_size: 128256,
        experts: 0,
        experts_per_token: 0,
        mamba_layers: 0,
      },
    ]);
    const bad = await runCli(['models', 'nope-7b']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown model 'nope-7b'");
    expect((await runCli(['models', '-h'])).stdout).toMatch(/^Usage: genz models/);
  });
});
