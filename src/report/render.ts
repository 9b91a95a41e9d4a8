/**
 * The Markdown report (pull request comment and job summary), rendered from a RunReport with Handlebars.
 *
 * Templates are compiled with `noEscape: true` in a private Handlebars environment: Handlebars' HTML escaping
 * would mangle Markdown, so every user-provided string goes through the `md` helper (or `code` for code spans)
 * explicitly, and everything else the template prints is text produced here. The default templates are embedded
 * at build time (./templates.ts, generated from templates/*.md.hbs) so the bundled action reads no files.
 *
 * Helpers available to templates (user templates included):
 *  - `{{md text}}`                     user text as inert Markdown (HTML and Markdown specials escaped, one line);
 *  - `{{code text}}`                   user text as a code span; `table=true` inside table cells;
 *  - `{{target scenario}}`             "alias → canonical model on hardware", escaped;
 *  - `{{name resolvedName}}`           "requested → resolved" (or the name when equal), escaped;
 *  - `{{metric key value}}`            a metric value with its unit ("12.35 ms", "yes", "n/a");
 *  - `{{pct fraction}}`                a signed percentage ("+12.3%", "−4.00%");
 *  - `{{arrow metricDiff}}`            "🔴 ↑" / "🟢 ↓" (worse/better for that metric's direction), "↑" within tolerance;
 *  - `{{change metricDiff}}`           the Change cell: arrow and signed percentage, or what changed;
 *  - `{{label metricDiff}}`            the metric's label, bold when a primary metric changed;
 *  - `{{changes metricDiffs [sep]}}`   "TTFT 12.35 ms → 11.1 ms (🟢 ↓ −10.1%)" joined by sep (default `<br>`);
 *  - `{{inputs paths}}`                changed input paths as code spans;
 *  - `{{sloLimit check}}` `{{sloActual check}}` `{{headroom check}}`  SLO table cells;
 *  - `{{plural n "word" ["words"]}}`   "1 word" / "3,000 words"; `{{count n}}` "3,000";
 *  - `{{join list sep}}`               joins strings genz-action produced (does not escape);
 *  - `eq ne gt lt and or not minus`    for sub-expressions: `{{#if (eq scenario.classification "new")}}`.
 *
 * After rendering, runs of blank lines collapse to one, trailing spaces go and the text ends with one newline
 * (templates stay readable without whitespace control). A user template replaces the full and collapsed levels
 * (it sees `collapsed`); the short level always uses the embedded short template.
 */
import type Handlebars from 'handlebars';
// The runtime only: it runs the precompiled default templates. Handlebars' compiler (four times its size) is
// loaded by loadTemplateCompiler, when a project has its own template.
import HandlebarsRuntime from 'handlebars/runtime';
import type { MetricDiff, SloCheck } from '../baselines/diff.js';
import type { MetricValue } from '../baselines/file.js';
import type { MetricKey } from '../metrics/definitions.js';
import { formatBand, formatMetric, formatNumber, formatSignedPercent, NBSP } from '../metrics/format.js';
import { METRIC_BY_KEY } from '../metrics/definitions.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import {
  classificationCounts,
  compareSeverity,
  describeBudget,
  describeChange,
  describeInputChanges,
  describeWhy,
  describeName,
  describeTarget,
  describeViolation,
  formatCount,
  formatSignedMetric,
  hasAcceptedRegression,
  isChange,
  metricRows,
  plural,
  rankFlagged,
  sectionOf,
  worstRegression,
  type SectionName,
} from './model.js';
import type { ResolvedName, RunReport, ScenarioReport } from '../run-report/contract.js';
import { REPORT_TEMPLATE, SHORT_TEMPLATE } from './templates.js';
import { REPORT_TEMPLATE_SPEC, SHORT_TEMPLATE_SPEC } from './templates.precompiled.js';
import { UserMessageError } from '../errors/index.js';

// ---------------------------------------------------------------------------------------------------------------
// Public types

export interface RenderOptions {
  /** Template source text (e.g. read from the user's template file) replacing templates/report.md.hbs. */
  template?: string;
  /** Maximum length in characters (UTF-16 code units); when set, the report shrinks as {@link fitComment} does. */
  maxLength?: number;
  /**
   * The command that refreshes the baselines, shown in the footer. Default: derived from the scenarios' reproduce
   * commands (`<prefix> check … --filter …` → `<prefix> update …`), else `npx genz update`.
   */
  updateCommand?: string;
}

export type FitLevel = 'full' | 'collapsed' | 'capped' | 'short' | 'truncated';
export interface FitResult {
  markdown: string;
  level: FitLevel;
}

/** One scenario as the templates see it. */
export interface ScenarioEntry {
  scenario: ScenarioReport;
  /** Table rows: the key metrics (TTFT, TPOT, E2E, throughputs) and every other metric that changed. */
  rows: MetricDiff[];
  /** Metric rows whose verdict is neither 'equal' nor 'within'. */
  changes: MetricDiff[];
  /** Current values (the baseline's for removed scenarios), by metric key. */
  values: Partial<Record<MetricKey, MetricValue>>;
  /** Calibration bands (fraction) by metric key; empty for raw-roofline runs. */
  bands: Partial<Record<MetricKey, number>>;
  /** One line about what is wrong, plain text (short report). */
  headline: string;
  /** Changed inputs as "batch 16 → 32" (plain text; print through md). */
  inputChanges: string[];
  /** Why the primary metrics moved, one plain-text line each (print through md). */
  why: string[];
}

/** One row of the overview table of changed scenarios. Cells are text produced here (numbers and units). */
export interface OverviewRow {
  scenario: ScenarioReport;
  /** 🔴 worse, 🟢 better only, 🔧 inputs changed, 🔁 simulator changed. */
  status: string;
  /** Changed inputs, escaped Markdown joined by "; " ('—' when none). */
  inputsText: string;
  ttft: string;
  tpot: string;
  e2e: string;
  total: string;
  /** Serving scenarios (docs/serving.md): p99 TTFT, p99 TPOT, goodput and max rate cells; absent otherwise. */
  serving?: { ttftP99: string; tpotP99: string; goodput: string; maxRate: string };
}

/** One scenario with SLO budgets: its violations (if any) and the capacity within its budgets. */
export interface SloRow {
  scenario: ScenarioReport;
  /** Violated budgets, "TTFT 871.5 ms > 500 ms", text produced here. */
  missed: string[];
  /** Headroom of each violated budget, "−371.5 ms (−74.3%)". */
  headroom: string[];
  /** All budgets, "TTFT ≤ 500 ms". */
  budgets: string[];
  maxBatch: string;
  maxInput: string;
}

/** Scenarios that could not run for one cause. */
export interface ErrorGroup {
  /** "do not fit in device memory", or the (first) message: plain text, print through md. */
  title: string;
  /** What to do about it (text produced here), '' when we know nothing better than the message. */
  fix: string;
  entries: ScenarioEntry[];
  /** Whether the messages differ within the group (then each id is listed with its message). */
  varied: boolean;
  /** Scenarios of the group not listed (capped level). */
  more: number;
}

export interface SloEntry {
  scenario: ScenarioReport;
  check: SloCheck;
}

/** The template context. User strings inside `report` and the entries are raw: print them through md/code. */
export interface ReportContext {
  report: RunReport;
  level: 'full' | 'collapsed' | 'capped' | 'short';
  collapsed: boolean;
  /** ❌ when the check fails, ✅ when nothing changed, ⚠️ otherwise. */
  emoji: string;
  /** Non-zero classification counts ("2 regressed"), produced here. */
  counts: string[];
  regressions: ScenarioEntry[];
  slo: SloEntry[];
  /** SLO checks that pass but whose limit lies inside the calibration band. */
  sloAtRisk: number;
  inputsChanged: ScenarioEntry[];
  /** Scenarios whose regression against the base branch this PR accepted by refreshing baselines (rows: that comparison). */
  accepted: ScenarioEntry[];
  improvements: ScenarioEntry[];
  added: ScenarioEntry[];
  removed: ScenarioEntry[];
  simulatorChanged: ScenarioEntry[];
  errors: ScenarioEntry[];
  unchanged: ScenarioEntry[];
  /** Changed scenarios (metrics moved: regressed, improved, inputs or simulator changed), worst first. */
  overview: OverviewRow[];
  /** The overview rows of serving scenarios, for their own columns (p99 TTFT, p99 TPOT, goodput, max rate). */
  overviewServing: OverviewRow[];
  /** Changed scenarios in all, and those the overview leaves out at the capped level, counted by status. */
  changedTotal: number;
  overviewMore: number;
  overviewMoreCounts: string[];
  /** The per-scenario details of the changed scenarios (full level only), in overview order; at most LIST_MAX. */
  details: ScenarioEntry[];
  /**
   * The long lists as listed: at most LIST_MAX entries each (a 100,000-scenario sweep would print every one), and
   * how many each leaves out. The full lists (`unchanged`, `added`, …) stay in the context for counts.
   */
  unchangedListed: ScenarioEntry[];
  unchangedMore: number;
  addedListed: ScenarioEntry[];
  addedMore: number;
  removedListed: ScenarioEntry[];
  removedMore: number;
  simulatorChangedListed: ScenarioEntry[];
  simulatorChangedMore: number;
  detailsMore: number;
  /** Scenarios violating an SLO budget (one row each), worst first; and those meeting theirs. */
  sloRows: SloRow[];
  sloMore: number;
  capacityRows: SloRow[];
  errorGroups: ErrorGroup[];
  /** What the simulator noted about the scenarios (fields it ignored, fallbacks), each note once with its scenarios. */
  noteGroups: NoteGroup[];
  /** A mermaid xychart of baseline vs current for the top regressions ('' when none). */
  chart: string;
  /** Whether refreshing the baselines would change them (some scenario differs from its baseline). */
  showRefresh: boolean;
  /** Short report: the most severe flagged scenarios shown, and how many are flagged in all. */
  top: ScenarioEntry[];
  flagged: number;
  /** Whether the footer lists the fail-on policy's reasons; the first of them, and how many more there are. */
  showReasons: boolean;
  reasons: string[];
  moreReasons: number;
  updateCommand: string;
  /** "comment" or "job summary". */
  medium: string;
  /** Where the full report is (Markdown produced here). */
  hint: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const metricValue = (v: unknown): number | boolean | null => (typeof v === 'number' || typeof v === 'boolean' ? v : null);

/** ↑ / ↓ for the direction the value moved ('' when it did not or is not comparable). */
function direction(m: MetricDiff): string {
  if (typeof m.baseline === 'boolean' && typeof m.current === 'boolean') return m.baseline === m.current ? '' : m.current ? '↑' : '↓';
  if (m.delta === null || m.delta === 0) return '';
  return m.delta > 0 ? '↑' : '↓';
}

/** The arrow of a metric row: 🔴/🟢 when it got worse/better beyond tolerance, then ↑/↓. */
export function arrowFor(m: MetricDiff): string {
  const arrow = direction(m);
  const color = m.verdict === 'regression' ? '🔴' : m.verdict === 'improvement' ? '🟢' : '';
  return [color, arrow].filter(Boolean).join(' ');
}

/** The signed change of a numeric row: the percentage, or the absolute delta when the baseline is 0. */
function signedChange(m: MetricDiff): string {
  if (m.relDelta !== null) return formatSignedPercent(m.relDelta);
  if (m.delta !== null) return formatSignedMetric(m.key, m.delta);
  return '';
}

/** The Change cell of a metric row. */
export function changeCell(m: MetricDiff): string {
  switch (m.verdict) {
    case 'equal':
      return '—';
    case 'new':
      return 'new';
    case 'missing':
      return 'no value now';
    case 'changed':
      return m.current === null ? 'no value now' : m.baseline === null ? 'now defined' : 'changed';
    case 'within':
      return [direction(m), signedChange(m), '(within tolerance)'].filter(Boolean).join(' ');
    default:
      return [arrowFor(m), signedChange(m)].filter(Boolean).join(' ');
  }
}

function changeSummary(m: MetricDiff): string {
  const values = m.verdict === 'new' ? formatMetric(m.key, m.current) : `${formatMetric(m.key, m.baseline)} → ${formatMetric(m.key, m.current)}`;
  return `${m.label} ${values} (${changeCell(m)})`;
}

function sloLimit(c: SloCheck): string {
  if (c.kind === 'must_fit') return 'must fit';
  return `${c.kind === 'max' ? '≤' : '≥'} ${formatMetric(c.metric, c.limit as number)}`;
}

function sloActual(c: SloCheck): string {
  if (c.kind === 'must_fit') return c.actual === false ? 'does not fit' : c.actual === true ? 'fits' : 'n/a';
  const value = formatMetric(c.metric, typeof c.actual === 'number' ? c.actual : null);
  return c.band != null && typeof c.actual === 'number' ? `${value} ${formatBand(c.band)}${c.atRisk ? ' ⚠️ at risk' : ''}` : value;
}

function headroomCell(c: SloCheck): string {
  if (c.headroom === null) return '—';
  const pct = c.headroomPct === null ? '' : ` (${formatSignedPercent(c.headroomPct)})`;
  return `${formatSignedMetric(c.metric, c.headroom)}${pct}`;
}

function inputsList(paths: unknown): string {
  if (!Array.isArray(paths) || paths.length === 0) return 'none reported';
  const shown = paths.slice(0, 12).map((p) => codeSpan(p));
  if (paths.length > shown.length) shown.push(`and ${formatCount(paths.length - shown.length)} more`);
  return shown.join(', ');
}

/** Joins each number to the unit or percent sign after it with a non-breaking space (cells never wrap between them). */
export function nb(text: string): string {
  return text.replace(/(\d) (?=ms\b|tokens\/s|tokens\/ms|ms\/token|GB\b|%)/g, `$1${NBSP}`);
}

/** An overview cell: "435.8 → 871.5 ms (🔴 +100.0%)", the current value when equal, "n/a" when absent. */
export function overviewCell(m: MetricDiff | undefined): string {
  if (!m) return 'n/a';
  const unit = METRIC_BY_KEY.get(m.key)?.unit ?? '';
  const withUnit = (x: string) => (unit ? `${x}${NBSP}${unit}` : x);
  if (m.verdict === 'equal' || (m.verdict === 'within' && m.relDelta === null)) return formatMetric(m.key, m.current, NBSP);
  if (typeof m.baseline === 'number' && typeof m.current === 'number') {
    const color = m.verdict === 'regression' ? '🔴 ' : m.verdict === 'improvement' ? '🟢 ' : '';
    const pct = m.relDelta !== null ? ` (${color}${formatSignedPercent(m.relDelta)})` : '';
    return `${formatNumber(m.baseline)} → ${withUnit(formatNumber(m.current))}${pct}`;
  }
  return `${formatMetric(m.key, m.baseline, NBSP)} → ${formatMetric(m.key, m.current, NBSP)}`;
}

/** Handlebars passes its options object last; these helpers take plain positional arguments. */
function args(list: unknown[]): unknown[] {
  return list.slice(0, -1);
}

type HandlebarsEnv = ReturnType<typeof Handlebars.create>;

/** Handlebars with its compiler, once {@link loadTemplateCompiler} has loaded it. */
let compilerHandlebars: typeof Handlebars | null = null;

/**
 * Loads Handlebars' template compiler, which a project's own template (`template:` in genz.config.yaml, the
 * action's `template` input) needs: callers that render one await this first. The default templates are
 * precompiled and never need it.
 */
export async function loadTemplateCompiler(): Promise<void> {
  compilerHandlebars ??= (await import('handlebars')).default;
}

/**
 * A private Handlebars environment with the report helpers registered (the global one stays untouched): with the
 * template compiler once it is loaded (see {@link loadTemplateCompiler}), else the runtime alone.
 */
export function createReportEnvironment(): HandlebarsEnv {
  const hb = compilerHandlebars ? compilerHandlebars.create() : (HandlebarsRuntime as unknown as typeof Handlebars).create();
  const helpers: Record<string, (...a: unknown[]) => unknown> = {
    md: (...a) => escapeMarkdown(args(a)[0]),
    code: (...a) => {
      const options = a[a.length - 1] as { hash?: { table?: unknown } };
      return codeSpan(args(a)[0], { table: Boolean(options?.hash?.table) });
    },
    target: (...a) => {
      const s = args(a)[0] as ScenarioReport | undefined;
      return s ? escapeMarkdown(describeTarget({ model: s.model ?? null, hardware: s.hardware ?? null })) : '';
    },
    name: (...a) => escapeMarkdown(describeName((args(a)[0] as ResolvedName | undefined) ?? null)),
    metric: (...a) => {
      const [key, value, band] = args(a);
      const text = formatMetric(String(key) as MetricKey, metricValue(value), NBSP);
      return typeof band === 'number' && metricValue(value) !== null ? `${text}${NBSP}${formatBand(band)}` : text;
    },
    pct: (...a) => formatSignedPercent(num(args(a)[0])),
    arrow: (...a) => arrowFor(args(a)[0] as MetricDiff),
    change: (...a) => changeCell(args(a)[0] as MetricDiff),
    label: (...a) => {
      const m = args(a)[0] as MetricDiff;
      return m.primary && isChange(m.verdict) ? `**${m.label}**` : m.label;
    },
    changes: (...a) => {
      const [rows, sep] = args(a);
      return ((rows as MetricDiff[] | undefined) ?? []).map((m) => nb(changeSummary(m))).join(typeof sep === 'string' ? sep : '<br>');
    },
    inputs: (...a) => inputsList(args(a)[0]),
    sloLimit: (...a) => nb(sloLimit(args(a)[0] as SloCheck)),
    sloActual: (...a) => nb(sloActual(args(a)[0] as SloCheck)),
    headroom: (...a) => nb(headroomCell(args(a)[0] as SloCheck)),
    /** Plain-text lines escaped and joined (default "<br>"). */
    mdLines: (...a) => {
      const [list, sep] = args(a);
      return Array.isArray(list) ? list.map((x) => escapeMarkdown(x)).join(typeof sep === 'string' ? sep : '<br>') : '';
    },
    plural: (...a) => {
      const [n, singular, pluralForm] = args(a);
      return plural(Number(n) || 0, String(singular), typeof pluralForm === 'string' ? pluralForm : undefined);
    },
    count: (...a) => formatCount(Number(args(a)[0]) || 0),
    join: (...a) => {
      const [list, sep] = args(a);
      return Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : '';
    },
    eq: (...a) => args(a)[0] === args(a)[1],
    ne: (...a) => args(a)[0] !== args(a)[1],
    gt: (...a) => Number(args(a)[0]) > Number(args(a)[1]),
    lt: (...a) => Number(args(a)[0]) < Number(args(a)[1]),
    minus: (...a) => Number(args(a)[0]) - Number(args(a)[1]),
    plus: (...a) => Number(args(a)[0]) + Number(args(a)[1]),
    and: (...a) => args(a).every(Boolean),
    or: (...a) => args(a).some(Boolean),
    not: (...a) => !args(a)[0],
    /** Whether some entry has a number for the metric (e.g. a chunk latency): optional table columns. */
    anyValue: (...a) => {
      const [entries, key] = args(a);
      return Array.isArray(entries) && entries.some((e: ScenarioEntry) => typeof e.values?.[String(key) as MetricKey] === 'number');
    },
  };
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  return hb;
}

// ---------------------------------------------------------------------------------------------------------------
// Context

function headline(s: ScenarioReport): string {
  if (s.classification === 'error') return `could not run: ${s.error ?? 'unknown error'}`;
  const parts: string[] = [];
  const worst = worstRegression(s);
  if (worst) parts.push(describeChange(worst));
  for (const c of s.slo) if (c.status === 'violated') parts.push(`SLO: ${describeViolation(c)}`);
  return parts.join('; ');
}

/**
 * A scenario's template entry. Its derived parts (rows, changes, headline, input changes, why) are computed when a
 * template first reads them: a report lists at most LIST_MAX scenarios of a section, and building every part for
 * each of 100,000 unchanged scenarios was most of the time spent rendering one.
 */
function entry(s: ScenarioReport): ScenarioEntry {
  let rows: MetricDiff[] | undefined;
  let changes: MetricDiff[] | undefined;
  let line: string | undefined;
  let inputChanges: string[] | undefined;
  let why: string[] | undefined;
  let values: Partial<Record<MetricKey, MetricValue>> | undefined;
  return {
    scenario: s,
    get rows() {
      rows ??= metricRows(s.metrics);
      return rows;
    },
    get changes() {
      changes ??= s.metrics.filter((m) => isChange(m.verdict));
      return changes;
    },
    // Current values (the baseline's for removed scenarios).
    get values() {
      if (values === undefined) {
        values = {};
        if (s.current) Object.assign(values, s.current);
        else for (const m of s.metrics) values[m.key] = m.current ?? m.baseline;
      }
      return values;
    },
    bands: s.bands ?? {},
    get headline() {
      line ??= headline(s);
      return line;
    },
    get inputChanges() {
      inputChanges ??= s.inputsChanged ? describeInputChanges(s) : [];
      return inputChanges;
    },
    get why() {
      why ??= describeWhy(s);
      return why;
    },
  };
}

/** Changed scenarios: metrics moved against the baseline (not new, removed or failed ones). */
function isChanged(s: ScenarioReport): boolean {
  switch (s.classification) {
    case 'regression':
    case 'mixed':
    case 'improvement':
    case 'inputs_changed':
      return true;
    case 'simulator_changed':
      return s.hasMetricChanges;
    default:
      return false;
  }
}

function largestPrimaryChange(s: ScenarioReport): number {
  let worst = 0;
  for (const m of s.metrics)
    if (m.primary && isChange(m.verdict)) worst = Math.max(worst, m.relDelta === null ? Number.POSITIVE_INFINITY : Math.abs(m.relDelta));
  return worst;
}

/** Worst first: the severity order, then the largest change of a primary metric, then id. */
function compareChanged(a: ScenarioReport, b: ScenarioReport): number {
  const fa = a.hasRegression || a.sloViolated;
  const fb = b.hasRegression || b.sloViolated;
  if (fa || fb) return compareSeverity(a, b);
  return largestPrimaryChange(b) - largestPrimaryChange(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function statusOf(s: ScenarioReport): string {
  if (s.hasRegression) return '🔴';
  if (s.classification === 'inputs_changed') return '🔧';
  if (s.classification === 'simulator_changed') return '🔁';
  return '🟢';
}

function overviewRow(s: ScenarioReport): OverviewRow {
  const byKey = new Map(s.metrics.map((m) => [m.key, m]));
  const inputs = s.inputsChanged ? describeInputChanges(s) : [];
  const shown = inputs.slice(0, 4).map((x) => escapeMarkdown(x));
  if (inputs.length > shown.length) shown.push(`+${formatCount(inputs.length - shown.length)} more`);
  return {
    scenario: s,
    status: statusOf(s),
    inputsText: shown.length > 0 ? shown.join('; ') : '—',
    ttft: overviewCell(byKey.get('ttft_ms')),
    tpot: overviewCell(byKey.get('tpot_ms')),
    e2e: overviewCell(byKey.get('e2e_ms')),
    total: overviewCell(byKey.get('total_throughput_tps')),
    ...(typeof byKey.get('ttft_p99_ms')?.current === 'number'
      ? {
          serving: {
            ttftP99: overviewCell(byKey.get('ttft_p99_ms')),
            tpotP99: overviewCell(byKey.get('tpot_p99_ms')),
            goodput: overviewCell(byKey.get('goodput_rps')),
            maxRate: overviewCell(byKey.get('max_rate_qps')),
          },
        }
      : {}),
  };
}

const BINDING_LABELS: Readonly<Record<string, string>> = { must_fit: 'memory' };

/** A capacity cell: "32 (TTFT)" with the budget that stops it, "≥ 4,096" at the search limit, "none (TPOT)", '—' without a search. */
function capacityCell(value: number | null | undefined, limit: number | undefined, binding: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value === limit) return `≥${NBSP}${formatCount(value)}`;
  const by = binding ? (BINDING_LABELS[binding] ?? METRIC_BY_KEY.get(binding as MetricKey)?.label ?? binding) : null;
  const text = value === 0 ? 'none' : formatCount(value);
  return by ? `${text} (${by})` : text;
}

function sloRow(s: ScenarioReport): SloRow {
  const violated = s.slo.filter((c) => c.status === 'violated');
  const cap = s.capacity ?? null;
  return {
    scenario: s,
    missed: violated.map((c) =>
      nb(
        c.kind === 'must_fit'
          ? 'does not fit in memory'
          : `${METRIC_BY_KEY.get(c.metric)?.label ?? c.metric} ${sloActual(c)} ${c.kind === 'max' ? '>' : '<'} ${formatMetric(c.metric, c.limit as number)}`,
      ),
    ),
    headroom: violated.map((c) => nb(headroomCell(c))),
    budgets: s.slo.map((c) => nb(describeBudget(c))),
    maxBatch: capacityCell(cap?.max_batch_within_slo, cap?.limits.batch, cap?.binding.batch),
    maxInput: capacityCell(cap?.max_input_tokens_within_slo, cap?.limits.input_tokens, cap?.binding.input_tokens),
  };
}

const FIT_FIX = 'Raise tensor or pipeline parallelism, lower the batch or the sequence lengths, choose a lower precision, or set `memory_offload: true`.';
const ERROR_TITLES: Readonly<Record<string, [string, string]>> = {
  does_not_fit: ['do not fit in device memory', FIT_FIX],
  draft_does_not_fit: [
    'have a draft model that does not fit in device memory',
    'Give the draft model more devices or a smaller precision, or pick a smaller draft model.',
  ],
};

interface NoteGroup {
  text: string;
  ids: string[];
  more: number;
}

/** Scenario ids listed under one note at most; the rest are counted. */
const NOTE_IDS_SHOWN = 20;

/**
 * The notes of the scenarios that are not unchanged (an unchanged scenario's notes were shown when it changed;
 * every note stays in report.json and the CLI output), e.g. "rope_scaling ignored: …", "vision tower not simulated", calibration fallbacks),
 * each text once with the scenarios it applies to, most common first.
 */
function noteGroups(scenarios: readonly ScenarioReport[], cap: number): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const s of scenarios) {
    for (const text of s.notes ?? []) {
      let g = groups.get(text);
      if (!g) {
        g = { text, ids: [], more: 0 };
        groups.set(text, g);
      }
      if (g.ids.length < cap) g.ids.push(s.id);
      else g.more++;
    }
  }
  return [...groups.values()].sort((a, b) => b.ids.length + b.more - (a.ids.length + a.more) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/** Errors grouped by cause: the simulator's error kind (fit errors), else the message with its numbers blanked. */
function errorGroups(entries: readonly ScenarioEntry[], cap: number): ErrorGroup[] {
  const groups = new Map<string, ErrorGroup>();
  for (const e of entries) {
    const kind = e.scenario.errorKind ?? null;
    const message = e.scenario.error ?? 'unknown error';
    const known = kind !== null ? ERROR_TITLES[kind] : undefined;
    const key = known ? `kind:${kind}` : `msg:${message.replace(/\d+(\.\d+)?/g, '#')}`;
    let g = groups.get(key);
    if (!g) {
      g = { title: known ? known[0] : message, fix: known ? known[1] : '', entries: [], varied: false, more: 0 };
      groups.set(key, g);
    }
    if (g.entries.length > 0 && (g.entries[0].scenario.error ?? '') !== message) g.varied = true;
    g.entries.push(e);
  }
  const out = [...groups.values()].sort((a, b) => b.entries.length - a.entries.length);
  for (const g of out) {
    if (g.entries.length > cap) {
      g.more = g.entries.length - cap;
      g.entries = g.entries.slice(0, Math.max(1, cap));
    }
  }
  return out;
}

/** How many regressions the chart shows at most. */
const CHART_TOP = 8;

/** A scenario id as a mermaid string: no quotes, backticks, brackets or line breaks; at most 28 characters. */
function chartLabel(id: string): string {
  const clean = id
    .replace(/[\u0000-\u001f\u007f"'`[\]{}<>\\|;#&]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > 28 ? `${clean.slice(0, 27)}…` : clean || '?';
}

/**
 * A mermaid xychart (GitHub renders it) of the top regressions: the worst metric of each as a percentage of its
 * baseline (bars; the line at 100 is the baseline). '' when no regression has a relative change.
 */
export function regressionChart(changed: readonly ScenarioReport[]): string {
  const points: { label: string; pct: number; metric: string }[] = [];
  for (const s of changed) {
    if (points.length >= CHART_TOP) break;
    const w = s.hasRegression ? worstRegression(s) : null;
    if (!w || w.relDelta === null || !Number.isFinite(w.relDelta)) continue;
    points.push({ label: `${chartLabel(s.id)} · ${w.label}`, pct: Math.round((1 + w.relDelta) * 1000) / 10, metric: w.label });
  }
  if (points.length === 0) return '';
  const max = Math.max(110, ...points.map((p) => p.pct));
  const top = Math.ceil(max / 10) * 10;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Top ${points.length === 1 ? 'regression' : `${points.length} regressions`}: worst metric, % of baseline"`,
    `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
    `  y-axis "% of baseline" 0 --> ${top}`,
    `  bar [${points.map((p) => p.pct).join(', ')}]`,
    `  line [${points.map(() => 100).join(', ')}]`,
    '```',
  ].join('\n');
}

/** Whether `update` would rewrite a baseline: some scenario differs from its entry (not errors or SLO alone). */
function baselinesDiffer(report: RunReport): boolean {
  return report.scenarios.some((s) => s.classification !== 'unchanged' && s.classification !== 'error');
}

function acceptedEntry(s: ScenarioReport): ScenarioEntry {
  const metrics = s.accepted?.metrics ?? [];
  return { ...entry(s), rows: metricRows(metrics), changes: metrics.filter((m) => isChange(m.verdict)) };
}

/** `<prefix> check [--config X] --filter '…'` → `<prefix> update [--config X]`. */
export function defaultUpdateCommand(report: RunReport): string {
  for (const s of report.scenarios) {
    const m = /^(.*?) check((?: --config \S+)?)(?: |$)/.exec(s.reproduce ?? '');
    if (m) return `${m[1]} update${m[2]}`;
  }
  return 'npx genz update';
}

function emojiFor(report: RunReport): string {
  if (report.policy.fail) return '❌';
  if (report.summary.status === 'clean' && !report.scenarios.some(hasAcceptedRegression)) return '✅';
  return '⚠️';
}

type Medium = 'comment' | 'summary';

/** How many fail-on reasons the full report lists. */
const MAX_REASONS = 20;

const HINTS: Record<Medium, string> = {
  comment: "this run's job summary or the report JSON (the `report-json` output)",
  summary: 'the report JSON (the `report-json` output, `--report-json` on the command line)',
};

/** How many entries the report lists at most in each long list (the rest are counted; report.json has all). */
export const LIST_MAX = 1000;

/** The first LIST_MAX of `list`, and how many are left out. */
function listed<T>(list: readonly T[]): [T[], number] {
  return list.length <= LIST_MAX ? [list as T[], 0] : [list.slice(0, LIST_MAX), list.length - LIST_MAX];
}

/** What the context of every level shares: computed once per report by {@link prepareContext}. */
export interface PreparedReport {
  report: RunReport;
  sections: Record<SectionName, ScenarioEntry[]>;
  simulatorOnly: ScenarioEntry[];
  slo: SloEntry[];
  flagged: ScenarioReport[];
  changed: ScenarioReport[];
  withSlo: ScenarioReport[];
  violating: ScenarioReport[];
}

/**
 * The level-independent part of a report's context (sections with their entries, rankings). `fit` renders a
 * report at several levels and sizes; preparing once keeps that linear in the scenarios (a 100,000-scenario
 * report took a minute to fit in a comment when each try rebuilt it).
 */
export function prepareContext(report: RunReport): PreparedReport {
  const sections: Record<SectionName, ScenarioEntry[]> = {
    errors: [],
    removed: [],
    added: [],
    regressions: [],
    inputsChanged: [],
    simulatorChanged: [],
    improvements: [],
    unchanged: [],
  };
  const regressed: ScenarioReport[] = [];
  for (const s of report.scenarios) {
    const section = sectionOf(s);
    if (section === 'regressions') regressed.push(s);
    else sections[section].push(entry(s));
  }
  sections.regressions = rankFlagged(regressed).map(entry);
  const simulatorOnly = sections.simulatorChanged.filter((e) => !e.scenario.hasMetricChanges);
  const slo: SloEntry[] = [];
  for (const s of report.scenarios) for (const check of s.slo) if (check.status === 'violated' || check.atRisk) slo.push({ scenario: s, check });
  const flagged = rankFlagged(report.scenarios);
  const changed = report.scenarios.filter(isChanged).sort(compareChanged);
  const withSlo = report.scenarios.filter((s) => s.slo.length > 0);
  const violating = withSlo.filter((s) => s.sloViolated).sort(compareSeverity);
  return { report, sections, simulatorOnly, slo, flagged, changed, withSlo, violating };
}

/** The template context of a report at a level. `top` caps how many flagged scenarios the short level lists. */
export function buildContext(
  report: RunReport,
  level: ReportContext['level'] = 'full',
  options: { updateCommand?: string; medium?: Medium; top?: number } = {},
  prepared: PreparedReport = prepareContext(report),
): ReportContext {
  const { sections, simulatorOnly, slo, flagged, changed, withSlo, violating } = prepared;
  const medium = options.medium ?? 'comment';
  const cap = level === 'capped' ? Math.max(0, options.top ?? changed.length) : changed.length;
  const left = changed.slice(cap);
  const leftCounts: string[] = [];
  const bump = (label: string, n: number) => {
    if (n > 0) leftCounts.push(`${formatCount(n)} ${label}`);
  };
  bump('worse', left.filter((s) => s.hasRegression).length);
  bump('better', left.filter((s) => !s.hasRegression && s.classification !== 'inputs_changed' && s.classification !== 'simulator_changed').length);
  bump('inputs changed', left.filter((s) => !s.hasRegression && s.classification === 'inputs_changed').length);
  bump('simulator changed', left.filter((s) => !s.hasRegression && s.classification === 'simulator_changed').length);
  const overview = changed.slice(0, cap).map(overviewRow);
  const sloCap = level === 'capped' ? Math.max(0, options.top ?? violating.length) : violating.length;
  const [unchangedListed, unchangedMore] = listed(sections.unchanged);
  const [addedListed, addedMore] = listed(sections.added);
  const [removedListed, removedMore] = listed(sections.removed);
  const [simulatorChangedListed, simulatorChangedMore] = listed(simulatorOnly);
  const [details, detailsMore] = level === 'full' ? listed(changed) : [[], 0];
  return {
    report,
    level,
    collapsed: level !== 'full',
    emoji: emojiFor(report),
    counts: classificationCounts(report),
    ...sections,
    slo,
    sloAtRisk: slo.filter((e) => e.check.atRisk).length,
    accepted: report.scenarios.filter(hasAcceptedRegression).map(acceptedEntry),
    overview,
    overviewServing: overview.filter((r) => r.serving !== undefined),
    changedTotal: changed.length,
    overviewMore: left.length,
    overviewMoreCounts: leftCounts,
    details: details.map(entry),
    detailsMore,
    unchangedListed,
    unchangedMore,
    addedListed,
    addedMore,
    removedListed,
    removedMore,
    simulatorChangedListed,
    simulatorChangedMore,
    sloRows: violating.slice(0, sloCap).map(sloRow),
    sloMore: violating.length - Math.min(sloCap, violating.length),
    capacityRows: level === 'capped' ? [] : withSlo.filter((s) => !s.sloViolated && s.capacity).map(sloRow),
    simulatorChanged: simulatorOnly,
    chart: level === 'full' || level === 'collapsed' ? regressionChart(changed) : '',
    errorGroups: errorGroups(sections.errors, level === 'capped' ? Math.max(1, cap) : LIST_MAX),
    noteGroups:
      level === 'full'
        ? noteGroups(
            report.scenarios.filter((x) => x.classification !== 'unchanged'),
            NOTE_IDS_SHOWN,
          )
        : [],
    showRefresh: baselinesDiffer(report),
    top: level === 'short' ? flagged.slice(0, Math.max(0, options.top ?? flagged.length)).map(entry) : [],
    flagged: flagged.length,
    showReasons: level === 'full' && report.policy.fail && report.policy.reasons.length > 0,
    reasons: report.policy.reasons.slice(0, MAX_REASONS),
    moreReasons: Math.max(0, report.policy.reasonCount - Math.min(MAX_REASONS, report.policy.reasons.length)),
    updateCommand: options.updateCommand ?? defaultUpdateCommand(report),
    medium: medium === 'comment' ? 'comment' : 'job summary',
    hint: HINTS[medium],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering

type Compiled = (context: ReportContext) => string;

let environment: HandlebarsEnv | null = null;
/** The environment a project's template is compiled in (with the compiler). */
let compilingEnvironment: HandlebarsEnv | null = null;
const PRECOMPILED = new Map([
  [REPORT_TEMPLATE, REPORT_TEMPLATE_SPEC],
  [SHORT_TEMPLATE, SHORT_TEMPLATE_SPEC],
]);
const compiled = new Map<string, Compiled>();
const MAX_CACHED_TEMPLATES = 8;

function compile(source: string, what: string): Compiled {
  const cached = compiled.get(source);
  if (cached) return cached;
  environment ??= createReportEnvironment();
  const spec = PRECOMPILED.get(source);
  if (spec === undefined && !compilerHandlebars)
    throw new Error('the template compiler is not loaded: await loadTemplateCompiler() before rendering a template of your own');
  let fn: TemplateFn;
  try {
    // The default templates were compiled at build time (scripts/embed-templates.mjs): compiling them here took
    // most of a small run's time after its simulations. A project's own template is compiled now.
    if (spec !== undefined) fn = environment.template(spec);
    else {
      compilingEnvironment ??= createReportEnvironment();
      fn = compilingEnvironment.compile(source, { noEscape: true });
    }
  } catch (e) {
    throw new UserMessageError(`${what}: ${(e as Error).message}`, what);
  }
  const run: Compiled = (context) => {
    try {
      return fn(context);
    } catch (e) {
      throw new UserMessageError(`${what}: ${(e as Error).message}`, what);
    }
  };
  if (compiled.size >= MAX_CACHED_TEMPLATES) compiled.delete(compiled.keys().next().value as string);
  compiled.set(source, run);
  return run;
}

type TemplateFn = ReturnType<HandlebarsEnv['compile']>;

/** Collapses runs of blank lines, drops trailing spaces and leading blank lines, ends with exactly one newline. */
function tidy(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n*$/, '\n');
}

interface LevelOptions {
  template?: string;
  updateCommand?: string;
  medium?: Medium;
  top?: number;
}

function renderLevel(report: RunReport, level: ReportContext['level'], options: LevelOptions, prepared?: PreparedReport): string {
  const context = buildContext(report, level, options, prepared);
  const template =
    level === 'short'
      ? compile(SHORT_TEMPLATE, 'short report template')
      : options.template !== undefined
        ? compile(options.template, 'report template')
        : compile(REPORT_TEMPLATE, 'default report template');
  return tidy(template(context));
}

/**
 * The Markdown report. With `maxLength`, shrinks like {@link fitComment} to at most that many characters.
 * Throws when a user template does not compile or fails to render (the message starts with "report template:").
 */
export function renderMarkdown(report: RunReport, options: RenderOptions = {}): string {
  if (options.maxLength !== undefined) return fit(report, options.maxLength, (s) => s.length, 'comment', options).markdown;
  return renderLevel(report, 'full', options);
}

/** Options of {@link fitComment} and {@link fitSummary}: the render options, and the limit when not passed positionally. */
export interface FitOptions extends Omit<RenderOptions, 'maxLength'> {
  limit?: number;
}

function fitArgs(limitOrOptions: number | FitOptions | undefined, options: FitOptions, defaultLimit: number): [number, FitOptions] {
  if (typeof limitOrOptions === 'object' && limitOrOptions !== null) return [limitOrOptions.limit ?? defaultLimit, limitOrOptions];
  return [limitOrOptions ?? options.limit ?? defaultLimit, options];
}

/**
 * A pull request comment of at most `maxChars` characters (GitHub's limit is 65,536). Also callable as
 * `fitComment(report, { template, limit })`.
 */
export function fitComment(report: RunReport, maxChars: number | FitOptions = 65536, options: FitOptions = {}): FitResult {
  const [limit, opts] = fitArgs(maxChars, options, 65536);
  return fit(report, limit, (s) => s.length, 'comment', opts);
}

/**
 * A job summary of at most `maxBytes` UTF-8 bytes (GitHub's limit is 1 MiB per step). Also callable as
 * `fitSummary(report, { template, limit })`.
 */
export function fitSummary(report: RunReport, maxBytes: number | FitOptions = 1024 * 1024, options: FitOptions = {}): FitResult {
  const [limit, opts] = fitArgs(maxBytes, options, 1024 * 1024);
  return fit(report, limit, (s) => Buffer.byteLength(s, 'utf8'), 'summary', opts);
}

/** Characters a scenario's row in the default template takes besides its id, at least (a list item "- " and a newline). */
const ROW_OVERHEAD = 3;

/** How many flagged scenarios the short report lists at most. */
const SHORT_TOP = 25;

/**
 * Full; else unchanged/improvement/new details collapsed to counts; else the short report with the first N most
 * severe flagged scenarios (N halving until it fits); else the short report cut hard at the limit.
 */
function fit(report: RunReport, limit: number, size: (s: string) => number, medium: Medium, options: Omit<RenderOptions, 'maxLength'>): FitResult {
  const base: LevelOptions = { template: options.template, updateCommand: options.updateCommand, medium };
  // The default template writes every scenario's id in a row of its own at the full level, and every changed
  // scenario's at the collapsed level: when those rows alone exceed the limit, the level cannot fit and is not
  // rendered (a sweep of 100,000 scenarios would otherwise render them all only to discard them). A user
  // template may leave rows out, so it is always rendered. Characters ≤ UTF-8 bytes, so the bound holds for both.
  const rowsAlone = (list: readonly { id: string }[]): number => {
    let n = 0;
    for (const s of list) n += s.id.length + ROW_OVERHEAD;
    return n;
  };
  const prepared = prepareContext(report);
  const { sections, changed } = prepared;
  // The full level lists every changed scenario in the overview and up to LIST_MAX of each other list.
  const firstOf = (list: readonly ScenarioEntry[]) => list.slice(0, LIST_MAX).map((e) => e.scenario);
  const fullRows =
    rowsAlone(changed) +
    rowsAlone(firstOf(sections.unchanged)) +
    rowsAlone(firstOf(sections.added)) +
    rowsAlone(firstOf(sections.removed)) +
    rowsAlone(firstOf(sections.errors));
  const defaultTemplate = options.template === undefined;
  if (!defaultTemplate || fullRows <= limit) {
    const full = renderLevel(report, 'full', base, prepared);
    if (size(full) <= limit) return { markdown: full, level: 'full' };
  }
  if (!defaultTemplate || rowsAlone(changed) <= limit) {
    const collapsed = renderLevel(report, 'collapsed', base, prepared);
    if (size(collapsed) <= limit) return { markdown: collapsed, level: 'collapsed' };
  }
  // Capped: the overview and SLO tables keep their most severe rows; every other change is counted.
  // The largest number of rows that fits (binary search; at least one row, else the short report). A row takes
  // well over 50 characters, which bounds the search.
  let lo = 0;
  let hi = Math.min(report.scenarios.length, Math.ceil(limit / 50));
  let best: string | null = null;
  while (lo < hi) {
    const top = Math.ceil((lo + hi) / 2);
    const capped = renderLevel(report, 'capped', { ...base, top }, prepared);
    if (size(capped) <= limit) {
      lo = top;
      best = capped;
    } else hi = top - 1;
  }
  if (best !== null) return { markdown: best, level: 'capped' };
  const flagged = prepared.flagged.length;
  let smallest = '';
  for (let top = Math.min(flagged, SHORT_TOP); ; top = Math.floor(top / 2)) {
    smallest = renderLevel(report, 'short', { ...base, top }, prepared);
    if (size(smallest) <= limit) return { markdown: smallest, level: 'short' };
    if (top === 0) break;
  }
  return { markdown: truncate(smallest, limit, size), level: 'truncated' };
}

const TRUNCATION_NOTE = '\n\n… (truncated)\n';

/**
 * Cuts `text` so that it (plus a truncation note when room allows) measures at most `limit`; never splits a
 * surrogate pair (nor, therefore, a UTF-8 sequence).
 */
export function truncate(text: string, limit: number, size: (s: string) => number = (s) => s.length): string {
  if (size(text) <= limit) return text;
  if (limit <= 0) return '';
  const note = size(TRUNCATION_NOTE) < limit ? TRUNCATION_NOTE : '';
  const budget = limit - size(note);
  // Binary search for the longest prefix within budget (size is monotonic in the prefix length).
  let lo = 0;
  let hi = Math.min(text.length, budget);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size(safePrefix(text, mid)) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return safePrefix(text, lo) + note;
}

/** The first `n` code units of `text`, one fewer when that would split a surrogate pair. */
function safePrefix(text: string, n: number): string {
  if (n <= 0) return '';
  if (n >= text.length) return text;
  const last = text.charCodeAt(n - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, n - 1) : text.slice(0, n);
}
