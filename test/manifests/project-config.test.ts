import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/index.js';
import { ProjectConfigError, loadProjectConfig } from '../../src/manifests/index.js';
import { fixture } from './helpers.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'genz-config-')));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function errorsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ProjectConfigError);
    return (err as ProjectConfigError).problems.map(formatProblem);
  }
  throw new Error('expected a ProjectConfigError');
}

describe('loadProjectConfig', () => {
  it('without a config file: the documented defaults, rooted at cwd', () => {
    const cfg = loadProjectConfig({ cwd: tmp });
    expect(cfg).toEqual({
      root: tmp,
      configFile: null,
      manifests: ['perf/**/*.yaml', 'perf/**/*.yml', 'perf/**/*.json'],
      baselinesDir: path.join(tmp, 'baselines'),
      modelsDir: path.join(tmp, 'models'),
      hardwareDir: path.join(tmp, 'hardware'),
      failOn: 'mismatch',
      template: null,
      tolerances: { default: { rel: 0, abs: 0 } },
      limits: DEFAULT_LIMITS,
      calibration: 'builtin',
    });
  });

  it('an empty config file also means defaults', () => {
    const dir = path.join(tmp, 'empty');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'genz.config.yaml'), '# nothing yet\n');
    const cfg = loadProjectConfig({ cwd: dir });
    expect(cfg.configFile).toBe(path.join(dir, 'genz.config.yaml'));
    expect(cfg.failOn).toBe('mismatch');
    expect(cfg.manifests).toEqual(['perf/**/*.yaml', 'perf/**/*.yml', 'perf/**/*.json']);
  });

  it('reads overrides of every field', () => {
    const root = fixture('project');
    const cfg = loadProjectConfig({ cwd: root });
    expect(cfg).toEqual({
      root,
      configFile: path.join(root, 'genz.config.yaml'),
      manifests: ['perf/**/*.yaml', 'perf/**/*.json'],
      baselinesDir: path.join(root, 'perf-baselines'),
      modelsDir: path.join(root, 'models'),
      hardwareDir: path.join(root, 'hardware'),
      failOn: 'regression',
      template: null,
      tolerances: {
        default: { rel: 0.01 },
        metrics: { kv_cache_gb: { abs: 0.5 } },
        scenarios: [{ match: 'llama-*', metrics: { ttft_ms: { rel: 0.02 } } }],
      },
      limits: DEFAULT_LIMITS,
      calibration: 'builtin',
    });
  });

  it('an explicit path: relative paths resolve from the config file’s folder', () => {
    const cwd = fixture('config', 'custom');
    const root = path.join(cwd, 'settings');
    const cfg = loadProjectConfig({ cwd, configPath: 'settings/genz.yaml' });
    expect(cfg.root).toBe(root);
    expect(cfg.configFile).toBe(path.join(root, 'genz.yaml'));
    expect(cfg.manifests).toEqual(['scenarios/*.yaml']);
    expect(cfg.baselinesDir).toBe(path.join(root, 'out', 'baselines'));
    expect(cfg.modelsDir).toBe(path.join(root, 'models'));
    expect(cfg.template).toBe(path.join(root, 'templates', 'report.hbs'));
  });

  it('an explicit path that does not exist is an error', () => {
    expect(errorsOf(() => loadProjectConfig({ cwd: fixture('config', 'custom'), configPath: 'nope.yaml' }))).toEqual(['nope.yaml:1:1: config file not found']);
  });

  it('reports unknown keys, wrong types and escaping paths, all at once, with positions', () => {
    const allowedMetrics =
      'ttft_ms, tpot_ms, tpot_peak_ms, e2e_ms, prefill_throughput_tps, decode_throughput_tps, total_throughput_tps, tokens_per_ms, ms_per_token, ' +
      'chunk_latency_ms, chunk_throughput_tps, weights_gb, kv_cache_gb, total_memory_gb, device_memory_gb, offloaded, ' +
      'ttft_mean_ms, ttft_p50_ms, ttft_p90_ms, ttft_p99_ms, tpot_mean_ms, tpot_p50_ms, tpot_p90_ms, tpot_p99_ms, itl_mean_ms, itl_p50_ms, itl_p90_ms, itl_p99_ms, ' +
      'e2e_mean_ms, e2e_p50_ms, e2e_p90_ms, e2e_p99_ms, request_throughput_rps, output_throughput_tps, goodput_rps, kv_utilization, preemptions, max_rate_qps';
    expect(errorsOf(() => loadProjectConfig({ cwd: fixture('config', 'bad') }))).toEqual([
      "genz.config.yaml:1:31: manifests[1]: the glob leaves the project root ('..' is refused)",
      "genz.config.yaml:2:12: baselines: '../baselines' refused: the path leaves the project root",
      "genz.config.yaml:3:9: models: '/opt/models' refused: absolute paths are refused; write the path relative to the project root",
      'genz.config.yaml:4:10: fail_on: must be one of mismatch, regression, slo, never, got "always"',
      "genz.config.yaml:5:11: template: template file 'templates/missing.hbs' not found (paths are relative to the project root)",
      'genz.config.yaml:6:1: colour: unknown field (allowed: manifests, baselines, models, hardware, fail_on, fidelity, calibration, template, limits, tolerances)',
      'genz.config.yaml:8:19: tolerances.default.rel: must be a number >= 0, got -0.1',
      "genz.config.yaml:10:5: tolerances.metrics.ttft: unknown field; did you mean 'ttft_ms'?",
      `genz.config.yaml:11:5: tolerances.metrics.fits_in_memory: unknown field (allowed: ${allowedMetrics})`,
      "genz.config.yaml:13:7: tolerances.scenarios[0]: missing required field 'match'",
    ]);
  });

  it('YAML syntax errors carry their position', () => {
    const dir = path.join(tmp, 'syntax');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'genz.config.yaml'), 'fail_on: slo\nmanifests: [a\n');
    const errors = errorsOf(() => loadProjectConfig({ cwd: dir }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^genz\.config\.yaml:\d+:\d+: YAML syntax error: /);
  });
});
