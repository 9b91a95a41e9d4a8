/**
 * `genz calibrate` (fit profiles from measurements, print their cross-validated error) and
 * `genz accuracy` (simulate measured rows with a calibration, print predicted vs measured).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type AccuracyReport, accuracy, stat } from '../calibration/accuracy.js';
import { inflightAccuracy, inflightText } from '../serving/inflight.js';
import { builtinProfiles } from '../calibration/builtin.js';
import { calibrate } from '../calibration/calibrate.js';
import { type Measurement, MeasurementFormatError, type MeasurementSettings, parseMeasurements } from '../calibration/measurements.js';
import { isNvidia } from '../calibration/names.js';
import { type ProfileSet, parseProfiles, serializeProfiles } from '../calibration/profile.js';
import { plainText as escapeTerminal } from '../report/escape.js';
import { parseFlags } from './args.js';
import { type CliIO, EXIT_FAIL, EXIT_OK, EXIT_USAGE, UsageError } from './io.js';
import { renderTable as renderColumns } from './table.js';

/** A table whose first column is left-aligned and the others right-aligned. */
function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return renderColumns(
    headers.map((header, i) => ({ header, align: i === 0 ? 'left' : 'right' })),
    rows,
  );
}

const SETTINGS_FLAGS = `  --model NAME --hardware NAME --engine ENGINE --precision P --tp N --batch N
  --input-tokens N --output-tokens N
                          settings for benchmark JSON that lacks them (vLLM benchmark_latency /
                          benchmark_serving); a file FILE.settings.json or FILE.settings.yaml beside
                          a measurement file gives them too (flags win)`;

export const CALIBRATE_USAGE = `Usage: genz calibrate --measurements FILE... --out PROFILE [settings flags]

  --measurements FILE...  measurement files: the Argonne or TensorRT-LLM JSONL of data/measured/, the
                          generic JSONL (docs/calibration.md), or vLLM benchmark JSON
  --out PROFILE           where to write the profile file (JSON; reference it with calibration: PROFILE)
${SETTINGS_FLAGS}

Fits a profile per hardware × engine × precision and a generic one, prints the leave-one-group-out
cross-validated error of every group (model × hardware × engine × TP) and writes the profile file.
`;

export const ACCURACY_USAGE = `Usage: genz accuracy --measurements FILE... [--calibration builtin|none|PROFILE] [--json] [--fail-above PCT]

  --measurements FILE...  measurement files (as for genz calibrate)
  --calibration C         builtin (default), none (the raw roofline), or a profile file
  --json                  print {rows, skipped, mape, gmr, groups} as one JSON object
  --fail-above PCT        exit 1 when the overall MAPE exceeds PCT percent
  --skip-serving          do not simulate the in-flight ("max throughput") rows as serving runs
${SETTINGS_FLAGS}
`;

const settingsOptions = {
  model: { type: 'string' },
  hardware: { type: 'string' },
  engine: { type: 'string' },
  precision: { type: 'string' },
  tp: { type: 'string' },
  batch: { type: 'string' },
  'input-tokens': { type: 'string' },
  'output-tokens': { type: 'string' },
} as const;

function intFlag(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be an integer >= 1, got '${v}'`);
  return n;
}

function flagSettings(values: Record<string, string | boolean | string[] | undefined>): MeasurementSettings {
  const s: MeasurementSettings = {};
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  if (str('model')) s.model = str('model');
  if (str('hardware')) s.hardware = str('hardware');
  if (str('engine')) s.engine = str('engine');
  if (str('precision')) s.precision = str('precision');
  const tp = intFlag(str('tp'), '--tp');
  if (tp !== undefined) s.tp = tp;
  const batch = intFlag(str('batch'), '--batch');
  if (batch !== undefined) s.batch = batch;
  const i = intFlag(str('input-tokens'), '--input-tokens');
  if (i !== undefined) s.input_tokens = i;
  const o = intFlag(str('output-tokens'), '--output-tokens');
  if (o !== undefined) s.output_tokens = o;
  return s;
}

/** Settings from FILE.settings.json / .yaml / .yml beside a measurement file, if one exists. */
function besideSettings(file: string): MeasurementSettings {
  const base = file.replace(/\.(jsonl|json)$/i, '');
  for (const ext of ['.settings.json', '.settings.yaml', '.settings.yml']) {
    const p = base + ext;
    if (fs.existsSync(p)) {
      const text = fs.readFileSync(p, 'utf8');
      const v = ext === '.settings.json' ? JSON.parse(text) : parseYaml(text);
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UsageError(`${p}: expected an object of settings`);
      return v as MeasurementSettings;
    }
  }
  return {};
}

/** Reads every measurement file; an unreadable or malformed file is a usage error (exit 2). */
function readMeasurements(files: readonly string[], cwd: string, flags: MeasurementSettings): { measurements: Measurement[]; names: string[] } {
  if (files.length === 0) throw new UsageError('--measurements needs at least one file');
  const measurements: Measurement[] = [];
  const names: string[] = [];
  for (const f of files) {
    const abs = path.resolve(cwd, f);
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read measurement file '${f}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const name = path.basename(f);
    names.push(name);
    try {
      measurements.push(...parseMeasurements(text, name, { ...besideSettings(abs), ...flags }));
    } catch (e) {
      if (e instanceof MeasurementFormatError || e instanceof SyntaxError) throw new UsageError(e.message);
      throw e;
    }
  }
  return { measurements, names };
}

function measurementFiles(values: { measurements?: string[] }, positionals: string[]): string[] {
  return [...(values.measurements ?? []), ...positionals];
}

const pct = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)}%` : '–');

export function calibrateCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseFlags(
    argv,
    { measurements: { type: 'string', multiple: true }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...settingsOptions },
    'calibrate',
    true,
  );
  if (values.help) {
    io.stdout(CALIBRATE_USAGE);
    return EXIT_OK;
  }
  if (!values.out) throw new UsageError('--out PROFILE is required');
  const { measurements, names } = readMeasurements(measurementFiles(values, positionals), io.cwd, flagSettings(values));
  const run = calibrate(measurements, [...names].sort().join(', '));
  if (run.used.length === 0) {
    io.stderr('genz calibrate: no usable measurement (every row was skipped; run genz accuracy to see why)\n');
    return EXIT_USAGE;
  }
  // Cross-validated error per group, then per profile and overall.
  const groups = new Map<string, typeof run.cv>();
  for (const c of run.cv) {
    if (!groups.has(c.group)) groups.set(c.group, []);
    groups.get(c.group)!.push(c);
  }
  const e2eOf = (cs: typeof run.cv) => cs.flatMap((c) => (c.e2e ? [c.e2e] : []));
  const ttftOf = (cs: typeof run.cv) => cs.flatMap((c) => (c.ttft ? [c.ttft] : []));
  const table = [...groups].map(([g, cs]) => {
    const e = stat(e2eOf(cs));
    const t = stat(ttftOf(cs));
    return [escapeTerminal(g), cs[0].via, String(cs.length), e.rows ? pct(e.mape) : '–', t.rows ? pct(t.mape) : '–'];
  });
  io.stdout(`Leave-one-group-out cross-validation (each group predicted by fits made without it)\n\n`);
  io.stdout(renderTable(['Group (model|hardware|engine|TP)', 'Predicted by', 'Rows', 'E2E MAPE', 'TTFT MAPE'], table));
  const summary: string[][] = [];
  const add = (label: string, cs: typeof run.cv): void => {
    const e = stat(e2eOf(cs));
    const t = stat(ttftOf(cs));
    summary.push([label, String(e.rows), pct(e.mape), e.rows ? e.gmr.toFixed(3) : '–', String(t.rows), pct(t.mape)]);
  };
  for (const k of Object.keys(run.profiles.profiles).sort())
    add(
      escapeTerminal(k),
      run.cv.filter((c) => c.profile === k),
    );
  add(
    'NVIDIA',
    run.cv.filter((c) => isNvidia(c.row.m.preset!)),
  );
  add('all', run.cv);
  io.stdout(`\n`);
  io.stdout(renderTable(['Profile', 'E2E rows', 'E2E MAPE', 'E2E GMR', 'TTFT rows', 'TTFT MAPE'], summary));
  io.stdout(`\n${run.used.length} rows used, ${run.skipped.length} skipped (genz accuracy lists them with reasons).\n`);
  const out = path.resolve(io.cwd, values.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, serializeProfiles(run.profiles));
  io.stderr(`wrote ${values.out}\n`);
  return EXIT_OK;
}

/** `builtin`, `none`, or a profile file (relative to cwd). */
export function loadCalibrationArg(value: string | undefined, cwd: string): ProfileSet | null {
  if (value === undefined || value === 'builtin') return builtinProfiles();
  if (value === 'none') return null;
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, value), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read calibration profile '${value}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseProfiles(text);
  } catch (e) {
    throw new UsageError(`calibration profile '${value}': ${(e as Error).message}`);
  }
}

export function accuracyJson(r: AccuracyReport): string {
  const groups = Object.fromEntries(Object.entries(r.groups).map(([k, s]) => [k, { rows: s.rows, mape: s.mape, gmr: s.gmr }]));
  return `${JSON.stringify({ rows: r.overall.rows, skipped: r.skipped.length, mape: r.overall.mape, gmr: r.overall.gmr, groups })}\n`;
}

export function accuracyText(r: AccuracyReport, label: string): string {
  const row = (k: string, s: { rows: number; mape: number; gmr: number }): string[] => [escapeTerminal(k), String(s.rows), pct(s.mape), s.gmr.toFixed(3)];
  const parts: string[] = [];
  parts.push(`Calibration: ${label}\n\n`);
  parts.push(renderTable(['', 'Rows', 'MAPE', 'GMR'], [row('all', r.overall), ...(r.ttft ? [row('TTFT (rows that measure it)', r.ttft)] : [])]));
  parts.push(`\nPer hardware × engine\n`);
  parts.push(
    renderTable(
      ['Hardware|engine', 'Rows', 'MAPE', 'GMR'],
      Object.entries(r.groups).map(([k, s]) => row(k, s)),
    ),
  );
  parts.push(`\nPer TP degree\n`);
  parts.push(
    renderTable(
      ['TP', 'Rows', 'MAPE', 'GMR'],
      Object.entries(r.byTp).map(([k, s]) => row(k, s)),
    ),
  );
  parts.push(`\nPer model\n`);
  parts.push(
    renderTable(
      ['Model', 'Rows', 'MAPE', 'GMR'],
      Object.entries(r.byModel).map(([k, s]) => row(k, s)),
    ),
  );
  if (r.skipped.length > 0) {
    const reasons = new Map<string, string[]>();
    for (const s of r.skipped) {
      if (!reasons.has(s.reason)) reasons.set(s.reason, []);
      reasons.get(s.reason)!.push(s.source);
    }
    parts.push(`\nSkipped ${r.skipped.length} rows\n`);
    parts.push(
      renderTable(
        ['Reason', 'Rows', 'First'],
        [...reasons].map(([reason, srcs]) => [escapeTerminal(reason), String(srcs.length), escapeTerminal(srcs[0])]),
      ),
    );
  }
  parts.push(
    `\nMAPE: mean |predicted / measured − 1|; GMR: geometric mean of predicted / measured. A row's figure is its E2E latency when measured, else its TTFT.\n`,
  );
  return parts.join('');
}

export function accuracyCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseFlags(
    argv,
    {
      measurements: { type: 'string', multiple: true },
      calibration: { type: 'string' },
      json: { type: 'boolean' },
      'fail-above': { type: 'string' },
      'skip-serving': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...settingsOptions,
    },
    'accuracy',
    true,
  );
  if (values.help) {
    io.stdout(ACCURACY_USAGE);
    return EXIT_OK;
  }
  let failAbove: number | undefined;
  if (values['fail-above'] !== undefined) {
    failAbove = Number(values['fail-above'].replace(/%$/, ''));
    if (!Number.isFinite(failAbove) || failAbove < 0) throw new UsageError(`--fail-above must be a percentage >= 0, got '${values['fail-above']}'`);
  }
  const set = loadCalibrationArg(values.calibration, io.cwd);
  const { measurements } = readMeasurements(measurementFiles(values, positionals), io.cwd, flagSettings(values));
  const report = accuracy(measurements, set);
  io.stdout(values.json ? accuracyJson(report) : accuracyText(report, values.calibration ?? 'builtin'));
  // In-flight rows (docs/serving.md "Accuracy"): simulated by the serving simulator, their own table.
  if (!values.json && !values['skip-serving'] && measurements.some((m) => m.inflight !== undefined)) {
    const inflight = inflightAccuracy(measurements, set, (i, n) => {
      if (i % 50 === 0) io.stderr(`simulating in-flight rows: ${i}/${n}\n`);
    });
    io.stdout(inflightText(inflight, values.calibration ?? 'builtin', (h, rows) => renderTable(h, rows), escapeTerminal));
  }
  if (report.overall.rows === 0) {
    io.stderr('genz accuracy: no usable measurement row\n');
    return EXIT_USAGE;
  }
  if (failAbove !== undefined && report.overall.mape > failAbove) {
    io.stderr(`genz accuracy: MAPE ${report.overall.mape.toFixed(2)}% exceeds --fail-above ${failAbove}%\n`);
    return EXIT_FAIL;
  }
  return EXIT_OK;
}
