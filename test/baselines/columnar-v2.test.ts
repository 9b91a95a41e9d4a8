import { describe, expect, it } from 'vitest';
import { COLUMNAR_SCHEMA, COLUMNAR_SCHEMA_V1, DERIVATIONS, serializeColumnar } from '../../src/baselines/columnar.js';
import { type JsonObject, canonicalJson, sha256Fingerprint } from '../../src/baselines/canonical-json.js';
import { diffScenario, diffScenarios, removedScenarios, type ScenarioComparisonInput } from '../../src/baselines/diff.js';
import {
  BASELINE_SCHEMA,
  type BaselineFile,
  BaselineFileError,
  type BaselineScenario,
  parseBaselineFile,
  sameBaselineEntry,
  sameBaselineFile,
  serializeBaselineFile,
  storedBaselineFile,
  toBaselineFile,
} from '../../src/baselines/file.js';
import { computeMetrics } from '../../src/metrics/compute.js';
import { metrics as sampleMetrics } from './helpers.js';

const SPEC_A = { hidden_size: 4096, num_attention_heads: 32, num_decoder_layers: 32 };
const SPEC_B = { hidden_size: 5120, num_attention_heads: 40, num_decoder_layers: 40 };

/** A matrix sweep whose metrics come from the real metric formulas (src/metrics/compute.ts), so they derive bit-exactly. */
function sweep(n: number): BaselineFile {
  const scenarios: BaselineFile['scenarios'] = {};
  for (let i = 0; i < n; i++) {
    const batch = 1 << (i % 6);
    const input = 128 * (1 + (i % 7));
    const output = i % 11 === 0 ? 1 : 64 * (1 + (i % 5));
    const tensor = 1 << (i % 3);
    const spec = i % 2 === 0 ? SPEC_A : SPEC_B;
    const inputs = {
      engine: 'generic',
      model: { name: i % 2 === 0 ? 'model-a' : 'model-b', source: 'catalog', spec },
      hardware: { name: 'H100_GPU', source: 'preset', spec: { flops: 989, offchip_mem_bw: 3400 } },
      parallelism: { tensor, pipeline: 1 },
      workload: { batch, input_tokens: input, output_tokens: output },
    } as unknown as JsonObject;
    const ttft = 10 + i / 7 + batch * 0.37;
    const step = 3 + i / 13;
    const weightsMb = (i % 2 === 0 ? 15316 : 24828) / tensor;
    const m = computeMetrics({
      mode: 'full',
      batch,
      inputTokens: input,
      outputTokens: output,
      ttftMs: ttft,
      decodeSteps: output > 1 ? { sumMs: step * (output - 1), count: output - 1 } : { sumMs: 0, count: 0 },
      peakStepMs: step * 1.01,
      chunk: null,
      memory: {
        weightsMb,
        kvCacheMb: batch * (input + output) * 0.125,
        requiredMb: weightsMb + batch * (input + output) * 0.125,
        deviceMb: 81920,
        isOffload: false,
      },
    });
    scenarios[`sweep.case-${String(i).padStart(5, '0')}`] = { fingerprint: sha256Fingerprint(inputs), simulator: 'genz-ts/2.0.0', inputs, metrics: m };
  }
  return { schema: BASELINE_SCHEMA, manifest: 'perf/sweep.yaml', scenarios };
}

describe('columnar layout @2', () => {
  it('derives the throughput, per-token, E2E and total-memory columns and reads every entry back deep-equal', () => {
    const file = sweep(600);
    const text = serializeBaselineFile(file).toString();
    const doc = JSON.parse(text);
    expect(doc.schema).toBe(COLUMNAR_SCHEMA);
    expect(Object.keys(doc.derived_metrics).sort()).toEqual(DERIVATIONS.map((d) => d.key).sort());
    for (const d of DERIVATIONS) expect(doc.metric_columns).not.toContain(d.key);
    // weights_gb: a few distinct values (model × tensor), written once.
    expect(doc.metric_values.weights_gb).toHaveLength(6);
    const read = parseBaselineFile(text, 'sweep.json');
    expect(read.scenarios.size).toBe(600);
    for (const id of Object.keys(file.scenarios)) {
      const entry = read.scenarios.get(id)!;
      const want = file.scenarios[id];
      expect(entry.metrics).toEqual(want.metrics);
      for (const k of Object.keys(want.metrics))
        expect(Object.is(entry.metrics[k as keyof typeof entry.metrics], want.metrics[k as keyof typeof want.metrics])).toBe(true);
      expect(entry.inputs).toEqual(want.inputs);
      expect(entry.fingerprint).toBe(want.fingerprint);
    }
    expect(canonicalJson(toBaselineFile(read))).toBe(canonicalJson(file));
    // Deterministic, and under 300 bytes a scenario.
    expect(serializeBaselineFile(read).toString()).toBe(text);
    expect(Buffer.byteLength(text) / 600).toBeLessThan(300);
  });

  it('stores a column when re-deriving it differs in a single row, by a single bit', () => {
    const file = sweep(200);
    const entry = file.scenarios['sweep.case-00042'];
    const tps = entry.metrics.total_throughput_tps as number;
    entry.metrics.total_throughput_tps = tps + tps * Number.EPSILON;
    expect(entry.metrics.total_throughput_tps).not.toBe(tps);
    const text = serializeColumnar(file);
    const doc = JSON.parse(text);
    expect(doc.metric_columns).toContain('total_throughput_tps');
    expect(doc.derived_metrics).not.toHaveProperty('total_throughput_tps');
    expect(doc.derived_metrics).toHaveProperty('tokens_per_ms');
    expect(canonicalJson(toBaselineFile(parseBaselineFile(text, 'x.json')))).toBe(canonicalJson(file));
  });

  it('keeps absent metrics and exceptions when some columns are derived', () => {
    const file = sweep(150);
    delete file.scenarios['sweep.case-00003'].metrics.e2e_ms;
    delete file.scenarios['sweep.case-00004'].metrics.ms_per_token;
    file.scenarios['sweep.case-00005'].simulator = 'genz-ts/1.9.0';
    file.scenarios['sweep.case-00006'].fingerprint = `sha256:${'b'.repeat(64)}`;
    const text = serializeColumnar(file);
    const read = parseBaselineFile(text, 'x.json');
    expect(read.scenarios.get('sweep.case-00003')!.metrics).not.toHaveProperty('e2e_ms');
    expect(read.scenarios.get('sweep.case-00004')!.metrics).not.toHaveProperty('ms_per_token');
    expect(read.scenarios.get('sweep.case-00006')!.fingerprint).toBe(`sha256:${'b'.repeat(64)}`);
    expect(canonicalJson(toBaselineFile(read))).toBe(canonicalJson(file));
  });

  it('looks entries up by id without expanding the others', () => {
    const file = sweep(120);
    const read = parseBaselineFile(serializeColumnar(file), 'x.json');
    expect(read.scenarios.ids()).toEqual(Object.keys(file.scenarios).sort());
    expect(read.scenarios.has('sweep.case-00007')).toBe(true);
    expect(read.scenarios.has('case-00007')).toBe(false);
    expect(read.scenarios.get('sweep.case-99999')).toBeUndefined();
    expect(read.scenarios.get('constructor')).toBeUndefined();
    // Shared inputs are frozen: an entry cannot change what the others read.
    const a = read.scenarios.get('sweep.case-00000')!;
    expect(() => {
      (a.inputs.model as { spec: { hidden_size: number } }).spec.hidden_size = 1;
    }).toThrow(TypeError);
    expect(removedScenarios(read, Object.keys(file.scenarios).slice(1)).map((r) => r.id)).toEqual(['sweep.case-00000']);
  });

  it('compares entries as their canonical JSON would (sameBaselineEntry)', () => {
    const file = sweep(120);
    const read = parseBaselineFile(serializeColumnar(file), 'x.json');
    for (const id of Object.keys(file.scenarios)) expect(sameBaselineEntry(read.scenarios.get(id)!, file.scenarios[id])).toBe(true);
    const e = file.scenarios['sweep.case-00010'];
    const changes: BaselineScenario[] = [
      { ...e, simulator: 'other' },
      { ...e, fingerprint: `sha256:${'c'.repeat(64)}` },
      { ...e, metrics: { ...e.metrics, ttft_ms: 1 } },
      { ...e, metrics: { ...e.metrics, offloaded: undefined as unknown as number } },
      { ...e, inputs: { ...e.inputs, workload: { batch: 3 } } },
    ];
    for (const c of changes) {
      expect(sameBaselineEntry(read.scenarios.get('sweep.case-00010')!, c)).toBe(false);
    }
    // Whole files, either layout.
    const nested = parseBaselineFile(canonicalJson(file), 'nested.json');
    expect(sameBaselineFile(read, nested)).toBe(true);
    expect(sameBaselineFile(null, undefined)).toBe(true);
    expect(sameBaselineFile(read, null)).toBe(false);
    file.scenarios['sweep.case-00011'].metrics.ttft_ms = 0.5;
    expect(sameBaselineFile(read, parseBaselineFile(canonicalJson(file), 'nested.json'))).toBe(false);
    expect(sameBaselineEntry(e, { ...e, metrics: { ...e.metrics, offloaded: -0 } })).toBe(
      canonicalJson(e) === canonicalJson({ ...e, metrics: { ...e.metrics, offloaded: -0 } }),
    );
  });

  it('still reads the @1 layout (no metric dictionaries, no derived metrics)', () => {
    const inputs = { model: { name: 'm', spec: { h: 1 } }, workload: { batch: 1 } };
    const v1 = {
      schema: COLUMNAR_SCHEMA_V1,
      manifest: 'perf/a.yaml',
      simulator: 'genz-ts/1.0.0',
      id_prefix: 'a.',
      inputs,
      input_columns: [['workload', 'batch']],
      input_values: {},
      metric_columns: ['tpot_ms', 'ttft_ms'],
      constant_metrics: { fits_in_memory: true },
      scenarios: [
        ['b1', [1], [2.5, 10]],
        ['b2', [2], [3.5, 11], { absent: ['tpot_ms'], simulator: 'genz-ts/0.9.0' }],
      ],
    };
    const read = parseBaselineFile(JSON.stringify(v1), 'v1.json');
    expect(toBaselineFile(read)).toEqual({
      schema: BASELINE_SCHEMA,
      manifest: 'perf/a.yaml',
      scenarios: {
        'a.b1': { fingerprint: sha256Fingerprint(inputs), simulator: 'genz-ts/1.0.0', inputs, metrics: { ttft_ms: 10, tpot_ms: 2.5, fits_in_memory: true } },
        'a.b2': {
          fingerprint: sha256Fingerprint({ ...inputs, workload: { batch: 2 } }),
          simulator: 'genz-ts/0.9.0',
          inputs: { ...inputs, workload: { batch: 2 } },
          metrics: { ttft_ms: 11, fits_in_memory: true },
        },
      },
    });
    // The @2 keys are not part of @1.
    expect(() => parseBaselineFile(JSON.stringify({ ...v1, derived_metrics: {} }), 'v1.json')).toThrow(/derived_metrics: unknown field/);
  });

  it('names what is wrong in a damaged @2 file', () => {
    const doc = JSON.parse(serializeColumnar(sweep(150)));
    const bad = structuredClone(doc);
    bad.derived_metrics.e2e_ms = 'ttft_ms * 2';
    expect(() => parseBaselineFile(JSON.stringify(bad), 'bad.json')).toThrow(/derived_metrics\.e2e_ms: expected the formula/);
    const unknown = structuredClone(doc);
    unknown.derived_metrics.ttft_ms = 'e2e_ms - 1';
    expect(() => parseBaselineFile(JSON.stringify(unknown), 'bad.json')).toThrow(BaselineFileError);
    const index = structuredClone(doc);
    const column = index.metric_columns.indexOf('weights_gb');
    index.scenarios[3][2][column] = 99;
    expect(() => parseBaselineFile(JSON.stringify(index), 'bad.json')).toThrow(/scenarios\[3\]: metric column \d+ must index metric_values\.weights_gb/);
    const zero = structuredClone(doc);
    zero.scenarios[4][2][zero.metric_columns.indexOf('ttft_ms')] = 0;
    expect(() => parseBaselineFile(JSON.stringify(zero), 'bad.json')).toThrow(/scenarios\[4\]: derived metric prefill_throughput_tps is Infinity/);
  });
});

describe('diffScenarios at scale', () => {
  it('takes a read entry fingerprint from the run only when sha256Fingerprint computed it from equal inputs', () => {
    const file = sweep(120);
    const id = 'sweep.case-00008';
    const e = file.scenarios[id];
    const inputs = structuredClone(e.inputs);
    const read = () => parseBaselineFile(serializeColumnar(file), 'x.json').scenarios.get(id)!;
    // Fingerprinted here: the entry gets it without hashing, and it is the right one.
    const run = { fingerprint: sha256Fingerprint(inputs), simulator: e.simulator, inputs, metrics: e.metrics };
    expect(diffScenario({ id, current: run, baseline: read() }).baselineFingerprint).toBe(e.fingerprint);
    // A run whose fingerprint was not computed from its inputs does not lend it: the entry's own is derived.
    const fake = { ...run, inputs: structuredClone(e.inputs), fingerprint: `sha256:${'d'.repeat(64)}` };
    const d = diffScenario({ id, current: fake, baseline: read() });
    expect(d.baselineFingerprint).toBe(e.fingerprint);
    expect(d.classification).toBe('inputs_changed');
    // Other inputs: the entry's own fingerprint.
    const other = { ...structuredClone(e.inputs), engine: 'vllm' };
    const moved = diffScenario({ id, current: { ...run, inputs: other, fingerprint: sha256Fingerprint(other) }, baseline: read() });
    expect(moved.baselineFingerprint).toBe(e.fingerprint);
    expect(moved.changedInputs).toEqual(['engine']);
  });

  it('gives what diffScenario gives scenario by scenario, scenario tolerance rules included', () => {
    const file = sweep(300);
    const read = parseBaselineFile(serializeColumnar(file), 'x.json');
    const rules = {
      default: { rel: 0.01 },
      metrics: { tpot_ms: { abs: 0.5 } },
      scenarios: [
        { match: 'sweep.case-001*', metrics: { ttft_ms: { rel: 0.2 } } },
        { match: '*7', metrics: { e2e_ms: { rel: 0.3 }, ttft_ms: { abs: 1 } } },
      ],
    };
    const inputs: ScenarioComparisonInput[] = Object.keys(file.scenarios).map((id, i) => {
      const e = file.scenarios[id];
      const m = { ...sampleMetrics(), ...e.metrics };
      if (i % 3 === 0) m.ttft_ms = (m.ttft_ms as number) * 1.1;
      return { id, current: { fingerprint: e.fingerprint, simulator: e.simulator, inputs: e.inputs, metrics: m }, baseline: read.scenarios.get(id) ?? null };
    });
    const all = diffScenarios({ scenarios: inputs, rules });
    expect(all.scenarios).toEqual(inputs.map((s) => diffScenario(s, rules)));
    expect(all.summary.total).toBe(300);
    // Same answer from the plain file.
    const plain = storedBaselineFile(file);
    expect(diffScenarios({ scenarios: inputs.map((s) => ({ ...s, baseline: plain.scenarios.get(s.id)! })), rules })).toEqual(all);
  });
});
