/**
 * Errors a user's scenario can raise read in the user's terms (model as named, the field, the valid values), and
 * read the same in a manifest (genz run) as on the command line (genz simulate).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parallelLayoutProblems } from '../../src/core/errors.js';
import { runCli } from '../support/cli.js';
import { copyExampleProject } from '../support/project.js';

const L8 = 'meta-llama/Llama-3.1-8B';
const TP3 = `tensor parallelism 3 does not divide the 32 attention heads / 8 KV heads of ${L8}; valid tensor parallel degrees: 1, 2, 4, 8, 16, 32`;

const sim = (...flags: string[]) => runCli(['simulate', '--calibration', 'none', ...flags]);

/** `genz run` over one manifest holding `scenario` (YAML flow mapping fields). */
async function runManifest(scenario: string) {
  const dir = copyExampleProject();
  writeFileSync(path.join(dir, 'genz.config.yaml'), 'manifests: [one.yaml]\ncalibration: none\n');
  writeFileSync(path.join(dir, 'one.yaml'), `version: 1\nscenarios:\n  - { id: s, ${scenario} }\n`);
  return runCli(['run', '--quiet'], { cwd: dir });
}

describe('layout errors name the model, the field and the valid degrees', () => {
  it("tensor parallelism that does not divide the heads (the issue's example), in the CLI and a manifest alike", async () => {
    const cli = await sim('--model', L8, '--hardware', 'H100_GPU', '--tp', '3');
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe(`genz simulate: --tp (parallelism.tensor): ${TP3}\n`);
    const manifest = await runManifest(`model: ${L8}, hardware: H100_GPU, parallelism: { tensor: 3 }`);
    expect(manifest.code).toBe(2);
    expect(manifest.stderr).toMatch(/one\.yaml:3:\d+: scenarios\[0\]\.parallelism\.tensor: /);
    expect(manifest.stderr).toContain(`scenarios[0].parallelism.tensor: ${TP3}\n`);
  });

  it('heads that split but leave query heads no multiple of KV heads', async () => {
    const r = await sim('--model', 'microsoft/Phi-3-medium', '--hardware', 'H100_GPU', '--tp', '4');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'tensor parallelism 4 leaves 10 attention heads and 3 KV heads per device for microsoft/Phi-3-medium (40 / 10 in all): the attention heads per device must be a multiple of the KV heads; valid tensor parallel degrees: 1, 2, 5, 10, 20, 40',
    );
  });

  it('expert parallelism on a dense model, and not dividing the experts', async () => {
    const dense = await sim('--model', L8, '--hardware', 'H100_GPU', '--ep', '2');
    expect(dense.stderr).toContain(
      `--ep (parallelism.expert): expert parallelism 2 needs a mixture-of-experts model; ${L8} is dense (use expert parallelism 1)`,
    );
    const moe = await sim('--model', 'mistralai/Mixtral-8x7B', '--hardware', 'H100_GPU', '--ep', '3');
    expect(moe.code).toBe(2);
    expect(moe.stderr).toContain(
      '--ep (parallelism.expert): expert parallelism 3 does not divide the 8 experts of mistralai/Mixtral-8x7B; valid degrees: 1, 2, 4, 8',
    );
    const both = await sim('--model', 'mistralai/Mixtral-8x7B', '--hardware', 'H100_GPU', '--tp', '3', '--ep', '2');
    expect(both.stderr).toContain('tensor × expert parallelism 3 × 2 = 6 does not divide the 32 attention heads / 8 KV heads of mistralai/Mixtral-8x7B');
    expect(both.stderr).toContain('valid tensor parallel degrees with expert parallelism 2: 1, 2, 4, 8, 16');
  });

  it('pipeline parallelism beyond the layers, in the CLI and a manifest alike', async () => {
    const message = `pipeline parallelism 40 exceeds the 32 layers of ${L8}: every stage needs at least one layer; valid degrees: 1 to 32 (1, 2, 4, 8, 16, 32 split the layers evenly)`;
    const cli = await sim('--model', L8, '--hardware', 'H100_GPU', '--pp', '40');
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(`--pp (parallelism.pipeline): ${message}`);
    const manifest = await runManifest(`model: ${L8}, hardware: H100_GPU, parallelism: { pipeline: 40 }`);
    expect(manifest.code).toBe(2);
    expect(manifest.stderr).toContain(`scenarios[0].parallelism.pipeline: ${message}`);
  });

  it("the draft model's layout names the speculative_decode option", async () => {
    const r = await sim('--model', 'meta-llama/Llama-3.1-70B', '--hardware', 'H100_GPU', '--tp', '8', '--feature', 'speculative_decode:draft_model=gpt-2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "features.speculative_decode.draft_tensor_parallel): the draft model (the draft takes the scenario's parallelism.tensor unless draft_tensor_parallel is set): tensor parallelism 8 does not divide the 12 attention heads / 12 KV heads of openai/gpt2; valid tensor parallel degrees: 1, 2, 3, 4, 6, 12",
    );
  });

  it('every layout problem names its field; a valid layout has none', () => {
    const facts = { label: 'm', heads: 32, kvHeads: 8, experts: 8, layers: 32, hasAttention: true };
    expect(parallelLayoutProblems(facts, { tensor: 4, pipeline: 4, expert: 2 })).toEqual([]);
    const fields = parallelLayoutProblems(facts, { tensor: 3, pipeline: 33, expert: 3 }).map((p) => p.field);
    // Experts first (the heads check waits for a valid expert degree), then the pipeline.
    expect(fields).toEqual(['parallelism.expert', 'parallelism.pipeline']);
    expect(parallelLayoutProblems({ ...facts, hasAttention: false }, { tensor: 3, pipeline: 1, expert: 1 })).toEqual([]);
  });
});

describe("scenarios that cannot run say why in the scenario's terms", () => {
  it('does not fit: model, hardware, precision, layout, weights and KV per device, how many more devices', async () => {
    const r = await sim('--model', 'meta-llama/Llama-3.1-70B', '--hardware', 'A100_40GB_GPU');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /does not fit in memory: needs 131\.\d\d GB per device, the device has 40\.00 GB \(meta-llama\/Llama-3\.1-70B on A100_40GB_GPU at bf16, tensor 1 × pipeline 1: weights 131\.\d\d GB \+ KV cache 0\.\d\d GB per device\); spread it over at least 4× the devices \(parallelism\.tensor or parallelism\.pipeline\), use a smaller precision, or turn on the memory_offload feature/,
    );
    const manifest = await runManifest('model: meta-llama/Llama-3.1-70B, hardware: A100_40GB_GPU');
    expect(manifest.code).toBe(1);
    expect(manifest.stdout).toContain('spread it over at least 4× the devices');
  });

  it('a draft model that does not fit names the draft and its options', async () => {
    const r = await sim(
      '--model',
      'meta-llama/Llama-3.1-70B',
      '--hardware',
      'H100_GPU',
      '--tp',
      '2',
      '--feature',
      'speculative_decode:draft_model=meta-llama/Llama-3.1-70B,draft_hardware=A100_40GB_GPU',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(the draft model meta-llama/Llama-3.1-70B on A100_40GB_GPU at bf16, tensor 2 × pipeline 1');
    expect(r.stderr).toContain('give the draft at least 2× the devices (features.speculative_decode draft_tensor_parallel or draft_pipeline_parallel)');
  });

  it('a hybrid model under fidelity genz is an input error at fidelity', async () => {
    const r = await sim('--model', 'ai21labs/AI21-Jamba-1.5-Mini', '--hardware', 'H100_GPU', '--fidelity', 'genz', '--tp', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'fidelity: fidelity genz cannot simulate ai21labs/AI21-Jamba-1.5-Mini: it mixes layer types (e.g. attention and Mamba), and GenZ models only uniform layers; use fidelity corrected',
    );
    const manifest = await runManifest('model: ai21labs/AI21-Jamba-1.5-Mini, hardware: H100_GPU, fidelity: genz, parallelism: { tensor: 2 }');
    expect(manifest.code).toBe(2);
    expect(manifest.stderr).toContain('s.fidelity: fidelity genz cannot simulate ai21labs/AI21-Jamba-1.5-Mini');
  });

  it('beams with speculative decoding or a chunk are input errors at workload.beam, in the CLI and a manifest alike', async () => {
    const spec = await sim('--model', L8, '--hardware', 'H100_GPU', '--beam', '4', '--feature', 'speculative_decode:draft_model=gpt-2');
    expect(spec.code).toBe(2);
    expect(spec.stderr).toContain(
      '--beam (workload.beam): is 4, but speculative decoding is simulated for one sequence per request (no beam search); use beam 1',
    );
    const chunk = await sim('--model', L8, '--hardware', 'H100_GPU', '--beam', '2', '--feature', 'chunked');
    expect(chunk.code).toBe(2);
    expect(chunk.stderr).toContain("--beam (workload.beam): is 2, but a chunked step takes its beams from the chunked feature's decode_kv_sizes");
    const manifest = await runManifest(`model: ${L8}, hardware: H100_GPU, workload: { beam: 4 }, features: [{ speculative_decode: { draft_model: gpt-2 } }]`);
    expect(manifest.code).toBe(2);
    expect(manifest.stderr).toContain('s.workload.beam: is 4, but speculative decoding is simulated for one sequence per request');
  });

  it('speculative options and bad values name the option', async () => {
    const r = await sim('--model', L8, '--hardware', 'H100_GPU', '--feature', 'speculative_decode:draft_model=gpt-2,acceptance_rate=1.5,parallel_tokens=1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('features[0].speculative_decode.acceptance_rate): must be <= 1, got 1.5');
    expect(r.stderr).toContain('features[0].speculative_decode.parallel_tokens): must be >= 2, got 1');
  });
});
