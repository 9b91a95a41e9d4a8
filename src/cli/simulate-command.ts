import path from 'node:path';
import { type SloCheck, checkSlo } from '../baselines/diff.js';
import { UserError, formatPath, oneLine } from '../errors/index.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { describeBudget, describeViolation } from '../report/model.js';
import { type Scenario, loadProjectConfig, loadScenarioFile, simulationBoundIssues } from '../manifests/index.js';
import { hubEnv } from '../manifests/hub.js';
import { METRICS } from '../metrics/definitions.js';
import { formatBand, formatMetric, formatNumber } from '../metrics/format.js';
import { plainText } from '../report/escape.js';
import { loadCalibrationArg } from './calibration-commands.js';
import { ConfigError, type SimulationConfig, type SimulationResult, simulate } from '../simulation/index.js';
import { type CliIO, EXIT_FAIL, EXIT_OK, EXIT_USAGE, UsageError } from './io.js';
import { renderTable } from './table.js';
import { parseFlags } from './args.js';
import { SERVING_METRIC_KEYS } from '../metrics/definitions.js';

export const SIMULATE_USAGE = `Usage: genz simulate [flags] | --scenario FILE  [--json] [--operators]

  --model NAME            catalog model (case-insensitive, aliases accepted)
  --hardware NAME         hardware preset, e.g. A100_40GB_GPU, H100_GPU
  --precision P           bf16 (default), f32, fp8, int8, fp6, fp4, int4, int2 (fp16 = bf16)
  --fidelity F            corrected (default: the model of docs/model.md) or genz (GenZ exactly)
  --efficiency E          compute and memory efficiency, 0 < E <= 1 (default 1)
  --tp N --pp N --ep N    tensor, pipeline, expert parallel degrees (default 1)
  --batch N               sequences (default 1)
  --input-tokens N        prompt tokens per sequence (default 1024)
  --output-tokens N       generated tokens per sequence (default 256)
  --beam N                beam size (default 1)
  --feature SPEC          repeatable: NAME, NAME=off, or NAME:opt=value,opt=value
                          e.g. --feature prefill, --feature lora:rank=16,strategy=dynamic,
                          --feature flash_attention=off, --feature lora:targets=q+k+v+o+gate+up+down
  --scenario FILE         one scenario (YAML or JSON): any field a manifest scenario takes (id optional;
                          a matrix only with one value per key), checked and resolved as manifests are:
                          model/hardware files of the project, its fidelity, calibration and limits
  --config FILE           the project config for --scenario (default: genz.config.yaml in this folder)
  --engine E              serving engine of the calibration profile: vllm, trtllm, sglang, generic (default)
  --calibration C         builtin (default), none (the raw roofline), or a profile file (genz calibrate)
  --json                  print the SimulationResult (metrics under "metrics") as one JSON object
  --operators             include the per-operator tables (with --json)

Exit 0 on success, 1 when the scenario cannot run (e.g. does not fit), 2 on bad input.
Run 'genz features' for every feature and its options.
`;

/** Manifest field → the flag that sets it, so errors name what the user typed. */
const FLAG_OF_FIELD: Record<string, string> = {
  model: '--model',
  hardware: '--hardware',
  precision: '--precision',
  efficiency: '--efficiency',
  'parallelism.tensor': '--tp',
  'parallelism.pipeline': '--pp',
  'parallelism.expert': '--ep',
  parallelism: '--tp/--pp/--ep',
  'workload.batch': '--batch',
  'workload.input_tokens': '--input-tokens',
  'workload.output_tokens': '--output-tokens',
  'workload.beam': '--beam',
  workload: '--batch/--input-tokens/--output-tokens',
  features: '--feature',
};

function parseScalar(text: string): unknown {
  if (text === 'on' || text === 'true') return true;
  if (text === 'off' || text === 'false') return false;
  if (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(text)) return Number(text);
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      return JSON.parse(text);
    } catch {
      throw new UsageError(`--feature: value ${text} is not valid JSON`);
    }
  }
  return text;
}

/** `lora:rank=16,strategy=dynamic` → {lora: {rank: 16, strategy: 'dynamic'}}; `x=off` → {x: false}. */
export function parseFeatureFlag(spec: string): SimulationConfig['features'] extends (infer T)[] | undefined ? T : never {
  const colon = spec.indexOf(':');
  const eq = spec.indexOf('=');
  if (colon === -1 && eq !== -1) {
    const value = parseScalar(spec.slice(eq + 1));
    if (typeof value !== 'boolean') throw new UsageError(`--feature ${spec}: use NAME=on|off, or NAME:option=value`);
    return { [spec.slice(0, eq)]: value };
  }
  if (colon === -1) return spec;
  const name = spec.slice(0, colon);
  const options: Record<string, unknown> = {};
  // Split on commas that start a new "key=" pair, so JSON values with commas survive.
  for (const part of spec.slice(colon + 1).split(/,(?=[A-Za-z_]+=)/)) {
    const i = part.indexOf('=');
    if (i <= 0) throw new UsageError(`--feature ${spec}: expected option=value, got '${part}'`);
    options[part.slice(0, i)] = parseScalar(part.slice(i + 1));
  }
  return { [name]: options };
}

function integerFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UsageError(`${flag} must be an integer, got '${value}'`);
  return n;
}

/**
 * A scenario file through the manifest schema and resolver (src/manifests): every field a manifest scenario
 * takes, models and hardware from the project's folders, the project config's fidelity, calibration and limits.
 * Problems are input errors at the file's line and column.
 */
function readScenario(file: string, io: CliIO, configPath: string | undefined): Scenario {
  const project = loadProjectConfig({ cwd: io.cwd, configPath });
  const abs = path.resolve(io.cwd, file);
  const inside = path.relative(project.root, abs);
  const outside = inside.startsWith('..') || path.isAbsolute(inside);
  // A file outside the project is read as its own project (its folder is the root; no project settings).
  const root = outside ? path.dirname(abs) : project.root;
  const loaded = loadScenarioFile({
    root,
    file: (outside ? path.basename(abs) : inside).split(path.sep).join('/'),
    ...(outside
      ? {}
      : {
          modelsDir: project.modelsDir,
          hardwareDir: project.hardwareDir,
          fidelity: project.fidelity,
          limits: project.limits,
          calibration: project.calibration,
        }),
    hub: { cacheDir: hubEnv(io.env as NodeJS.ProcessEnv).cacheDir, failures: new Map() },
  });
  if (loaded.errors.length > 0)
    throw new UserError(loaded.errors, { headline: `${loaded.errors.length} problem${loaded.errors.length === 1 ? '' : 's'} in ${file}` });
  if (loaded.scenarios.length !== 1) {
    throw new UsageError(
      `--scenario ${file}: its matrix makes ${loaded.scenarios.length} scenarios and genz simulate runs one; run the sweep with a manifest and 'genz run'`,
    );
  }
  return loaded.scenarios[0];
}

/** The limits `genz simulate` holds a scenario to: the project's (genz.config.yaml in the folder) or the defaults. */
function simulateLimits(cwd: string, configPath: string | undefined): Limits {
  try {
    return loadProjectConfig({ cwd, configPath }).limits;
  } catch {
    return DEFAULT_LIMITS;
  }
}

export function simulateCommand(argv: string[], io: CliIO): number {
  const { values } = parseFlags(
    argv,
    {
      model: { type: 'string' },
      hardware: { type: 'string' },
      precision: { type: 'string' },
      efficiency: { type: 'string' },
      fidelity: { type: 'string' },
      tp: { type: 'string' },
      pp: { type: 'string' },
      ep: { type: 'string' },
      batch: { type: 'string' },
      'input-tokens': { type: 'string' },
      'output-tokens': { type: 'string' },
      beam: { type: 'string' },
      feature: { type: 'string', multiple: true },
      scenario: { type: 'string' },
      config: { type: 'string' },
      engine: { type: 'string' },
      calibration: { type: 'string' },
      json: { type: 'boolean', default: false },
      operators: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    'simulate',
  );
  if (values.help) {
    io.stdout(SIMULATE_USAGE);
    return EXIT_OK;
  }
  let config: SimulationConfig;
  let scenario: Scenario | null = null;
  const limits = simulateLimits(io.cwd, values.config);
  const usingFlags = [
    'model',
    'hardware',
    'precision',
    'efficiency',
    'fidelity',
    'tp',
    'pp',
    'ep',
    'batch',
    'input-tokens',
    'output-tokens',
    'beam',
    'feature',
  ].filter((k) => values[k as keyof typeof values] !== undefined);
  if (values.scenario) {
    if (usingFlags.length > 0) throw new UsageError(`--scenario cannot be combined with --${usingFlags[0]}`);
    scenario = readScenario(values.scenario, io, values.config);
    config = { ...scenario.config };
  } else {
    if (!values.model) throw new UsageError('--model is required (or --scenario FILE)');
    if (!values.hardware) throw new UsageError('--hardware is required (or --scenario FILE)');
    const efficiency = values.efficiency === undefined ? undefined : Number(values.efficiency);
    config = {
      model: values.model,
      hardware: values.hardware,
      precision: values.precision,
      efficiency,
      fidelity: values.fidelity as SimulationConfig['fidelity'],
      parallelism: { tensor: integerFlag(values.tp, '--tp'), pipeline: integerFlag(values.pp, '--pp'), expert: integerFlag(values.ep, '--ep') },
      workload: {
        batch: integerFlag(values.batch, '--batch'),
        input_tokens: integerFlag(values['input-tokens'], '--input-tokens'),
        output_tokens: integerFlag(values['output-tokens'], '--output-tokens'),
        beam: integerFlag(values.beam, '--beam'),
      },
      features: (values.feature ?? []).map(parseFeatureFlag),
    };
  }
  if (values.engine !== undefined) config.engine = values.engine;
  if (values.calibration === undefined && config.calibration === undefined) config.calibration = 'builtin';
  if (values.calibration !== undefined) {
    const set = loadCalibrationArg(values.calibration, io.cwd);
    config.calibration = set === null ? 'none' : values.calibration === 'builtin' ? 'builtin' : { path: values.calibration, profiles: set };
  }
  // The bounds of src/limits.ts before any work (a scenario file had them checked by the manifest loader).
  const over = scenario ? [] : simulationBoundIssues(config as unknown as Record<string, unknown>, limits);
  if (over.length > 0) {
    for (const issue of over) {
      const field = formatPath(issue.segments);
      const flag = FLAG_OF_FIELD[field] ?? (field.startsWith('features') ? '--feature' : field);
      io.stderr(`genz simulate: ${flag === field ? flag : `${flag} (${field})`}: ${oneLine(issue.message)}\n`);
    }
    return EXIT_USAGE;
  }
  let result: SimulationResult;
  try {
    result = simulate(config, { operators: values.operators });
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    for (const issue of e.issues) {
      const flag = scenario ? issue.field : (FLAG_OF_FIELD[issue.field] ?? (issue.field.startsWith('features') ? '--feature' : issue.field));
      const where = scenario ? `${scenario.manifest}:${scenario.line}:${scenario.column}: ${flag}` : flag === issue.field ? flag : `${flag} (${issue.field})`;
      io.stderr(`genz simulate: ${where}: ${issue.message}\n`);
    }
    return EXIT_USAGE;
  }
  if (values.json) io.stdout(JSON.stringify(result) + '\n');
  else {
    const text = renderSimulation(result);
    io.stdout(
      (text.endsWith('\n') ? text : `${text}\n`) +
        (scenario?.slo && result.metrics ? renderSlo(checkSlo(result.metrics, scenario.slo, result.calibration?.bands)) : ''),
    );
  }
  if (result.status === 'error') {
    if (!values.json) io.stderr(`genz simulate: ${result.error!.message}\n`);
    return EXIT_FAIL;
  }
  return EXIT_OK;
}

/** The scenario's SLO budgets against this run: one line each. */
export function renderSlo(checks: readonly SloCheck[]): string {
  if (checks.length === 0) return '';
  const lines = checks.map((c) =>
    c.status === 'violated'
      ? `  VIOLATED ${describeViolation(c)}`
      : `  ok       ${describeBudget(c)}${c.status === 'not_applicable' ? ' (not measured in this mode)' : ''}`,
  );
  return `\nSLO budgets:\n${lines.join('\n')}\n`;
}

export function renderSimulation(r: SimulationResult): string {
  const c = r.config;
  const features = [
    c.features.lora ? `lora(r=${c.features.lora.rank}, ${c.features.lora.strategy}, ${c.features.lora.targets.join('+')})` : null,
    c.features.flash_attention.enabled ? null : 'flash_attention=off',
    c.features.memory_offload ? 'memory_offload' : null,
    c.features.speculative_decode
      ? `speculative_decode(${c.features.speculative_decode.draft_model.name}, p=${c.features.speculative_decode.acceptance_rate}, n=${c.features.speculative_decode.parallel_tokens})`
      : null,
  ].filter(Boolean);
  const tp = c.tensor_precision;
  const prec =
    tp === null || (tp.weights === tp.activations && tp.expert_weights === tp.weights && tp.kv_cache === tp.weights)
      ? c.precision
      : `weights ${tp.weights}${tp.expert_weights !== tp.weights ? ` (experts ${tp.expert_weights})` : ''}, activations ${tp.activations}, KV ${tp.kv_cache}`;
  let out = `${c.model.name} on ${c.hardware.name}, ${prec}, TP${c.parallelism.tensor} PP${c.parallelism.pipeline} EP${c.parallelism.expert}, fidelity ${c.fidelity}\n`;
  const f = r.model_figures;
  out += `model: ${(f.total_params / 1e9).toFixed(2)}B parameters (${(f.active_params / 1e9).toFixed(2)}B active per token), weights ${(f.weight_bytes / 2 ** 30).toFixed(2)} GiB, KV cache ${(f.kv_cache_bytes / 2 ** 30).toFixed(3)} GiB at ${f.kv_cache_context} tokens × ${f.kv_cache_sequences}\n`;
  out += `mode ${r.mode}: batch ${c.workload.batch}, ${c.workload.input_tokens} input tokens, ${c.workload.output_tokens} output tokens, beam ${c.workload.beam}`;
  out += features.length ? `; ${features.join(', ')}\n\n` : '\n\n';
  if (r.status === 'error') return out + `cannot run: ${r.error!.message}\n` + r.notes.map((n) => `note: ${n}\n`).join('');
  const bands = r.calibration?.bands ?? {};
  const serving = new Set<string>(SERVING_METRIC_KEYS);
  const rows = METRICS.filter((m) => !serving.has(m.key)).map((m) => [
    m.label,
    formatMetric(m.key, r.metrics![m.key]),
    r.metrics![m.key] === null ? '' : formatBand(bands[m.key]),
    m.primary ? 'primary' : '',
  ]);
  out += renderTable([{ header: 'metric' }, { header: 'value', align: 'right' }, { header: 'band', align: 'right' }, { header: '' }], rows);
  if (r.serving) out += `\n${renderServing(r)}`;
  out += r.calibration
    ? `\ncalibrated: profile ${plainText(r.calibration.profile)} (${plainText(r.calibration.source)} ${r.calibration.id}); bands are the 90th percentile of cross-validated error`
    : '\nraw roofline (calibration: none)';
  for (const note of r.notes) out += `\nnote: ${note}`;
  return r.notes.length ? out + '\n' : out;
}

/** The serving table of a serving scenario: percentiles of TTFT, TPOT, ITL and E2E, then the rates (docs/serving.md). */
export function renderServing(r: SimulationResult): string {
  const m = r.metrics!;
  const s = r.serving!;
  const cfg = r.config.serving!;
  const a = cfg.arrival;
  const arrival =
    a.kind === 'poisson'
      ? `Poisson ${a.rate_qps} req/s`
      : a.kind === 'concurrency'
        ? `closed loop, ${a.concurrency} clients`
        : a.kind === 'burst'
          ? 'all at t = 0'
          : `trace ${plainText(a.path)}`;
  let out = `serving: ${s.requests} requests, ${arrival}, seed ${cfg.seed}; ${s.iterations} iterations over ${s.duration_s.toFixed(1)} s; KV cache ${s.kv_blocks ?? 'unbounded'} blocks of ${cfg.scheduler.block_size} tokens\n`;
  const ms = (v: number | null): string => (v === null ? '—' : v.toFixed(2));
  const rows = (['ttft', 'tpot', 'itl', 'e2e'] as const).map((k) => [
    k.toUpperCase(),
    ...(['mean', 'p50', 'p90', 'p99'] as const).map((st) => ms(m[`${k}_${st}_ms` as keyof typeof m] as number | null)),
  ]);
  out += renderTable(
    [
      { header: 'latency (ms)' },
      { header: 'mean', align: 'right' },
      { header: 'p50', align: 'right' },
      { header: 'p90', align: 'right' },
      { header: 'p99', align: 'right' },
    ],
    rows,
  );
  const rate = (k: 'request_throughput_rps' | 'output_throughput_tps' | 'goodput_rps' | 'kv_utilization' | 'preemptions' | 'max_rate_qps'): string =>
    m[k] === null ? 'n/a' : formatNumber(m[k] as number);
  out += `\nrequest throughput ${rate('request_throughput_rps')} req/s, output ${rate('output_throughput_tps')} tokens/s, goodput ${rate('goodput_rps')} req/s`;
  out += `\nKV utilisation ${m.kv_utilization === null ? 'n/a' : `${(m.kv_utilization * 100).toFixed(1)}%`}, preemptions ${rate('preemptions')}, max rate within SLO ${m.max_rate_qps === null ? '— (no percentile SLO)' : `${rate('max_rate_qps')} req/s`}\n`;
  return out;
}
