import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildPrefillRows,
  chunked,
  collectiveTimeMs,
  decode,
  exactPow,
  expectedTokens,
  prefill,
  presetSpec,
  PRESET_NAMES,
  specPrefill,
  resolveModel,
  resolveSystem,
  specDecode,
  GenzError,
} from '../../src/core/index.js';
import { CollectiveType } from '../../src/core/operators.js';
import { pyFloat } from '../../src/core/errors.js';
import { REPO_ROOT } from '../support/reference.js';

// The worked examples of genz-model.md §14: every number there was produced by running GenZ.
describe('spec §14 worked examples', () => {
  it('1: dense prefill, Llama-2-7B on A100_40GB_GPU', () => {
    const r = prefill({ model: 'llama2_7b', batch_size: 1, input_tokens: 1024, system_name: 'A100_40GB_GPU' });
    expect(r.latencyMs).toBe(45.99194146133333);
    expect(r.throughput).toBe(21.74293948518627);
    expect(r.summary['MACs (MFLOP)']).toBe(14349485.735936001);
    expect(r.summary['Total Weights (MB)']).toBe(12852.0);
    expect(r.summary['KV Cache (MB)']).toBe(512.0);
    expect(r.summary['On-chip Memory Footprint (MB)']).toBe(320.5);
    expect(r.breakdown.Embedding).toBe(1.7207401025641025);
    expect(r.breakdown.MHA).toBe(15.858340785230768);
    expect(r.breakdown.FFN).toBe(28.41286057353846);
    const ops = r.operators();
    const emb = ops.find((o) => o['Layer Name'] === 'embeddings')!;
    expect(emb['Compute time (msec)']).toBe(0.8603700512820512);
    expect(emb['Memory time (msec)']).toBe(0.19561767578125);
    expect(ops.find((o) => o['Layer Name'] === 'Logit')!['Memory time (msec)']).toBe(0.013237847222222224);
  });

  it('2: dense decode with beams', () => {
    const r = decode({ model: 'llama2_7b', batch_size: 2, Bb: 4, input_tokens: 1024, output_tokens: 100, system_name: 'A100_40GB_GPU' });
    expect(r.latencyMs).toBe(8.563744915856255);
    expect(r.throughput).toBe(233.54268718313733);
    expect(r.summary['KV Cache (MB)']).toBe(1424.0);
    expect(r.summary['Total Weights (MB)']).toBe(12602.0);
    const qkv = r.operators().find((o) => o['Layer Name'] === 'QKV')!;
    expect(qkv['Memory time (msec)']).toBe(0.05860731336805555);
    const r0 = decode({ model: 'llama2_7b', batch_size: 2, Bb: 4, input_tokens: 1024, output_tokens: 0, system_name: 'A100_40GB_GPU' });
    expect(r0.latencyMs).toBe(8.319217734866672);
    expect(r0.operators().find((o) => o['Layer Name'] === 'Logit Suf')!['Latency (msec)']).toBe(0);
  });

  it('3: GQA decode', () => {
    const r = decode({ model: 'meta-llama/Llama-3.1-8B', batch_size: 8, Bb: 1, input_tokens: 2048, output_tokens: 0, system_name: 'H100_GPU' });
    expect(r.latencyMs).toBe(4.7056773316626455);
    expect(r.throughput).toBe(1700.074067163755);
    expect(r.breakdown.MHA).toBe(1.327706929125817);
    expect(r.breakdown.FFN).toBe(3.089591630923203);
  });

  it('4: tensor parallelism with Sync rows', () => {
    const r = prefill({ model: 'meta-llama/Llama-3.1-8B', batch_size: 2, input_tokens: 512, tensor_parallel: 2, system_name: 'H100_GPU' });
    expect(r.latencyMs).toBe(10.322920204941868);
    expect(r.summary['Comm Latency (msec)']).toBe(1.8612821180555554);
    const ops = r.operators();
    expect(ops.find((o) => o['Layer Name'] === 'MHA AR')!['Latency (msec)']).toBe(0.02436111111111111);
    expect(ops.find((o) => o['Layer Name'] === 'classifier_AG')!['Latency (msec)']).toBe(0.2778098958333333);
    expect(ops.find((o) => o['Layer Name'] === 'Logit')!.Bound).toBe('Memory');
  });

  it('5: MoE with tensor and expert parallelism', () => {
    const r = prefill({ model: 'mistralai/Mixtral-8x7B', batch_size: 1, input_tokens: 1000, tensor_parallel: 2, expert_parallel: 2, system_name: 'H100_GPU' });
    expect(r.latencyMs).toBe(11.339536626322614);
    expect(r.breakdown.A2A_time).toBe(1.4690694444444445);
    expect(r.breakdown.Collective).toBe(3.7702382778591583);
  });

  it('6: MoE decode with expert parallelism counts idle experts as unused weights', () => {
    const r = decode({
      model: 'mistralai/Mixtral-8x7B',
      batch_size: 4,
      Bb: 1,
      input_tokens: 1000,
      output_tokens: 10,
      expert_parallel: 4,
      system_name: 'H100_GPU',
    });
    expect(r.latencyMs).toBe(4.210413017248017);
    expect(r.summary['Unused Weights (MB)']).toBe(10752.0);
    expect(r.summary['KV Cache (MB)']).toBe(126.25);
  });

  it('7: chunked batch', () => {
    const r = chunked({
      model: 'meta-llama/Llama-3.1-8B',
      tensor_parallel: 2,
      system_name: 'H100_GPU',
      prefill_kv_sizes: [
        [1024, 511],
        [0, 100],
      ],
      decode_kv_sizes: [1600, [2, 700], [2, 3, 500, 20]],
    });
    expect(r.latencyMs).toBe(6.5927208043735);
    expect(r.throughput).toBe(93133.02022325635);
    expect(r.summary['KV Cache (MB)']).toBe(322.1875);
  });

  it('8: Mamba prefill and decode', () => {
    const r = prefill({ model: 'state-spaces/mamba-130m-hf', batch_size: 2, input_tokens: 1000, system_name: 'A100_40GB_GPU' });
    expect(r.latencyMs).toBe(7.315017370881692);
    expect(r.summary['KV Cache (MB)']).toBe(2.53125);
    expect(r.breakdown.Mamba_time).toBe(5.235982293958615);
    const d = decode({ model: 'state-spaces/mamba-130m-hf', batch_size: 2, input_tokens: 1000, system_name: 'A100_40GB_GPU' });
    expect(d.latencyMs).toBe(0.2669697751601537);
    expect(d.summary['KV Cache (MB)']).toBe(9.28125);
  });

  it('9: pipeline parallelism counts the full batch in throughput', () => {
    const r = prefill({ model: 'llama2_7b', batch_size: 4, input_tokens: 100, pipeline_parallel: 3, system_name: 'A100_40GB_GPU' });
    expect(r.latencyMs).toBe(8.173063794030083);
    expect(r.throughput).toBe(489.4125508871902);
    const mp = r.operators().find((o) => o['Layer Name'] === 'Message Pass')!;
    expect(mp['Latency (msec)']).toBe(0.006086263020833333);
  });

  it('10: offload, and the does-not-fit error without it', () => {
    const r = prefill({ model: 'meta-llama/Llama-3.1-70B', batch_size: 1, input_tokens: 1024, model_offload: true, system_name: 'A100_40GB_GPU' });
    expect(r.latencyMs).toBe(848.0603115769893);
    expect(r.isOffload).toBe(true);
    expect(() => prefill({ model: 'meta-llama/Llama-3.1-70B', batch_size: 1, input_tokens: 1024, system_name: 'A100_40GB_GPU' })).toThrow(
      'System Memory Cap:40.0 GB , Weights : 131.4140625 GB, KV Cache:0.3125',
    );
  });

  it('11: speculative decode', () => {
    const r = specDecode({
      model: 'meta-llama/Llama-3.1-8B',
      draft_model: 'meta-llama/Llama-3.2-1B',
      batch_size: 2,
      input_tokens: 512,
      output_tokens: 128,
      num_parallel_tokens: 4,
      token_acceptance_rate: 0.8,
      system_name: 'H100_GPU',
      draft_system_config: {},
    });
    expect(r.latencyMs).toBe(7.2120699165693285);
    expect(r.tokensGenerated).toBe(3.3616);
    expect(r.throughput).toBe(932.2150336554314);
    expect(r.summary['Latency (msec)']).toBe(5.145347252390742);
  });
});

describe('collectives (spec §8)', () => {
  const h100 = resolveSystem('H100_GPU', 'bf16', 1);
  it('ring all-reduce over 2 nodes', () => {
    expect(collectiveTimeMs(CollectiveType.AllReduce, 8388608, 2, h100.icnLatency, h100.icnBw)).toBe(0.02436111111111111);
  });
  it('all-to-all, all-gather and message pass', () => {
    expect(collectiveTimeMs(CollectiveType.AllToAll, 16384000, 2, h100.icnLatency, h100.icnBw)).toBe(0.022954210069444446);
    expect(collectiveTimeMs(CollectiveType.AllGather, 262668288, 2, h100.icnLatency, h100.icnBw)).toBe(0.2778098958333333);
    const a100 = resolveSystem('A100_40GB_GPU', 'bf16', 1);
    expect(collectiveTimeMs(CollectiveType.MessagePass, 819200, 1, a100.icnLatency, a100.icnBw)).toBe(0.006086263020833333);
  });
  it('is free on one node or with no payload, and rejects ReduceScatter', () => {
    expect(collectiveTimeMs(CollectiveType.AllReduce, 100, 1, 1e-6, 1e9)).toBe(0);
    expect(collectiveTimeMs(CollectiveType.AllGather, 0, 4, 1e-6, 1e9)).toBe(0);
    expect(() => collectiveTimeMs(CollectiveType.ReduceScatter, 100, 2, 1e-6, 1e9)).toThrow(GenzError);
  });
});

describe('systems (spec §3)', () => {
  const systems = JSON.parse(readFileSync(path.join(REPO_ROOT, 'data/systems.json'), 'utf8'));
  it.each(PRESET_NAMES.map((n) => [n]))('preset %s converts to the recorded raw SI values', (name) => {
    const raw = systems.presets[name].raw_si;
    const s = resolveSystem(name, 'bf16', 1);
    expect(s.flopsRaw).toBe(raw.flops_per_s);
    expect(s.opPerSec).toBe(raw.op_per_sec);
    expect(s.offchipBw).toBe(raw.offchip_mem_bw_Bps);
    expect(s.onchipBw).toBe(raw.onchip_mem_bw_Bps);
    expect(s.offChipMemBytes).toBe(raw.off_chip_mem_size_B);
    expect(s.icnBw).toBe(raw.interchip_link_bw_Bps);
    expect(s.icnLatency).toBe(raw.interchip_link_latency_s);
    expect(s.externalMemBw).toBe(raw.external_mem_bw_Bps);
    expect(s.frequencyHz).toBe(raw.frequency_Hz);
  });
  it('System defaults match GenZ, with unbounded memory', () => {
    const raw = systems.system_class_defaults_raw_si;
    const s = resolveSystem({}, 'bf16', 1);
    expect(s.opPerSec).toBe(raw.op_per_sec);
    expect(s.icnLatency).toBe(raw.interchip_link_latency_s);
    expect(s.offChipMemBytes).toBe(Infinity);
  });
  it('overrides bits and efficiencies of a System spec with the call, keeps comm efficiency', () => {
    const s = resolveSystem({ bits: 'f32', compute_efficiency: 0.3, memory_efficiency: 0.4, comm_efficiency: 0.9 }, 'int8', 0.7);
    expect([s.bits, s.computeEfficiency, s.memoryEfficiency, s.commEfficiency]).toEqual(['int8', 0.7, 0.7, 0.9]);
  });
  it('names the valid presets for an unknown one and rejects out-of-scope engines', () => {
    expect(() => resolveSystem('h100_gpu', 'bf16', 1)).toThrow(/H100_GPU/);
    expect(() => resolveSystem({ compute_engine: 'Scale-sim' }, 'bf16', 1)).toThrow(/only 'GenZ'/);
    expect(() => resolveSystem({ collective_strategy: 'ASTRA-SIM' }, 'bf16', 1)).toThrow(/only 'GenZ'/);
  });
  it('names the valid precisions for an unknown one', () => {
    expect(() => prefill({ model: 'llama2_7b', bits: 'fp16' })).toThrow(/bf16, f32, fp8, int8, fp6, fp4, int4, int2/);
  });
});

describe('models (spec §4)', () => {
  it('looks names up case-insensitively through aliases', () => {
    expect(resolveModel('META-LLAMA/LLAMA-3.1-8B').name).toBe(resolveModel('meta-llama/Llama-3.1-8B').name);
    expect(resolveModel('meta-llama/meta-llama-3.1-70b').vocabSize).toBe(32000); // GenZ's alias quirk (§13.25)
  });
  it('applies ModelConfig defaults to inline configs', () => {
    const m = resolveModel({ model: 'x', hidden_size: 1000, num_attention_heads: 10, mamba_d_state: 16 });
    expect(m.numKvHeads).toBe(10);
    expect(m.headDim).toBe(100);
    expect(m.mambaDtRank).toBe(63);
    expect(m.isMamba).toBe(true);
  });
  it('rejects layer counts that are not a multiple of the unique layer types', () => {
    expect(() => resolveModel({ num_decoder_layers: 7, num_experts: 4, expert_layer_period: 2 })).toThrow(GenzError);
  });
  it('builds the rows of spec §14 example 1 in order', () => {
    const rows = buildPrefillRows(resolveModel('llama2_7b'), { tp: 1, pp: 1, ep: 1 }, 1024);
    expect(rows.map((r) => r.name)).toEqual(['embeddings', 'Repeat', 'QKV', 'Logit', 'Attend', 'Out Proj', 'up+gate', 'down', 'End Repeat', 'classifier']);
  });
  it("does not mutate the caller's inputs", () => {
    const spec = { flops: 100, offchip_mem_bw: 100, off_chip_mem_size: 10 };
    const before = JSON.stringify(spec);
    prefill({ model: 'llama2_7b', system_name: spec, model_offload: true, input_tokens: 128 });
    expect(JSON.stringify(spec)).toBe(before);
    expect(presetSpec('A100_40GB_GPU')!.off_chip_mem_size).toBe(40960);
  });
});

describe('pipeline edge cases (spec §6.7)', () => {
  it('an empty last stage is an error that says why', () => {
    expect(() => prefill({ model: 'gpt-2', pipeline_parallel: 5, input_tokens: 16 })).toThrow(/last pipeline stage has no layers/);
  });
  it('zero degrees are rejected up front, naming the parameter', () => {
    expect(() => prefill({ model: 'gpt-2', tensor_parallel: 0 })).toThrow(/tensor_parallel must be an integer >= 1/);
  });
});

describe('numbers (spec §0.3)', () => {
  it('expected_tokens examples', () => {
    expect(expectedTokens(4, 0.8)).toBe(3.3616);
    expect(expectedTokens(8, 0.7)).toBe(3.1988213099999996);
    expect(expectedTokens(5, 1)).toBe(5);
    expect(expectedTokens(5, 0)).toBe(1);
    expect(() => expectedTokens(4, 1.5)).toThrow(GenzError);
  });
  it('exactPow is correctly rounded where ** may not be', () => {
    // Oracle: exact rationals. A double v is n·2^e with integer n; x^k is (n^k)·2^(e·k).
    const rational = (v: number): [bigint, number] => {
      let e = 0;
      while (!Number.isInteger(v)) {
        v *= 2;
        e -= 1;
      }
      return [BigInt(v), e];
    };
    const neighbour = (v: number, dir: 1 | -1): number => {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, v);
      view.setBigUint64(0, view.getBigUint64(0) + BigInt(dir));
      return view.getFloat64(0);
    };
    for (const [x, k] of [
      [0.7, 7],
      [0.9, 31],
      [0.123456789, 13],
      [0.8, 4],
      [0.999, 32],
      [0.3, 9],
    ] as const) {
      const [n, e] = rational(x);
      const exactNum = n ** BigInt(k);
      const exactExp = e * k; // exact = exactNum · 2^exactExp (exactExp < 0)
      const distance = (v: number): bigint => {
        const [vn, ve] = rational(v);
        // Bring both to the denominator 2^-exactExp (ve >= exactExp for these inputs).
        const scaled = vn * 2n ** BigInt(ve - exactExp);
        const d = scaled - exactNum;
        return d < 0n ? -d : d;
      };
      const got = exactPow(x, k);
      expect(distance(got) <= distance(neighbour(got, 1)), `${x}^${k} vs next up`).toBe(true);
      expect(distance(got) <= distance(neighbour(got, -1)), `${x}^${k} vs next down`).toBe(true);
    }
  });
  it('formats floats like Python in messages', () => {
    expect(pyFloat(40)).toBe('40.0');
    expect(pyFloat(0.3125)).toBe('0.3125');
    expect(pyFloat(1e-7)).toBe('1e-07');
  });
});

describe('speculative prefill (spec §10.6)', () => {
  it("is the full prefill plus the draft prefill, with the draft's summary", () => {
    const args = { model: 'meta-llama/Llama-3.1-8B', system_name: 'H100_GPU', batch_size: 2, input_tokens: 512 };
    const full = prefill(args);
    const draft = prefill({ ...args, model: 'meta-llama/Llama-3.2-1B' });
    const r = specPrefill({ ...args, draft_model: 'meta-llama/Llama-3.2-1B' });
    expect(r.latencyMs).toBe(full.latencyMs + draft.latencyMs);
    expect(r.throughput).toBe((1000 * 2) / r.latencyMs);
    expect(r.summary).toEqual(draft.summary);
  });
  it('reports a pipelined throughput but the un-pipelined latency', () => {
    const args = { model: 'meta-llama/Llama-3.1-8B', system_name: 'H100_GPU', batch_size: 8, input_tokens: 256, pipeline_parallel: 2 };
    const r = specPrefill({ ...args, draft_model: 'meta-llama/Llama-3.2-1B' });
    const P = r.latencyMs;
    // micro-batch 8/2 = 4, so nmb = 8/4 = 2 micro-batches
    expect(r.throughput).toBe((1000 * 8) / ((2 - 1) * (P / 2) + P));
  });
  it("does not fit is an error, not GenZ's NameError", () => {
    expect(() => specPrefill({ model: 'meta-llama/Llama-3.1-70B', system_name: 'A100_40GB_GPU', draft_model: 'meta-llama/Llama-3.2-1B' })).toThrow(
      /would not fit/,
    );
  });
});
