import { describe, expect, it } from 'vitest';
import {
  buildBaselineFile,
  checkSlo,
  diffInputs,
  diffScenario,
  diffScenarios,
  evaluatePolicy,
  removedScenarios,
  summarize,
  validateSloBudgets,
  type DiffResult,
  type ScenarioDiff,
  type ScenarioRun,
} from '../../src/baselines/diff.js';
import { BASELINE_SCHEMA, serializeBaselineFile, type BaselineScenario } from '../../src/baselines/file.js';
import { sha256Fingerprint } from '../../src/baselines/canonical-json.js';
import type { ToleranceConfig } from '../../src/baselines/tolerance.js';
import type { Metrics } from '../../src/metrics/definitions.js';
import { metrics, nextUp } from './helpers.js';

const SIM = 'genz-ts 0.1.0';
const INPUTS = {
  model: { name: 'llama-3-8b', hidden_size: 4096, num_layers: 32 },
  hardware: { name: 'H100' },
  parallelism: { tensor: 2, pipeline: 1 },
  workload: { batch: 1, input_tokens: 1024, output_tokens: 256 },
  features: ['flash_attention'],
};

function run(overrides: Partial<Metrics> = {}, inputs: typeof INPUTS = INPUTS, simulator = SIM): ScenarioRun {
  return { fingerprint: sha256Fingerprint(inputs), simulator, inputs, metrics: metrics(overrides) };
}
function base(overrides: Partial<Metrics> = {}, inputs: typeof INPUTS = INPUTS, simulator = SIM): BaselineScenario {
  return { fingerprint: sha256Fingerprint(inputs), simulator, inputs: structuredClone(inputs), metrics: metrics(overrides) };
}
function withInputs(patch: (i: typeof INPUTS) => void): typeof INPUTS {
  const copy = structuredClone(INPUTS);
  patch(copy);
  return copy;
}
function metric(d: ScenarioDiff, key: string) {
  const m = d.metrics.find((x) => x.key === key);
  if (!m) throw new Error(`no row ${key}`);
  return m;
}

describe('metric verdicts and direction', () => {
  it('identical result: every metric equal, scenario unchanged', () => {
    const d = diffScenario({ id: 's', current: run(), baseline: base() });
    expect(d.classification).toBe('unchanged');
    expect(d.metrics.every((m) => m.verdict === 'equal')).toBe(true);
    expect(d.hasRegression || d.hasImprovement || d.hasMetricChanges).toBe(false);
    // a metric null on both sides does not apply: no row (a null on one side only is a change, below)
    expect(d.metrics.some((m) => m.key === 'chunk_latency_ms')).toBe(false);
    expect(d.metrics.length).toBeGreaterThan(0);
  });

  it('lower-is-better latency going up is a regression, with delta and relDelta', () => {
    const d = diffScenario({ id: 's', current: run({ ttft_ms: 110 }), baseline: base() });
    expect(d.classification).toBe('regression');
    expect(d.hasRegression).toBe(true);
    expect(metric(d, 'ttft_ms')).toMatchObject({
      label: 'TTFT',
      unit: 'ms',
      direction: 'lower',
      primary: true,
      baseline: 100,
      current: 110,
      delta: 10,
      relDelta: 0.1,
      verdict: 'regression',
      tolerance: { rel: 0, abs: 0, source: 'exact (primary)' },
    });
  });

  it('lower-is-better latency going down is an improvement', () => {
    const d = diffScenario({ id: 's', current: run({ tpot_ms: 9 }), baseline: base() });
    expect(d.classification).toBe('improvement');
    expect(metric(d, 'tpot_ms')).toMatchObject({ verdict: 'improvement', delta: -1, relDelta: -0.1 });
  });

  it('higher-is-better throughput going up is an improvement, going down a regression', () => {
    const up = diffScenario({ id: 's', current: run({ decode_throughput_tps: 120 }), baseline: base() });
    expect(metric(up, 'decode_throughput_tps').verdict).toBe('improvement');
    expect(up.classification).toBe('improvement');
    const down = diffScenario({ id: 's', current: run({ decode_throughput_tps: 80 }), baseline: base() });
    expect(metric(down, 'decode_throughput_tps').verdict).toBe('regression');
    expect(down.classification).toBe('regression');
  });

  it('one metric better, another worse: mixed', () => {
    const d = diffScenario({ id: 's', current: run({ ttft_ms: 90, e2e_ms: 2700 }), baseline: base() });
    expect(d.classification).toBe('mixed');
    expect(d.hasRegression && d.hasImprovement).toBe(true);
  });

  it('fits_in_memory true → false is a regression, false → true an improvement', () => {
    const worse = diffScenario({ id: 's', current: run({ fits_in_memory: false }), baseline: base() });
    expect(metric(worse, 'fits_in_memory')).toMatchObject({ verdict: 'regression', delta: null, tolerance: { source: 'exact (boolean)' } });
    expect(worse.classification).toBe('regression');
    const better = diffScenario({ id: 's', current: run(), baseline: base({ fits_in_memory: false }) });
    expect(metric(better, 'fits_in_memory').verdict).toBe('improvement');
  });

  it('a secondary lower-is-better metric growing from 0 is a regression with relDelta null', () => {
    const d = diffScenario({ id: 's', current: run({ ms_per_token: 2 }), baseline: base({ ms_per_token: 0 }) });
    expect(metric(d, 'ms_per_token')).toMatchObject({ verdict: 'regression', relDelta: null, delta: 2, primary: false });
  });

  it('null ↔ number is changed (not directional) and counts as a regression when the inputs are the same', () => {
    const d = diffScenario({ id: 's', current: run({ tpot_ms: null }), baseline: base() });
    expect(metric(d, 'tpot_ms')).toMatchObject({ verdict: 'changed', baseline: 10, current: null, delta: null });
    expect(d.hasRegression).toBe(true);
    expect(d.classification).toBe('regression');
  });

  it('a metric absent from the baseline is new, absent from the result is missing', () => {
    const b = base();
    delete b.metrics.chunk_throughput_tps;
    delete b.metrics.tokens_per_ms;
    const c = run();
    delete (c.metrics as Record<string, unknown>).weights_gb;
    delete (c.metrics as Record<string, unknown>).chunk_throughput_tps;
    const d = diffScenario({ id: 's', current: c, baseline: b });
    expect(metric(d, 'tokens_per_ms')).toMatchObject({ verdict: 'new', baseline: null, current: 0.4830188679245283 });
    expect(metric(d, 'weights_gb')).toMatchObject({ verdict: 'missing', baseline: 12.5, current: null });
    // both-absent metric is left out
    expect(d.metrics.find((m) => m.key === 'chunk_throughput_tps')).toBeUndefined();
    expect(d.hasMetricChanges).toBe(true);
    expect(d.classification).toBe('regression'); // missing with unchanged inputs
  });

  it('secondary metric within tolerance is within, scenario unchanged; beyond is regression', () => {
    const rules: ToleranceConfig = { metrics: { kv_cache_gb: { rel: 0.01 } } };
    const at = 0.625 + 0.01 * 0.625;
    const inside = diffScenario({ id: 's', current: run({ kv_cache_gb: at }), baseline: base() }, rules);
    expect(metric(inside, 'kv_cache_gb')).toMatchObject({ verdict: 'within', tolerance: { rel: 0.01, abs: 0, source: 'metric rule (kv_cache_gb)' } });
    expect(inside.classification).toBe('unchanged');
    expect(inside.hasMetricChanges).toBe(false);
    const outside = diffScenario({ id: 's', current: run({ kv_cache_gb: nextUp(at) }), baseline: base() }, rules);
    expect(metric(outside, 'kv_cache_gb').verdict).toBe('regression');
    expect(outside.classification).toBe('regression');
  });

  it('a per-scenario glob rule overrides the metric rule', () => {
    const rules: ToleranceConfig = {
      metrics: { ttft_ms: { abs: 0.5 } },
      scenarios: [{ match: 'llama-*', metrics: { ttft_ms: { rel: 0.05 } } }],
    };
    const llama = diffScenario({ id: 'llama-tp2', current: run({ ttft_ms: 104 }), baseline: base() }, rules);
    expect(metric(llama, 'ttft_ms')).toMatchObject({ verdict: 'within', tolerance: { source: 'scenario rule #1 (llama-*)' } });
    const other = diffScenario({ id: 'mistral', current: run({ ttft_ms: 104 }), baseline: base() }, rules);
    expect(metric(other, 'ttft_ms')).toMatchObject({ verdict: 'regression', tolerance: { source: 'metric rule (ttft_ms)' } });
  });
});

describe('scenario classification', () => {
  it('new: no baseline', () => {
    const d = diffScenario({ id: 'n', current: run() });
    expect(d.classification).toBe('new');
    expect(d.metrics.every((m) => m.verdict === 'new' && m.baseline === null)).toBe(true);
    expect(d.hasRegression).toBe(false);
    expect(d.baselineFingerprint).toBeNull();
  });

  it('removed: baseline without scenario', () => {
    const r = diffScenarios({ scenarios: [], removed: [{ id: 'gone', baseline: base() }] });
    const d = r.scenarios[0];
    expect(d.classification).toBe('removed');
    expect(d.metrics.every((m) => m.verdict === 'missing' && m.current === null)).toBe(true);
    expect(d.hasRegression).toBe(false);
    expect(r.summary.regressedMetrics).toBe(0);
  });

  it('error: could not run, even with a baseline; no metric rows', () => {
    const d = diffScenario({ id: 'e', error: 'unknown hardware "H200x"', baseline: base() });
    expect(d).toMatchObject({ classification: 'error', error: 'unknown hardware "H200x"', metrics: [], slo: [], baselineFingerprint: base().fingerprint });
  });

  it('error: a non-finite metric in the result', () => {
    const d = diffScenario({ id: 'e', current: run({ ttft_ms: NaN }), baseline: base() });
    expect(d.classification).toBe('error');
    expect(d.error).toMatch(/ttft_ms is NaN/);
  });

  it('error: neither result nor error', () => {
    expect(diffScenario({ id: 'e' }).classification).toBe('error');
  });

  it('inputs_changed: lists the changed input fields as dotted paths, still computes verdicts', () => {
    const changed = withInputs((i) => {
      i.parallelism.tensor = 4;
      i.model.hidden_size = 8192;
    });
    const d = diffScenario({ id: 's', current: run({ ttft_ms: 120 }, changed), baseline: base() });
    expect(d.classification).toBe('inputs_changed');
    expect(d.inputsChanged).toBe(true);
    expect(d.changedInputs).toEqual(['model.hidden_size', 'parallelism.tensor']);
    expect(metric(d, 'ttft_ms').verdict).toBe('regression');
    expect(d.hasRegression).toBe(true);
  });

  it('inputs_changed: null ↔ number shifts are reported but do not count as regressions', () => {
    const changed = withInputs((i) => {
      i.workload.output_tokens = 1;
    });
    const d = diffScenario({ id: 's', current: run({ tpot_ms: null }, changed), baseline: base() });
    expect(d.classification).toBe('inputs_changed');
    expect(metric(d, 'tpot_ms').verdict).toBe('changed');
    expect(d.hasRegression).toBe(false);
    expect(d.changedInputs).toEqual(['workload.output_tokens']);
  });

  it('simulator_changed: same fingerprint, different simulator version', () => {
    const d = diffScenario({ id: 's', current: run({ ttft_ms: 101 }, INPUTS, 'genz-ts 0.2.0'), baseline: base() });
    expect(d.classification).toBe('simulator_changed');
    expect(d).toMatchObject({ simulatorChanged: true, inputsChanged: false, baselineSimulator: SIM, currentSimulator: 'genz-ts 0.2.0' });
    expect(d.hasRegression).toBe(true);
  });

  it('inputs_changed takes precedence over simulator_changed', () => {
    const changed = withInputs((i) => {
      i.workload.batch = 8;
    });
    const d = diffScenario({ id: 's', current: run({}, changed, 'genz-ts 0.2.0'), baseline: base() });
    expect(d.classification).toBe('inputs_changed');
    expect(d.simulatorChanged).toBe(true);
  });

  it('rejects duplicate ids', () => {
    expect(() =>
      diffScenarios({
        scenarios: [
          { id: 'a', current: run() },
          { id: 'a', current: run() },
        ],
      }),
    ).toThrow(/duplicate/);
    expect(() => diffScenarios({ scenarios: [{ id: 'a', current: run() }], removed: [{ id: 'a', baseline: base() }] })).toThrow(/duplicate/);
  });
});

describe('diffInputs', () => {
  it('reports added/removed keys, array elements, whole arrays of another length and odd keys', () => {
    const a = { model: { name: 'x', extra: 1 }, features: ['a', 'b'], list: [1], 'k.v': 1, same: { deep: [1, { z: 0 }] } };
    const b = { model: { name: 'x', added: 2 }, features: ['a', 'c'], list: [1, 2], 'k.v': 2, same: { deep: [1, { z: 0 }] } };
    expect(diffInputs(a, b)).toEqual(['["k.v"]', 'features[1]', 'list', 'model.added', 'model.extra']);
    expect(diffInputs({ a: 1 }, { a: { b: 1 } })).toEqual(['a']);
    expect(diffInputs({ a: 1 }, [1])).toEqual(['(root)']);
    expect(diffInputs(a, structuredClone(a))).toEqual([]);
  });
});

describe('SLO checks', () => {
  it('computes headroom and headroomPct for max and min budgets', () => {
    const checks = checkSlo(metrics({ ttft_ms: 150, e2e_ms: 3000, decode_throughput_tps: 120, prefill_throughput_tps: 9000 }), {
      ttft_ms: 200,
      e2e_ms: 2500,
      decode_throughput_tps: 100,
      prefill_throughput_tps: 10000,
    });
    expect(checks).toEqual([
      { budget: 'ttft_ms', metric: 'ttft_ms', kind: 'max', limit: 200, actual: 150, status: 'ok', ok: true, headroom: 50, headroomPct: 0.25 },
      { budget: 'e2e_ms', metric: 'e2e_ms', kind: 'max', limit: 2500, actual: 3000, status: 'violated', ok: false, headroom: -500, headroomPct: -0.2 },
      {
        budget: 'prefill_throughput_tps',
        metric: 'prefill_throughput_tps',
        kind: 'min',
        limit: 10000,
        actual: 9000,
        status: 'violated',
        ok: false,
        headroom: -1000,
        headroomPct: -0.1,
      },
      {
        budget: 'decode_throughput_tps',
        metric: 'decode_throughput_tps',
        kind: 'min',
        limit: 100,
        actual: 120,
        status: 'ok',
        ok: true,
        headroom: 20,
        headroomPct: 0.2,
      },
    ]);
  });

  it('exactly at the limit is ok', () => {
    const [c] = checkSlo(metrics({ tpot_ms: 10 }), { tpot_ms: 10 });
    expect(c).toMatchObject({ status: 'ok', headroom: 0, headroomPct: 0 });
  });

  it('a null metric is not applicable, not a violation', () => {
    const [c] = checkSlo(metrics({ tpot_ms: null }), { tpot_ms: 5 });
    expect(c).toMatchObject({ status: 'not_applicable', ok: true, actual: null, headroom: null, headroomPct: null });
  });

  it('must_fit', () => {
    expect(checkSlo(metrics({ fits_in_memory: false }), { must_fit: true })).toEqual([
      {
        budget: 'must_fit',
        metric: 'fits_in_memory',
        kind: 'must_fit',
        limit: true,
        actual: false,
        status: 'violated',
        ok: false,
        headroom: null,
        headroomPct: null,
      },
    ]);
    expect(checkSlo(metrics(), { must_fit: true })[0].status).toBe('ok');
    expect(checkSlo(metrics({ fits_in_memory: false }), { must_fit: false })).toEqual([]);
  });

  it('SLOs are checked without a baseline and flag the scenario', () => {
    const d = diffScenario({ id: 'n', current: run({ ttft_ms: 300 }), slo: { ttft_ms: 200 } });
    expect(d.classification).toBe('new');
    expect(d.sloViolated).toBe(true);
    expect(d.slo[0]).toMatchObject({ headroom: -100, headroomPct: -0.5 });
  });

  it('validates budgets with field paths', () => {
    expect(validateSloBudgets({ ttft_ms: 200, must_fit: true })).toEqual([]);
    expect(validateSloBudgets({ ttft_ms: -1, must_fit: 'yes', p99: 3 }, 'scenarios[0].slo').map((e) => e.path)).toEqual([
      'scenarios[0].slo.ttft_ms',
      'scenarios[0].slo.must_fit',
      'scenarios[0].slo.p99',
    ]);
  });
});

describe('fail-on policy and summary', () => {
  const rules: ToleranceConfig = { metrics: { kv_cache_gb: { rel: 0.5 } } };
  function scenarioSet(): DiffResult {
    return diffScenarios({
      rules,
      scenarios: [
        { id: 'same', current: run(), baseline: base() },
        { id: 'within', current: run({ kv_cache_gb: 0.7 }), baseline: base() },
        { id: 'better', current: run({ ttft_ms: 90 }), baseline: base() },
        { id: 'worse', current: run({ ttft_ms: 110 }), baseline: base() },
        { id: 'fresh', current: run() },
      ],
      removed: [{ id: 'gone', baseline: base() }],
    });
  }
  function only(ids: string[]): ScenarioDiff[] {
    return scenarioSet().scenarios.filter((s) => ids.includes(s.id));
  }

  it('summary counts and status', () => {
    const { summary } = scenarioSet();
    expect(summary.total).toBe(6);
    expect(summary.counts).toMatchObject({
      unchanged: 2,
      improvement: 1,
      regression: 1,
      new: 1,
      removed: 1,
      mixed: 0,
      error: 0,
      inputs_changed: 0,
      simulator_changed: 0,
    });
    expect(summary).toMatchObject({
      regressions: 1,
      regressedMetrics: 1,
      improvements: 1,
      changed: 4,
      withinTolerance: 1,
      sloViolations: 0,
      errors: 0,
      status: 'regression',
    });
    expect(summarize(only(['same', 'within'])).status).toBe('clean');
    expect(summarize(only(['same', 'better'])).status).toBe('changed');
    expect(summarize(only(['same', 'fresh'])).status).toBe('changed');
    expect(summarize([...only(['worse']), diffScenario({ id: 'x', error: 'boom' })]).status).toBe('error');
    const slo = diffScenario({ id: 'slo', current: run(), baseline: base(), slo: { ttft_ms: 50 } });
    expect(summarize([slo])).toMatchObject({ status: 'regression', sloViolations: 1, regressions: 0 });
  });

  it("'mismatch' fails on any off-baseline metric, new or removed scenario", () => {
    expect(evaluatePolicy(only(['same', 'within']), 'mismatch')).toEqual({ fail: false, count: 0, reasons: [] });
    const better = evaluatePolicy(only(['better']), 'mismatch');
    expect(better.fail).toBe(true);
    expect(better.reasons).toEqual(['better: TTFT (ttft_ms) improvement 100 → 90 ms (-10.00 %), tolerance exact (primary)']);
    expect(evaluatePolicy(only(['fresh']), 'mismatch').reasons).toEqual(['fresh: new scenario without a baseline']);
    expect(evaluatePolicy(only(['gone']), 'mismatch').reasons).toEqual(['gone: removed scenario (its baseline entry remains)']);
    const all = evaluatePolicy(scenarioSet(), 'mismatch');
    expect(all.reasons).toHaveLength(4);
    expect(all.count).toBe(4);
  });

  it('lists at most `listed` reasons and counts them all', () => {
    const all = evaluatePolicy(scenarioSet(), 'mismatch');
    const two = evaluatePolicy(scenarioSet(), 'mismatch', 2);
    expect(two).toEqual({ fail: true, count: 4, reasons: all.reasons.slice(0, 2) });
    expect(evaluatePolicy(scenarioSet(), 'mismatch', 0)).toEqual({ fail: true, count: 4, reasons: [] });
  });

  it("'mismatch' fails on a secondary metric out of tolerance but not within it", () => {
    const r = diffScenarios({ rules, scenarios: [{ id: 'kv', current: run({ kv_cache_gb: 1 }), baseline: base() }] });
    expect(evaluatePolicy(r, 'mismatch').reasons).toEqual([
      'kv: KV cache (kv_cache_gb) regression 0.625 → 1 GB (+60.00 %), tolerance rel 0.5, abs 0 (metric rule (kv_cache_gb))',
    ]);
  });

  it("'regression' fails only on worsening metrics (also when inputs changed), SLO violations and errors", () => {
    expect(evaluatePolicy(only(['same', 'within', 'better', 'fresh', 'gone']), 'regression')).toEqual({ fail: false, count: 0, reasons: [] });
    expect(evaluatePolicy(only(['worse']), 'regression')).toEqual({
      fail: true,
      count: 1,
      reasons: ['worse: TTFT (ttft_ms) regression 100 → 110 ms (+10.00 %), tolerance exact (primary)'],
    });
    const changed = withInputs((i) => {
      i.parallelism.tensor = 1;
    });
    const inputsWorse = diffScenario({ id: 'tp1', current: run({ decode_throughput_tps: 50 }, changed), baseline: base() });
    expect(inputsWorse.classification).toBe('inputs_changed');
    expect(evaluatePolicy([inputsWorse], 'regression').reasons).toEqual([
      'tp1: Decode throughput (decode_throughput_tps) regression 100 → 50 tokens/s (-50.00 %), tolerance exact (primary)',
    ]);
    const boolWorse = diffScenario({ id: 'fit', current: run({ fits_in_memory: false }), baseline: base() });
    expect(evaluatePolicy([boolWorse], 'regression').reasons).toEqual(['fit: Fits in memory (fits_in_memory) regression true → false']);
  });

  it("'slo' fails only on SLO violations and errors", () => {
    expect(evaluatePolicy(scenarioSet(), 'slo')).toEqual({ fail: false, count: 0, reasons: [] });
    const slo = diffScenario({
      id: 'slo',
      current: run({ e2e_ms: 3000, fits_in_memory: false }),
      baseline: base(),
      slo: { e2e_ms: 2500, must_fit: true, tpot_ms: 20 },
    });
    expect(evaluatePolicy([slo], 'slo')).toEqual({
      fail: true,
      count: 2,
      reasons: ['slo: SLO e2e_ms ≤ 2500 violated: actual 3000', 'slo: SLO must_fit violated: the scenario does not fit in device memory'],
    });
    const err = diffScenario({ id: 'bad', error: 'model not found' });
    expect(evaluatePolicy([err], 'slo')).toEqual({ fail: true, count: 1, reasons: ['bad: could not run: model not found'] });
    expect(evaluatePolicy([slo], 'regression').fail).toBe(true);
    expect(evaluatePolicy([slo], 'mismatch').fail).toBe(true);
  });

  it("'never' never fails", () => {
    const err = diffScenario({ id: 'bad', error: 'x' });
    expect(evaluatePolicy([...scenarioSet().scenarios, err], 'never')).toEqual({ fail: false, count: 0, reasons: [] });
  });

  it('rejects an unknown policy', () => {
    expect(() => evaluatePolicy([], 'sometimes' as never)).toThrow(/unknown fail-on policy/);
  });
});

describe('building baselines from runs', () => {
  it('buildBaselineFile produces a valid file; removedScenarios finds stale entries', () => {
    const file = buildBaselineFile('perf/tp.yaml', { b: run(), a: run({ ttft_ms: 0.1 + 0.2 }) });
    expect(file.schema).toBe(BASELINE_SCHEMA);
    expect(Object.keys(file.scenarios)).toEqual(['a', 'b']);
    expect(() => serializeBaselineFile(file)).not.toThrow();
    expect(removedScenarios(file, ['b', 'c']).map((r) => r.id)).toEqual(['a']);
    expect(removedScenarios(null, ['b'])).toEqual([]);
    // diffing a run against the baseline built from it is clean
    const r = diffScenarios({ scenarios: [{ id: 'b', current: run(), baseline: file.scenarios.b }] });
    expect(r.summary.status).toBe('clean');
  });
});
