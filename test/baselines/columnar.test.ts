import { describe, expect, it } from 'vitest';
import { COLUMNAR_MIN_SCENARIOS, COLUMNAR_SCHEMA, serializeColumnar } from '../../src/baselines/columnar.js';
import { type JsonObject, canonicalJson, sha256Fingerprint } from '../../src/baselines/canonical-json.js';
import { BASELINE_SCHEMA, type BaselineFile, BaselineFileError, parseBaselineFile, serializeBaselineFile, toBaselineFile } from '../../src/baselines/file.js';
import { metrics } from './helpers.js';

const MODEL_A = { name: 'meta-llama/Llama-3.1-8B', source: 'catalog', spec: { hidden_size: 4096, num_attention_heads: 32 } };
const MODEL_B = { name: 'mistralai/Mistral-7B', source: 'catalog', spec: { hidden_size: 4096, num_attention_heads: 32, sliding_window: 4096 } };

function inputs(batch: number, model: object, tensor: number): JsonObject {
  return {
    efficiency: 1,
    model,
    hardware: { name: 'H100_GPU', source: 'preset' },
    parallelism: { tensor, pipeline: 1 },
    workload: { batch, input_tokens: 512 },
  } as unknown as JsonObject;
}

/** A sweep of n scenarios: batch × model × tensor, metrics that vary with the batch. */
function sweep(n: number): BaselineFile {
  const scenarios: BaselineFile['scenarios'] = {};
  for (let i = 0; i < n; i++) {
    const inp = inputs(1 + (i % 50), i % 3 === 0 ? MODEL_B : MODEL_A, 1 << (i % 4));
    scenarios[`sweep.case-${String(i).padStart(4, '0')}`] = {
      fingerprint: sha256Fingerprint(inp),
      simulator: 'genz-ts/1.0.0',
      inputs: inp,
      metrics: metrics({ ttft_ms: 100 + i / 7, tpot_ms: 10 + i / 3 }),
    };
  }
  return { schema: BASELINE_SCHEMA, manifest: 'perf/sweep.yaml', scenarios };
}

describe('columnar baseline layout', () => {
  it('is used from COLUMNAR_MIN_SCENARIOS scenarios on and reads back to the same file', () => {
    const small = sweep(COLUMNAR_MIN_SCENARIOS - 1);
    expect(serializeBaselineFile(small).toString()).toBe(canonicalJson(small));
    const big = sweep(COLUMNAR_MIN_SCENARIOS + 50);
    const text = serializeBaselineFile(big).toString();
    expect(JSON.parse(text).schema).toBe(COLUMNAR_SCHEMA);
    expect(canonicalJson(toBaselineFile(parseBaselineFile(text, 'sweep.json')))).toBe(canonicalJson(big));
    // Deterministic bytes.
    expect(serializeBaselineFile(parseBaselineFile(text, 'sweep.json')).toString()).toBe(text);
  });

  it('puts one scenario on one line: changing one metric changes one line', () => {
    const file = sweep(300);
    const before = serializeColumnar(file).split('\n');
    file.scenarios['sweep.case-0123'].metrics.tpot_ms = 99.5;
    const after = serializeColumnar(file).split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('"case-0123"');
    expect(changed[0]).toContain('99.5');
  });

  it('stays small: well under 300 bytes per scenario for a matrix sweep', () => {
    const file = sweep(2000);
    const bytes = Buffer.byteLength(serializeColumnar(file));
    expect(bytes / 2000).toBeLessThan(300);
  });

  it('keeps what the columns cannot say: other simulator versions, foreign fingerprints, absent metrics', () => {
    const file = sweep(120);
    file.scenarios['sweep.case-0001'].simulator = 'genz-ts/0.9.0';
    file.scenarios['sweep.case-0002'].fingerprint = `sha256:${'a'.repeat(64)}`;
    delete file.scenarios['sweep.case-0003'].metrics.tpot_peak_ms;
    const text = serializeColumnar(file);
    expect(canonicalJson(toBaselineFile(parseBaselineFile(text, 'x.json')))).toBe(canonicalJson(file));
  });

  it('reads the nested layout (files written before the columnar one) unchanged', () => {
    const file = sweep(150);
    const old = canonicalJson(file);
    const read = parseBaselineFile(old, 'old.json');
    expect(canonicalJson(toBaselineFile(read))).toBe(old);
    // Written back, it migrates to the columnar layout with the same content.
    expect(canonicalJson(toBaselineFile(parseBaselineFile(serializeBaselineFile(read).toString(), 'new.json')))).toBe(old);
  });

  it('names the row and the problem of a damaged file', () => {
    const doc = JSON.parse(serializeColumnar(sweep(120)));
    doc.scenarios[5][2].pop();
    const dictColumn = Number(Object.keys(doc.input_values)[0]);
    doc.scenarios[7][1][dictColumn] = 99;
    expect(() => parseBaselineFile(JSON.stringify(doc), 'bad.json')).toThrow(BaselineFileError);
    try {
      parseBaselineFile(JSON.stringify(doc), 'bad.json');
    } catch (e) {
      const problems = (e as BaselineFileError).messages.join('\n');
      expect(problems).toContain('scenarios[5]');
      expect(problems).toMatch(/scenarios\[7\]: input column \d+ must index/);
    }
    const metric = JSON.parse(serializeColumnar(sweep(120)));
    metric.scenarios[2][2][0] = 'NaN';
    expect(() => parseBaselineFile(JSON.stringify(metric), 'bad.json')).toThrow(/NaN and Infinity are not allowed/);
  });
});
