/**
 * report.json on disk: the RunReport in a compact, lossless encoding (contract.ts `RunReportFile`), so a run of
 * 100,000 scenarios stays tens of megabytes instead of a gigabyte. In memory every reader sees the plain RunReport:
 * `encodeRunReport` is applied when the file is written, `decodeRunReport` when it is read (mode: post, mode: merge),
 * before validation. A report without `encoding` (plain, or written by an older version) decodes to itself.
 *
 * The encoding, scenario by scenario, in order (each one relative to the decoded scenario before it;
 * `classification` is always written):
 * - `id` as "i": [n, rest] (the previous id's first n characters, then the rest) when they share 16 or more;
 * - a field whose value equals the previous scenario's is left out; a field the previous one has and this one
 *   lacks is listed under "-";
 * - `baselineFingerprint` / `baselineSimulator` are left out when equal to the current ones (key "=": 1);
 * - `reproduce` is left out when it is the previous scenario's command with the previous id replaced by this one
 *   (key "r": 1);
 * - `current` metrics with the same keys as the previous scenario's are written as a list of values ("cur"),
 *   trailing nulls left out (a static scenario's serving metrics);
 * - the metric rows of a scenario whose every metric is equal (baseline = current) are a reference ("m") to a
 *   shared row shape in `metricRows` (everything but the values; the values are the scenario's `current`).
 * The writer checks each scenario decodes back to an equal value and writes it in full (no "~") when it would not.
 */
import type { MetricDiff } from '../baselines/diff.js';
import type { MetricValue } from '../baselines/file.js';
import type { CompactScenario, MetricRowShape, RunReport, RunReportFile, ScenarioReport } from './contract.js';
import { RUN_REPORT_ENCODING } from './contract.js';

type Json = Record<string, unknown>;

/** Deep equality of JSON data (key order ignored). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !same((a as Json)[k], (b as Json)[k])) return false;
  }
  return true;
}

const SHAPE_KEYS = ['key', 'label', 'unit', 'direction', 'primary', 'kind', 'tolerance', 'verdict'] as const;

/** A metric row without its values (what equal rows of many scenarios share). */
export function shapeOf(m: MetricDiff): MetricRowShape {
  return { key: m.key, label: m.label, unit: m.unit, direction: m.direction, primary: m.primary, kind: m.kind, tolerance: m.tolerance, verdict: m.verdict };
}

/** Whether `rows` have exactly the shape `shape` (the fields shapeOf keeps, equal as JSON data). */
export function sameShape(shape: readonly MetricRowShape[], rows: readonly MetricDiff[]): boolean {
  if (shape.length !== rows.length) return false;
  for (let i = 0; i < rows.length; i++) {
    const a = shape[i];
    const b = rows[i];
    if (
      a.key !== b.key ||
      a.label !== b.label ||
      a.unit !== b.unit ||
      a.direction !== b.direction ||
      a.primary !== b.primary ||
      a.kind !== b.kind ||
      a.verdict !== b.verdict ||
      !same(a.tolerance, b.tolerance)
    )
      return false;
  }
  return true;
}

/** The metric row of a value equal in baseline and current (what baselines/diff computes for it). */
/** The row of `shape` whose baseline and current value are both `v` (an equal row). */
export function rowOf(shape: MetricRowShape, v: MetricValue): MetricDiff {
  const numeric = typeof v === 'number';
  return {
    key: shape.key,
    label: shape.label,
    unit: shape.unit,
    direction: shape.direction,
    primary: shape.primary,
    kind: shape.kind,
    baseline: v,
    current: v,
    delta: numeric ? 0 : null,
    relDelta: numeric && v !== 0 ? 0 : null,
    tolerance: shape.tolerance,
    verdict: shape.verdict,
  };
}

/** Whether `rowOf(shapeOf(m), current[m.key])` gives `m` back: an equal row whose value is the scenario's current one. */
export function rebuilds(m: MetricDiff, current: Json): boolean {
  const v = m.current;
  const numeric = typeof v === 'number';
  return (
    m.verdict === 'equal' &&
    Object.is(m.baseline, v) &&
    Object.is(current[m.key], v) &&
    m.delta === (numeric ? 0 : null) &&
    Object.is(m.relDelta, numeric && v !== 0 ? 0 : null)
  );
}

function replaceOnce(text: string, from: string, to: string): string | null {
  const at = text.indexOf(from);
  if (at < 0 || from.length === 0 || text.indexOf(from, at + 1) >= 0) return null;
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Encoder/decoder state shared by both directions: the previous decoded scenario and the row shapes. */
class Codec {
  prev: Json | null = null;
  /** The shape index the encoder used last (-1: none). */
  lastShape = -1;
  constructor(readonly shapes: MetricRowShape[][]) {}

  decode(entry: Json): Json {
    if (entry['~'] !== 1) return entry;
    const prev = this.prev ?? {};
    const out: Json = {};
    for (const k of Object.keys(prev)) out[k] = prev[k];
    const gone = Array.isArray(entry['-']) ? (entry['-'] as unknown[]) : [];
    for (const k of gone) if (typeof k === 'string') delete out[k];
    for (const k of Object.keys(entry)) {
      if (k === '~' || k === '-' || k === '=' || k === 'r' || k === 'm' || k === 'cur' || k === 'i') continue;
      out[k] = entry[k];
    }
    if (Array.isArray(entry.i) && typeof prev.id === 'string' && typeof entry.i[0] === 'number' && typeof entry.i[1] === 'string') {
      out.id = prev.id.slice(0, entry.i[0]) + entry.i[1];
    }
    if (entry.cur !== undefined) {
      const keys = prev.current && typeof prev.current === 'object' ? Object.keys(prev.current as Json) : [];
      const values = Array.isArray(entry.cur) ? entry.cur : [];
      const current: Json = {};
      // Trailing nulls are left out by the writer (the serving metrics of a static scenario).
      keys.forEach((k, i) => {
        current[k] = i < values.length ? values[i] : null;
      });
      out.current = current;
    }
    if (entry['='] === 1) {
      out.baselineFingerprint = out.currentFingerprint;
      out.baselineSimulator = out.currentSimulator;
    }
    if (entry.r === 1 && typeof prev.reproduce === 'string' && typeof prev.id === 'string' && typeof out.id === 'string') {
      out.reproduce = replaceOnce(prev.reproduce, prev.id, out.id);
    }
    if (entry.m !== undefined) {
      const shape = typeof entry.m === 'number' ? this.shapes[entry.m] : undefined;
      const current = (out.current ?? {}) as Json;
      // An unknown shape index leaves metrics out: validation then names the field.
      if (shape) out.metrics = shape.map((s) => rowOf(s, (current[s.key] ?? null) as MetricValue));
      else delete out.metrics;
    }
    return out;
  }

  encode(s: ScenarioReport, shapeIndex: Map<string, number>): Json {
    const full = s as unknown as Json;
    const prev = this.prev;
    if (prev === null) return full;
    // The id as the previous one's first n characters and the rest (matrix ids share long prefixes).
    let n = 0;
    const prevId = typeof prev.id === 'string' ? prev.id : '';
    while (n < prevId.length && n < s.id.length && prevId.charCodeAt(n) === s.id.charCodeAt(n)) n++;
    // Not inside a surrogate pair, so both parts stay well-formed text.
    if (n > 0 && n < s.id.length && s.id.charCodeAt(n) >= 0xdc00 && s.id.charCodeAt(n) <= 0xdfff) n--;
    const entry: Json = n >= 16 ? { '~': 1, i: [n, s.id.slice(n)] } : { '~': 1, id: s.id };
    const gone = Object.keys(prev).filter((k) => !Object.hasOwn(full, k));
    if (gone.length > 0) entry['-'] = gone;
    // id and classification are always written, so a reader skimming the file sees every scenario's outcome.
    const derived = new Set(['id', 'classification']);
    entry.classification = s.classification;
    if (s.baselineFingerprint === s.currentFingerprint && s.baselineSimulator === s.currentSimulator && s.currentFingerprint !== null) {
      entry['='] = 1;
      derived.add('baselineFingerprint').add('baselineSimulator');
    }
    if (typeof prev.reproduce === 'string' && typeof prev.id === 'string' && replaceOnce(prev.reproduce, prev.id, s.id) === s.reproduce) {
      entry.r = 1;
      derived.add('reproduce');
    }
    // Read once: an unchanged report of the pipeline builds its rows anew on every read of `metrics`.
    const metrics = s.metrics;
    const allEqual = metrics.length > 0 && s.current !== null && metrics.every((m) => rebuilds(m, s.current as Json));
    if (allEqual) {
      // Most scenarios of a sweep share the previous one's shape: compared field by field, not serialised.
      let index = this.lastShape >= 0 && sameShape(this.shapes[this.lastShape], metrics) ? this.lastShape : undefined;
      if (index === undefined) {
        const shape = metrics.map(shapeOf);
        const key = JSON.stringify(shape);
        index = shapeIndex.get(key);
        if (index === undefined) {
          index = this.shapes.length;
          this.shapes.push(shape);
          shapeIndex.set(key, index);
        }
      }
      this.lastShape = index;
      entry.m = index;
      derived.add('metrics');
    }
    for (const k of Object.keys(full)) {
      if (derived.has(k) || (Object.hasOwn(prev, k) && same(full[k], prev[k]))) continue;
      if (k === 'current' && s.current !== null && prev.current && typeof prev.current === 'object') {
        const keys = Object.keys(prev.current as Json);
        const own = Object.keys(s.current);
        if (keys.length === own.length && keys.every((key, i) => own[i] === key)) {
          const cur = keys.map((key) => (s.current as Json)[key]);
          while (cur.length > 0 && cur[cur.length - 1] === null) cur.pop();
          entry.cur = cur;
          continue;
        }
      }
      entry[k] = full[k];
    }
    return entry;
  }
}

/**
 * The file form of a report: every scenario encoded against the one before it. Each rule of the encoding applies
 * only where its condition was checked on the values themselves (a left-out field is deep-equal to the previous
 * scenario's, a metric row is rebuilt from its shape and value only when {@link rebuilds} says it comes back
 * equal), so decoding gives every scenario back without a decode here. With `verify` (the tests), each scenario is
 * also decoded and compared, and an entry that would not come back equal throws.
 */
export function encodeRunReport(report: RunReport, opts: { verify?: boolean } = {}): RunReportFile {
  const codec = new Codec([]);
  const scenarios = [...encodedScenarios(report, codec, opts)];
  const { scenarios: _all, ...rest } = report;
  return { ...rest, encoding: RUN_REPORT_ENCODING, metricRows: codec.shapes, scenarios };
}

/** The report's scenarios encoded one by one, each against the one before it (`codec` collects the row shapes). */
function* encodedScenarios(report: RunReport, codec: Codec, opts: { verify?: boolean }): Generator<ScenarioReport | CompactScenario> {
  const shapeIndex = new Map<string, number>();
  for (const s of report.scenarios) {
    const entry = codec.encode(s, shapeIndex);
    if (opts.verify && entry !== (s as unknown as Json) && !same(codec.decode(entry), s)) {
      throw new Error(`report.json encoding: scenario ${JSON.stringify(s.id)} would not decode back to itself`);
    }
    yield entry as unknown as ScenarioReport | CompactScenario;
    codec.prev = s as unknown as Json;
  }
}

/**
 * The RunReport data of a parsed report file (untrusted: the result still goes through validation). Plain reports
 * are returned as they are; anything malformed in the encoding decodes to something validation refuses.
 */
export function decodeRunReport(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const file = data as Json;
  if (file.encoding === undefined) return data;
  if (file.encoding !== RUN_REPORT_ENCODING) return { ...file, schema: `${String(file.schema)} (unknown encoding ${JSON.stringify(file.encoding)})` };
  const shapes = Array.isArray(file.metricRows)
    ? (file.metricRows as unknown[]).map((rows) =>
        Array.isArray(rows) ? rows.filter((r): r is MetricRowShape => typeof r === 'object' && r !== null && SHAPE_KEYS.every((k) => k in r)) : [],
      )
    : [];
  const codec = new Codec(shapes);
  const { encoding: _e, metricRows: _m, ...rest } = file;
  if (!Array.isArray(file.scenarios)) return rest;
  const scenarios = (file.scenarios as unknown[]).map((entry) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      codec.prev = null;
      return entry;
    }
    const decoded = codec.decode(entry as Json);
    codec.prev = decoded;
    return decoded;
  });
  return { ...rest, scenarios };
}

/**
 * report.json's text, in pieces: the encoded report, one scenario per line (a readable diff of two runs),
 * everything else indented as before. Each scenario is encoded and written as it comes, and the metric row shapes
 * the encoding found follow the scenarios (key order means nothing to a reader): a 100,000-scenario run holds
 * neither the encoded scenarios nor a 50 MB string at once.
 */
export function* runReportFileChunks(report: RunReport, opts: { verify?: boolean } = {}): Generator<string> {
  const { scenarios: _all, ...rest } = report;
  const top = JSON.stringify({ ...rest, encoding: RUN_REPORT_ENCODING, scenarios: [], metricRows: [] }, null, 2);
  const SCENARIOS = '"scenarios": []';
  const ROWS = '"metricRows": []';
  const at = top.lastIndexOf(SCENARIOS);
  const rowsAt = top.lastIndexOf(ROWS);
  yield `${top.slice(0, at)}"scenarios": [`;
  const codec = new Codec([]);
  let first = true;
  for (const entry of encodedScenarios(report, codec, opts)) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(entry)}`;
    first = false;
  }
  yield first ? ']' : '\n  ]';
  const shapes = codec.shapes.length === 0 ? '[]' : `[\n${codec.shapes.map((rows) => `    ${JSON.stringify(rows)}`).join(',\n')}\n  ]`;
  yield `${top.slice(at + SCENARIOS.length, rowsAt)}"metricRows": ${shapes}${top.slice(rowsAt + ROWS.length)}\n`;
}

/** report.json's text (see {@link runReportFileChunks}). */
export function runReportFileText(report: RunReport, opts: { verify?: boolean } = {}): string {
  let text = '';
  for (const chunk of runReportFileChunks(report, opts)) text += chunk;
  return text;
}
