import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/index.js';
import { formatted, loadFixture } from './helpers.js';

const PRESET_HINT = 'not a preset, a file in the repository or a file in hardware/';
const MODEL_HINT = 'not in the catalog, a file in the repository or a file in models/';

describe('formatProblem', () => {
  it('prints file:line:column: path: message, and leaves out an empty path', () => {
    expect(
      formatProblem({ file: 'perf/x.yaml', line: 12, column: 7, fieldPath: 'scenarios[2].parallelism.tensor', message: 'must be an integer >= 1, got 0' }),
    ).toBe('perf/x.yaml:12:7: scenarios[2].parallelism.tensor: must be an integer >= 1, got 0');
    expect(formatProblem({ file: 'a.yaml', line: 1, column: 1, fieldPath: '', message: 'oops' })).toBe('a.yaml:1:1: oops');
  });
});

describe('YAML syntax errors', () => {
  it('are reported with their position, for every file', () => {
    const r = loadFixture('errors/syntax');
    expect(r.scenarios).toEqual([]);
    expect(formatted(r)).toEqual([
      'perf/broken.yaml:6:3: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'perf/dup-key.yaml:5:5: YAML syntax error: duplicate key: each key may appear once in a mapping',
    ]);
  });
});

describe('schema violations', () => {
  it('map to the position of the offending value (or key), with the field path', () => {
    const r = loadFixture('errors/schema');
    expect(r.scenarios).toEqual([]);
    expect(formatted(r)).toEqual([
      'perf/schema.yaml:1:10: version: must be 1, got 2',
      "perf/schema.yaml:5:9: scenarios[0].id: must be an id: letters, digits, '.', '_' or '-', starting with a letter or digit, got \"bad id\"",
      'perf/schema.yaml:7:28: scenarios[0].parallelism.tensor: must be an integer >= 1, got 0',
      'perf/schema.yaml:7:41: scenarios[0].parallelism.pipeline: must be an integer >= 1, got 1.5',
      'perf/schema.yaml:10:31: scenarios[1].workload.input_tokens: must be an integer >= 1, got 0',
      'perf/schema.yaml:10:49: scenarios[1].workload.output_tokens: must be an integer >= 1, got 0',
      "perf/schema.yaml:13:5: scenarios[2].worklaod: unknown field; did you mean 'workload'?",
      'perf/schema.yaml:14:16: scenarios[2].precision: must be one of bf16, f32, fp8, int8, fp6, fp4, int4, int2, fp16 or a mapping, got "fp7"; did you mean \'fp8\'?',
      'perf/schema.yaml:15:17: scenarios[2].efficiency: must be a number > 0 and <= 1, got 1.5',
      'perf/schema.yaml:16:21: scenarios[2].slo.ttft_ms: must be a number > 0, got -1',
      'perf/schema.yaml:16:35: scenarios[2].slo.must_fit: must be true or false, got "yes"',
      "perf/schema.yaml:17:5: scenarios[3]: missing required field 'id'",
      'perf/schema.yaml:18:18: scenarios[3].description: must be a string, got 42',
      'perf/schema.yaml:23:7: scenarios[4].matrix["workload.bacth"]: unknown field; did you mean \'workload.batch\'?',
      'perf/schema.yaml:24:27: scenarios[4].matrix["parallelism.tensor"]: must list at least 1 item(s)',
    ]);
  });

  it('carry line and column as numbers', () => {
    const e = loadFixture('errors/schema').errors.find((x) => x.fieldPath === 'scenarios[1].workload.output_tokens');
    expect(e).toEqual({
      file: 'perf/schema.yaml',
      line: 10,
      column: 49,
      fieldPath: 'scenarios[1].workload.output_tokens',
      message: 'must be an integer >= 1, got 0',
    });
  });

  it('in JSON manifests have positions too', () => {
    const r = loadFixture('errors/json');
    expect(formatted(r)).toEqual([
      'perf/bad.json:12:30: scenarios[1].workload.batch: must be an integer >= 1, got "eight"',
      'perf/bad.json:12:56: scenarios[1].workload.output_tokens: must be an integer >= 1, got 0',
      "perf/bad.json:13:7: scenarios[1].hardwre: unknown field; did you mean 'hardware'?",
      'perf/bad.json:15:87: scenarios[2].parallelism.tensor: tensor parallelism 5 does not divide the 32 attention heads / 8 KV heads of meta-llama/Llama-3.1-8B; valid tensor parallel degrees: 1, 2, 4, 8, 16, 32',
    ]);
  });
});

describe('models, hardware and model files', () => {
  const r = loadFixture('errors/semantic', ['perf/1-models.yaml']);
  const lines = formatted(r);

  it('unknown names get the three nearest catalog or preset names', () => {
    expect(lines).toContain(
      `perf/1-models.yaml:6:12: scenarios[0].model: unknown model 'meta-llama/Llama-3.1-8b-instruct-typo': ${MODEL_HINT}; did you mean meta-llama/Llama-3.1-8B, meta-llama/Llama-3.1-405B, meta-llama/Llama-3.1-70B?`,
    );
    expect(lines).toContain(
      `perf/1-models.yaml:9:15: scenarios[1].hardware: unknown hardware 'A100_40GB': ${PRESET_HINT}; did you mean A100_40GB_GPU, A100_80GB_GPU, H100_GPU?`,
    );
    expect(lines).toContain(
      `perf/1-models.yaml:12:15: scenarios[2].hardware: unknown hardware 'a100_40gb_gpu' (preset names are case-sensitive): ${PRESET_HINT}; did you mean A100_40GB_GPU, A100_80GB_GPU, H100_PCIe_GPU?`,
    );
  });

  it('paths leaving the repository are refused, missing files reported', () => {
    expect(lines).toContain(
      "perf/1-models.yaml:14:12: scenarios[3].model: model path '../../project/models/hf-qwen2.json' refused: the path leaves the project root",
    );
    expect(lines).toContain(
      "perf/1-models.yaml:16:12: scenarios[4].model: model path '/etc/model.json' refused: absolute paths are refused; write the path relative to the project root",
    );
    expect(lines).toContain(
      "perf/1-models.yaml:18:12: scenarios[5].model: model file 'models/missing.json' not found (paths are relative to the project root)",
    );
  });

  it('problems inside model files are reported once, at the file', () => {
    expect(lines).toContain(
      "models/unknown-arch.json:4:17: model_type: unsupported Hugging Face architecture (model_type 'bert', architectures BertForMaskedLM); supported model_type values: " +
        'llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma, gemma2, gemma3_text, gpt_oss, llama4_text, phi3, phimoe, granite, olmo2, deepseek, deepseek_v2, deepseek_v3, ' +
        'jamba, gpt2, gpt_bigcode, opt, falcon, gpt_neox, gptj, bloom, starcoder2, phi, mamba, falcon_mamba',
    );
    expect(lines).toContain('models/bad-genz.yaml:4:22: num_attention_heads: must be an integer >= 1, got 0');
    expect(lines.find((l) => l.startsWith('models/bad-genz.yaml:5:1: num_kv_heads: unknown field (allowed: model, vocab_size,'))).toBeDefined();
    expect(lines).toHaveLength(9);
  });
});

describe('parallel layout against the model', () => {
  const r = loadFixture('errors/semantic', ['perf/2-layout.yaml']);

  it('checks heads, KV heads and experts, at the value that sets the degree', () => {
    expect(formatted(r)).toEqual([
      'perf/2-layout.yaml:7:28: scenarios[0].parallelism.tensor: tensor parallelism 3 does not divide the 32 attention heads / 8 KV heads of meta-llama/Llama-3.1-8B; valid tensor parallel degrees: 1, 2, 4, 8, 16, 32',
      'perf/2-layout.yaml:10:28: scenarios[1].parallelism.tensor: tensor parallelism 4 leaves 10 attention heads and 3 KV heads per device for microsoft/Phi-3-medium (40 / 10 in all): the attention heads per device must be a multiple of the KV heads; valid tensor parallel degrees: 1, 2, 5, 10, 20, 40',
      'perf/2-layout.yaml:13:28: scenarios[2].parallelism.expert: expert parallelism 2 needs a mixture-of-experts model; meta-llama/Llama-3.1-8B is dense (use expert parallelism 1)',
      'perf/2-layout.yaml:16:28: scenarios[3].parallelism.expert: expert parallelism 3 does not divide the 8 experts of mistralai/Mixtral-8x7B; valid degrees: 1, 2, 4, 8',
      // Reported once at the matrix value, although two combinations (batch 1 and 8) carry it.
      'perf/2-layout.yaml:20:31: scenarios[4].matrix["parallelism.tensor"][1]: tensor parallelism 6 does not divide the 32 attention heads / 8 KV heads of meta-llama/Llama-3.1-8B; valid tensor parallel degrees: 1, 2, 4, 8, 16, 32',
      'perf/2-layout.yaml:22:5: scenarios[5]: missing model: set it in the scenario or in defaults',
      'perf/2-layout.yaml:28:7: scenarios[6].matrix["workload.batch"]: also set by the scenario itself (scenarios[6].workload.batch); keep one',
    ]);
  });
});

describe('values inherited from defaults', () => {
  it('are reported once, where defaults set them, however many scenarios use them', () => {
    const r = loadFixture('errors/defaults');
    expect(formatted(r)).toEqual([
      `perf/sweep.yaml:3:10: defaults.model: unknown model 'meta-llama/Llama-3.1-8b-instrukt': ${MODEL_HINT}; did you mean meta-llama/Llama-3.1-8B, meta-llama/Llama-3.1-405B, meta-llama/Llama-3.1-70B?`,
    ]);
  });
});

describe('features', () => {
  const r = loadFixture('errors/semantic', ['perf/3-features.yaml']);

  it('are checked against the registry: names, shape, options, types, choices, bounds', () => {
    expect(formatted(r)).toEqual([
      "perf/3-features.yaml:8:9: scenarios[0].features[0]: unknown feature 'flash_atention'; did you mean 'flash_attention'? (features: prefill, decode, chunked, tensor_parallel, pipeline_parallel, expert_parallel, lora, flash_attention, memory_offload, speculative_decode)",
      "perf/3-features.yaml:9:17: scenarios[0].features[1].lora.rnak: unknown option of feature 'lora'; did you mean 'rank'? (options: rank, strategy, targets, include_experts)",
      'perf/3-features.yaml:9:32: scenarios[0].features[1].lora.rank: must be an integer >= 1, got 0',
      'perf/3-features.yaml:9:45: scenarios[0].features[1].lora.strategy: must be one of dynamic, merged, got "dyn"; did you mean \'dynamic\'?',
      'perf/3-features.yaml:9:59: scenarios[0].features[1].lora.targets: must be a list of values among q, k, v, o, gate, up, down, without repeats, got ["q","x"]',
      "perf/3-features.yaml:10:9: scenarios[0].features[2]: feature 'speculative_decode' needs option 'draft_model': write {speculative_decode: {draft_model: ...}}",
      "perf/3-features.yaml:11:20: scenarios[0].features[3].prefill.fast: feature 'prefill' takes no options",
      'perf/3-features.yaml:12:9: scenarios[0].features[4]: must name exactly one feature, e.g. {lora: {rank: 16}}, got keys decode, chunked',
      'perf/3-features.yaml:13:9: scenarios[0].features[5]: must be a feature name or {name: options}, got 42',
      "perf/3-features.yaml:14:9: scenarios[0].features[6]: feature 'lora' is listed twice (also scenarios[0].features[1])",
      `perf/3-features.yaml:18:44: scenarios[1].features[1].speculative_decode.draft_model: unknown model 'llama-3.1-8b-typo': ${MODEL_HINT}; did you mean meta-llama/Llama-3.1-8B, meta-llama/Llama-3.1-405B, meta-llama/Llama-3.1-70B?`,
      'perf/3-features.yaml:18:80: scenarios[1].features[1].speculative_decode.acceptance_rate: must be a number >= 0 and <= 1, got 1.5',
      "perf/3-features.yaml:21:45: scenarios[2].features[0].tensor_parallel.degree: feature 'tensor_parallel' has degree 4 but parallelism.tensor is 2; make them agree or drop one",
      `perf/3-features.yaml:25:44: scenarios[3].features[1].speculative_decode.draft_model: unknown model 'llama-3.1-8b-typo': ${MODEL_HINT}; did you mean meta-llama/Llama-3.1-8B, meta-llama/Llama-3.1-405B, meta-llama/Llama-3.1-70B?`,
      `perf/3-features.yaml:25:79: scenarios[3].features[1].speculative_decode.draft_hardware: unknown hardware 'H100': ${PRESET_HINT}; did you mean H100_GPU, H100_PCIe_GPU, B100?`,
    ]);
  });
});

describe('a whole run', () => {
  it('collects the errors of every file together, sorted, and returns no scenarios', () => {
    const r = loadFixture('errors/semantic');
    expect(r.files).toEqual(['perf/1-models.yaml', 'perf/2-layout.yaml', 'perf/3-features.yaml']);
    expect(r.scenarios).toEqual([]);
    const files = r.errors.map((e) => e.file);
    expect(new Set(files)).toEqual(
      new Set(['models/bad-genz.yaml', 'models/unknown-arch.json', 'perf/1-models.yaml', 'perf/2-layout.yaml', 'perf/3-features.yaml']),
    );
    // 15 in 3-features.yaml: the unknown draft model of a scenario with other errors is reported in the same pass.
    expect(r.errors).toHaveLength(9 + 7 + 15);
    expect([...files].sort()).toEqual(files);
  });

  it('duplicate ids are found across files and after matrix expansion, naming both places', () => {
    const r = loadFixture('errors/dup');
    expect(r.scenarios).toEqual([]);
    expect(formatted(r)).toEqual([
      "perf/a.yaml:7:9: scenarios[3].id: duplicate scenario id 'twice'; first defined at perf/a.yaml:6:9",
      "perf/b.yaml:5:9: scenarios[1].id: duplicate scenario id 'shared'; first defined at perf/a.yaml:4:9",
      "perf/b.yaml:6:9: scenarios[2].id: duplicate scenario id 'sweep.batch-8' (from the matrix); first defined at perf/a.yaml:5:9",
      "perf/b.yaml:11:7: scenarios[3].matrix: two combinations get the same id 'clash.features-flash_attention'; make the values differ after replacing characters other than letters, digits, '.', '_' and '-'",
    ]);
  });
});
