/**
 * A self-contained HTML report (`genz check --html FILE`, the action's `html-report` output): the same tables as
 * the comment (overview of changed scenarios, SLO violations with capacity, why lines, per-scenario metrics,
 * errors by cause, unchanged scenarios) plus inline SVG charts: baseline vs current of the primary metrics of
 * the top regressions, each changed scenario's change split by phase and operator group and its current latency per
 * pass by operator group, latency vs batch for scenarios that differ only in batch (matrix sweeps), and latency vs
 * request rate for serving scenarios (their max-rate search's curve). No script, no
 * stylesheet or font from the network: the file opens anywhere, offline. Every string is HTML-escaped.
 */
import type { MetricDiff } from '../baselines/diff.js';
import { METRIC_BY_KEY, type MetricKey } from '../metrics/definitions.js';
import { formatMetric, formatNumber, formatSignedPercent, NBSP } from '../metrics/format.js';
import type { RunReport, ScenarioReport } from '../run-report/contract.js';
import { buildContext, changeCell, overviewCell } from './render.js';
import { describeInputChanges, describeTarget, metricRows, worstRegression } from './model.js';
import { formatCount } from '../number-format.js';

/** Text as HTML (element content and quoted attribute values). */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1200px;padding:0 16px;color:#1f2328}
h1{font-size:20px}h2{font-size:16px;margin-top:28px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top}
th{background:#f6f8fa;text-align:left}td.n{text-align:right;white-space:nowrap}.worse{color:#cf222e}.better{color:#1a7f37}
.why{margin:4px 0 8px 0;padding-left:18px}.muted{color:#59636e}details{margin:8px 0}summary{cursor:pointer}
svg text{font:11px system-ui,sans-serif;fill:#1f2328}figure.sweep svg{margin-right:8px}
.legend{list-style:none;padding:0;margin:4px 0;font-size:12px}.sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 8px;vertical-align:middle}`;

function cls(m: MetricDiff | undefined): string {
  if (!m) return '';
  return m.verdict === 'regression' ? 'worse' : m.verdict === 'improvement' ? 'better' : '';
}

function table(head: readonly string[], rows: readonly string[][], numeric: readonly boolean[] = []): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Grouped bars: for each scenario (group), baseline and current of one metric, scaled to the largest value. */
function barChart(title: string, groups: { label: string; baseline: number; current: number; worse: boolean }[], unit: string): string {
  if (groups.length === 0) return '';
  const w = 760;
  const rowH = 34;
  const left = 230;
  const h = groups.length * rowH + 30;
  const max = Math.max(...groups.flatMap((g) => [g.baseline, g.current])) || 1;
  const scale = (v: number) => Math.max(1, ((w - left - 90) * v) / max);
  const bars = groups
    .map((g, i) => {
      const y = 22 + i * rowH;
      const label = g.label.length > 34 ? `${g.label.slice(0, 33)}…` : g.label;
      return (
        `<text x="${left - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(label)}</text>` +
        `<rect x="${left}" y="${y}" width="${scale(g.baseline).toFixed(1)}" height="12" fill="#8c959f"><title>baseline ${escapeHtml(formatNumber(g.baseline))} ${escapeHtml(unit)}</title></rect>` +
        `<text x="${(left + scale(g.baseline) + 4).toFixed(1)}" y="${y + 10}">${escapeHtml(formatNumber(g.baseline))}</text>` +
        `<rect x="${left}" y="${y + 14}" width="${scale(g.current).toFixed(1)}" height="12" fill="${g.worse ? '#cf222e' : '#1a7f37'}"><title>current ${escapeHtml(formatNumber(g.current))} ${escapeHtml(unit)}</title></rect>` +
        `<text x="${(left + scale(g.current) + 4).toFixed(1)}" y="${y + 24}">${escapeHtml(formatNumber(g.current))}</text>`
      );
    })
    .join('\n');
  return (
    `<figure><figcaption>${escapeHtml(title)} <span class="muted">(grey: baseline, colour: current, ${escapeHtml(unit)})</span></figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(title)}">\n${bars}\n</svg></figure>`
  );
}

/** Horizontal bars of a why line's shares (signed), one per phase and operator group. */
function shareChart(s: ScenarioReport): string {
  const line = s.why?.[0];
  if (!line || line.shares.length === 0) return '';
  const w = 520;
  const left = 200;
  const mid = left + 140;
  const rows = line.shares
    .map((x, i) => {
      const y = 8 + i * 20;
      const len = Math.min(140, Math.abs(x.share) * 140);
      const x0 = x.share >= 0 ? mid : mid - len;
      return (
        `<text x="${left - 6}" y="${y + 10}" text-anchor="end">${escapeHtml(`${x.phase} ${x.group}`)}</text>` +
        `<rect x="${x0.toFixed(1)}" y="${y}" width="${len.toFixed(1)}" height="12" fill="${x.share >= 0 ? '#0969da' : '#bf8700'}"></rect>` +
        `<text x="${mid + 146}" y="${y + 10}">${escapeHtml(`${Math.round(x.share * 100)}% (${x.bound})`)}</text>`
      );
    })
    .join('\n');
  return (
    `<figure><figcaption>${escapeHtml(line.label)} change by phase and operator group</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w + 120}" height="${line.shares.length * 20 + 12}">\n<line x1="${mid}" y1="0" x2="${mid}" y2="${line.shares.length * 20 + 8}" stroke="#8c959f"/>\n${rows}\n</svg></figure>`
  );
}

function metricChart(changed: readonly ScenarioReport[], key: MetricKey): string {
  const def = METRIC_BY_KEY.get(key)!;
  const groups = changed
    .filter((s) => s.hasRegression)
    .slice(0, 10)
    .flatMap((s) => {
      const m = s.metrics.find((x) => x.key === key);
      return m && typeof m.baseline === 'number' && typeof m.current === 'number' && m.baseline !== m.current
        ? [{ label: s.id, baseline: m.baseline, current: m.current, worse: m.verdict === 'regression' }]
        : [];
    });
  return barChart(`${def.label}: top regressions`, groups, def.unit);
}

const GROUP_COLOURS: Readonly<Record<string, string>> = {
  attention: '#0969da',
  'QKV/O projections': '#8250df',
  'FFN/experts': '#bf8700',
  collectives: '#cf222e',
  'LM head/embeddings': '#1a7f37',
  SSM: '#0550ae',
  'LoRA adapters': '#bc4c00',
  other: '#8c959f',
};
const colourOf = (group: string): string => GROUP_COLOURS[group] ?? '#6e7781';

/** The current run's latency per pass, one stacked bar per phase split by operator group, with a legend. */
function breakdownChart(s: ScenarioReport): string {
  const phases = (s.breakdown ?? []).filter((p) => p.totalMs > 0);
  if (phases.length === 0) return '';
  const w = 760;
  const left = 70;
  const barW = w - left - 20;
  const rowH = 30;
  const bars = phases
    .map((p, i) => {
      const y = 8 + i * rowH;
      let x = left;
      const segs = p.groups
        .map((g) => {
          const len = (barW * g.ms) / p.totalMs;
          const tip = `${p.phase} · ${g.group}: ${formatNumber(g.ms)} ms (${formatNumber((100 * g.ms) / p.totalMs)}%), ${g.bound}-bound`;
          const rect = `<rect class="op" x="${x.toFixed(1)}" y="${y}" width="${Math.max(len, 0.5).toFixed(1)}" height="18" fill="${colourOf(g.group)}"><title>${escapeHtml(tip)}</title></rect>`;
          x += len;
          return rect;
        })
        .join('');
      return `<text x="${left - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(p.phase)}</text>${segs}`;
    })
    .join('\n');
  const legend = phases
    .map(
      (p) =>
        `<li><strong>${escapeHtml(p.phase)}</strong> ${escapeHtml(`${formatNumber(p.totalMs)}${NBSP}ms per pass`)}: ` +
        p.groups
          .map(
            (g) =>
              `<span class="sw" style="background:${colourOf(g.group)}"></span>${escapeHtml(`${g.group} ${formatNumber((100 * g.ms) / p.totalMs)}% (${g.bound})`)}`,
          )
          .join(' · ') +
        '</li>',
    )
    .join('');
  return (
    `<figure class="breakdown"><figcaption>Per-operator breakdown of the current run <span class="muted">(the roofline's latency of each pass by operator group, before calibration; hover for ms)</span></figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${phases.length * rowH + 10}" role="img" aria-label="per-operator breakdown of ${escapeHtml(s.id)}">\n${bars}\n</svg>` +
    `<ul class="legend">${legend}</ul></figure>`
  );
}

const BATCH = /(^| · )batch (\d+)(?= · |$)/;

/** Scenarios that differ only in batch (same model, hardware and setup otherwise), two batch sizes or more. */
export function batchSweeps(report: RunReport): { title: string; points: { batch: number; scenario: ScenarioReport }[] }[] {
  const groups = new Map<string, { title: string; points: { batch: number; scenario: ScenarioReport }[] }>();
  for (const s of report.scenarios) {
    const m = s.setup ? BATCH.exec(s.setup) : null;
    if (!m || !s.current) continue;
    const rest = s.setup!.replace(BATCH, '').replace(/^ · /, '');
    const title = `${s.model?.resolved ?? '?'} on ${s.hardware?.resolved ?? '?'} · ${rest}`;
    let g = groups.get(title);
    if (!g) {
      g = { title, points: [] };
      groups.set(title, g);
    }
    g.points.push({ batch: Number(m[2]), scenario: s });
  }
  return [...groups.values()]
    .map((g) => ({ ...g, points: [...new Map(g.points.map((p) => [p.batch, p])).values()].sort((a, b) => a.batch - b.batch) }))
    .filter((g) => g.points.length >= 2);
}

const SWEEP_METRICS = ['ttft_ms', 'tpot_ms', 'e2e_ms'] as const;

/** A chart panel's size and margins (left, right, top, bottom), px. */
interface Panel {
  w: number;
  h: number;
  l: number;
  r: number;
  t: number;
  b: number;
}
const PANEL: Panel = { w: 250, h: 170, l: 46, r: 10, t: 18, b: 30 };

/** A panel's opening <svg>, title and axes (y from 0 to `max`); the caller adds ticks, lines and the closing tag. */
function panelFrame(p: Panel, label: string, title: string, max: number): string {
  const { w, h, l, r, t, b } = p;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(label)}">` +
    `<text x="${l}" y="12">${escapeHtml(title)}</text>` +
    `<line x1="${l}" y1="${h - b}" x2="${w - r}" y2="${h - b}" stroke="#8c959f"/><line x1="${l}" y1="${t}" x2="${l}" y2="${h - b}" stroke="#8c959f"/>` +
    `<text x="${l - 4}" y="${t + 4}" text-anchor="end">${escapeHtml(formatNumber(max))}</text><text x="${l - 4}" y="${h - b}" text-anchor="end">0</text>`
  );
}

/** One panel: a metric against batch (current solid, baseline dashed where it differs), batches evenly spaced. */
function sweepPanel(points: { batch: number; scenario: ScenarioReport }[], key: MetricKey): string {
  const def = METRIC_BY_KEY.get(key)!;
  const { w, h, l, r, t, b } = PANEL;
  const cur = points.map((p) => (p.scenario.current?.[key] as number | null | undefined) ?? null);
  const base = points.map((p) => {
    const m = p.scenario.metrics.find((x) => x.key === key);
    return typeof m?.baseline === 'number' ? m.baseline : null;
  });
  const values = [...cur, ...base].filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return '';
  const max = Math.max(...values) || 1;
  const xs = (i: number) => l + (points.length === 1 ? 0 : ((w - l - r) * i) / (points.length - 1));
  const ys = (v: number) => t + (h - t - b) * (1 - v / max);
  const line = (vals: (number | null)[], attrs: string, cls: string) => {
    const pts = vals.flatMap((v, i) => (v === null ? [] : [`${xs(i).toFixed(1)},${ys(v).toFixed(1)}`]));
    return pts.length > 1 ? `<polyline class="${cls}" fill="none" ${attrs} points="${pts.join(' ')}"/>` : '';
  };
  const differs = base.some((v, i) => v !== null && v !== cur[i]);
  const dots = cur
    .map((v, i) =>
      v === null
        ? ''
        : `<circle cx="${xs(i).toFixed(1)}" cy="${ys(v).toFixed(1)}" r="3" fill="#0969da"><title>${escapeHtml(`batch ${points[i].batch}: ${formatMetric(key, v)} (${points[i].scenario.id})`)}</title></circle>`,
    )
    .join('');
  const ticks = points.map((p, i) => `<text x="${xs(i).toFixed(1)}" y="${h - b + 14}" text-anchor="middle">${p.batch}</text>`).join('');
  return (
    panelFrame(PANEL, `${def.label} vs batch`, `${def.label} (${def.unit})`, max) +
    ticks +
    `<text x="${(l + w - r) / 2}" y="${h - 2}" text-anchor="middle">batch</text>` +
    (differs ? line(base, 'stroke="#8c959f" stroke-dasharray="4 3"', 'baseline') : '') +
    line(cur, 'stroke="#0969da" stroke-width="2"', 'current') +
    dots +
    '</svg>'
  );
}

const LOAD_PANEL: Panel = { w: 340, h: 190, l: 50, r: 14, t: 18, b: 30 };

/**
 * One panel of a serving scenario's latency-vs-load curve: a p99 latency against the Poisson request rate
 * (linear axes from 0), each point coloured by whether the SLO held there, the budget as a dashed horizontal
 * line when the scenario sets one, and max_rate_qps as a dashed vertical line.
 */
function loadPanel(s: ScenarioReport, key: 'ttft_p99_ms' | 'tpot_p99_ms'): string {
  const curve = s.loadCurve!;
  const def = METRIC_BY_KEY.get(key)!;
  const { w, h, l, r, t, b } = LOAD_PANEL;
  const pts = curve.points
    .filter((p) => Number.isFinite(p.rateQps) && p.rateQps >= 0)
    .map((p) => ({ rate: p.rateQps, v: key === 'ttft_p99_ms' ? p.ttftP99Ms : p.tpotP99Ms, holds: p.sloHolds }))
    .filter((p): p is { rate: number; v: number; holds: boolean } => p.v !== null && Number.isFinite(p.v))
    .sort((a, c) => a.rate - c.rate);
  if (pts.length === 0) return '';
  const budget = key === 'ttft_p99_ms' ? curve.ttftP99BudgetMs : curve.tpotP99BudgetMs;
  const maxRate = curve.maxRateQps !== null && Number.isFinite(curve.maxRateQps) ? curve.maxRateQps : null;
  const xMax = Math.max(...pts.map((p) => p.rate), maxRate ?? 0) || 1;
  const yMax = Math.max(...pts.map((p) => p.v), budget !== null && Number.isFinite(budget) ? budget : 0) || 1;
  const xs = (v: number) => l + ((w - l - r) * v) / xMax;
  const ys = (v: number) => t + (h - t - b) * (1 - v / yMax);
  const line =
    pts.length > 1
      ? `<polyline class="current" fill="none" stroke="#0969da" stroke-width="2" points="${pts.map((p) => `${xs(p.rate).toFixed(1)},${ys(p.v).toFixed(1)}`).join(' ')}"/>`
      : '';
  const dots = pts
    .map(
      (p) =>
        `<circle cx="${xs(p.rate).toFixed(1)}" cy="${ys(p.v).toFixed(1)}" r="3" fill="${p.holds ? '#0969da' : '#cf222e'}"><title>${escapeHtml(`${formatNumber(p.rate)} req/s: ${formatMetric(key, p.v)}${p.holds ? '' : ' (SLO missed)'}`)}</title></circle>`,
    )
    .join('');
  const slo =
    budget !== null && Number.isFinite(budget)
      ? `<line class="budget" x1="${l}" y1="${ys(budget).toFixed(1)}" x2="${w - r}" y2="${ys(budget).toFixed(1)}" stroke="#bf8700" stroke-dasharray="5 4"><title>${escapeHtml(`budget ${formatMetric(key, budget)}`)}</title></line>`
      : '';
  const rate =
    maxRate !== null
      ? `<line class="max-rate" x1="${xs(maxRate).toFixed(1)}" y1="${t}" x2="${xs(maxRate).toFixed(1)}" y2="${h - b}" stroke="#1a7f37" stroke-dasharray="2 3"><title>${escapeHtml(`max rate within SLO ${formatNumber(maxRate)} req/s`)}</title></line>`
      : '';
  const ticks = [0, xMax / 2, xMax]
    .map((v) => `<text x="${xs(v).toFixed(1)}" y="${h - b + 14}" text-anchor="middle">${escapeHtml(formatNumber(v))}</text>`)
    .join('');
  return (
    panelFrame(LOAD_PANEL, `${def.label} vs request rate of ${s.id}`, `${def.label} (${def.unit})`, yMax) +
    ticks +
    `<text x="${(l + w - r) / 2}" y="${h - 2}" text-anchor="middle">request rate (req/s)</text>` +
    slo +
    rate +
    line +
    dots +
    '</svg>'
  );
}

/** A serving scenario's latency-vs-load chart (p99 TTFT and TPOT against the request rate), '' without a curve. */
function loadChart(s: ScenarioReport): string {
  if (!s.loadCurve || s.loadCurve.points.length === 0) return '';
  const panels = (['ttft_p99_ms', 'tpot_p99_ms'] as const).map((k) => loadPanel(s, k)).join('');
  if (panels === '') return '';
  const c = s.loadCurve;
  const notes = [
    c.maxRateQps !== null ? `dotted green: max rate within SLO, ${formatNumber(c.maxRateQps)} req/s` : '',
    c.ttftP99BudgetMs !== null || c.tpotP99BudgetMs !== null ? 'dashed: the p99 budget' : '',
    'red points: a rate where an SLO was missed',
  ].filter(Boolean);
  return (
    `<figure class="load sweep"><figcaption>Latency vs load <span class="muted">${escapeHtml(`(the rates the max-rate search simulated; ${notes.join('; ')})`)}</span></figcaption>` +
    `${panels}</figure>`
  );
}

/** Latency vs load of the serving scenarios without a details section (unchanged, new), at most `limit`. */
function loadSection(report: RunReport, detailed: ReadonlySet<ScenarioReport>, limit = 20): string {
  const rest = report.scenarios.filter((s) => !detailed.has(s) && s.loadCurve && s.loadCurve.points.length > 0);
  if (rest.length === 0) return '';
  const out = [`<h2 id="load">Latency vs load (${rest.length} serving scenario${rest.length === 1 ? '' : 's'})</h2>`];
  for (const s of rest.slice(0, limit)) {
    out.push(`<h3 id="load-${escapeHtml(encodeURIComponent(s.id))}">${escapeHtml(s.id)} <span class="muted">${escapeHtml(describeTarget(s))}</span></h3>`);
    out.push(loadChart(s));
  }
  if (rest.length > limit) out.push(`<p class="muted">${escapeHtml(`and ${rest.length - limit} more serving scenarios (see the JSON report)`)}</p>`);
  return out.join('\n');
}

/** Latency vs batch for every batch sweep of the run (at most `limit` groups; the rest counted). */
function batchSection(report: RunReport, limit = 20): string {
  const sweeps = batchSweeps(report);
  if (sweeps.length === 0) return '';
  const out = [`<h2 id="batch">Latency vs batch (${sweeps.length} sweep${sweeps.length === 1 ? '' : 's'})</h2>`];
  out.push('<p class="muted">Scenarios that differ only in batch. Blue: current; dashed grey: baseline, where it differs.</p>');
  for (const g of sweeps.slice(0, limit)) {
    out.push(`<figure class="sweep"><figcaption>${escapeHtml(g.title)}</figcaption>${SWEEP_METRICS.map((k) => sweepPanel(g.points, k)).join('')}</figure>`);
  }
  if (sweeps.length > limit) out.push(`<p class="muted">${escapeHtml(`and ${sweeps.length - limit} more sweeps (see the JSON report)`)}</p>`);
  return out.join('\n');
}

/** The HTML report of a run. */
export function renderHtml(report: RunReport): string {
  const ctx = buildContext(report, 'full');
  const changed = ctx.overview.map((r) => r.scenario);
  const out: string[] = [];
  out.push(`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  out.push(`<title>${escapeHtml(report.verdict)}</title><style>${CSS}</style></head><body>`);
  out.push(`<h1>${escapeHtml(ctx.emoji)} ${escapeHtml(report.verdict)}</h1>`);
  out.push(`<p>${escapeHtml(`${formatCount(report.summary.total)} scenarios: ${ctx.counts.join(' · ')}`)}</p>`);
  if (ctx.overview.length > 0) {
    out.push(`<h2 id="changed">Changed scenarios (${changed.length})</h2>`);
    out.push(
      table(
        ['', 'Scenario', 'Inputs changed', 'TTFT', 'TPOT', 'E2E', 'Total throughput'],
        ctx.overview.map((r) => {
          const by = new Map(r.scenario.metrics.map((m) => [m.key, m]));
          const cell = (k: MetricKey) => `<span class="${cls(by.get(k))}">${escapeHtml(overviewCell(by.get(k)))}</span>`;
          return [
            escapeHtml(r.status),
            `<a href="#s-${escapeHtml(encodeURIComponent(r.scenario.id))}">${escapeHtml(r.scenario.id)}</a>`,
            escapeHtml((r.scenario.inputsChanged ? describeInputChanges(r.scenario) : []).join('; ') || '—'),
            cell('ttft_ms'),
            cell('tpot_ms'),
            cell('e2e_ms'),
            cell('total_throughput_tps'),
          ];
        }),
        [false, false, false, true, true, true, true],
      ),
    );
    for (const key of ['ttft_ms', 'tpot_ms', 'e2e_ms'] as const) out.push(metricChart(changed, key));
  }
  const slo = [...ctx.sloRows, ...ctx.capacityRows];
  if (slo.length > 0) {
    out.push(`<h2 id="slo">SLO budgets (${ctx.sloRows.length} over budget)</h2>`);
    out.push(
      table(
        ['Scenario', 'Budgets', 'Missed', 'Headroom', 'Max batch within SLO', 'Max input within SLO'],
        slo.map((r) => [
          escapeHtml(r.scenario.id),
          r.budgets.map(escapeHtml).join('<br>'),
          r.missed.map(escapeHtml).join('<br>') || '—',
          r.headroom.map(escapeHtml).join('<br>') || '—',
          escapeHtml(r.maxBatch),
          escapeHtml(r.maxInput),
        ]),
        [false, false, false, true, true, true],
      ),
    );
  }
  out.push(batchSection(report));
  out.push(loadSection(report, new Set(ctx.details.map((e) => e.scenario))));
  if (ctx.details.length > 0) {
    out.push('<h2 id="details">Details</h2>');
    for (const e of ctx.details) {
      const s = e.scenario;
      out.push(
        `<h3 id="s-${escapeHtml(encodeURIComponent(s.id))}">${escapeHtml(s.id)} <span class="muted">${escapeHtml(describeTarget(s))}${s.setup ? ` · ${escapeHtml(s.setup)}` : ''}</span></h3>`,
      );
      if (e.why.length > 0) out.push(`<ul class="why">${e.why.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`);
      out.push(shareChart(s));
      out.push(breakdownChart(s));
      out.push(loadChart(s));
      out.push(
        table(
          ['Metric', 'Baseline', 'Current', 'Change'],
          metricRows(s.metrics).map((m) => [
            escapeHtml(m.label),
            escapeHtml(formatMetric(m.key, m.baseline, NBSP)),
            escapeHtml(formatMetric(m.key, m.current, NBSP)),
            `<span class="${cls(m)}">${escapeHtml(changeCell(m))}</span>`,
          ]),
          [false, true, true, false],
        ),
      );
      out.push(`<p class="muted">Reproduce: <code>${escapeHtml(s.reproduce)}</code></p>`);
    }
  }
  if (ctx.errorGroups.length > 0) {
    out.push(`<h2 id="errors">Errors (${ctx.errors.length})</h2>`);
    for (const g of ctx.errorGroups) {
      out.push(
        `<p><strong>${escapeHtml(`${g.entries.length + g.more} scenario${g.entries.length + g.more === 1 ? '' : 's'}: ${g.title}`)}</strong> ${escapeHtml(g.fix)}</p>`,
      );
      out.push(
        `<details><summary>Scenarios</summary><ul>${g.entries.map((e) => `<li>${escapeHtml(e.scenario.id)}: ${escapeHtml(e.scenario.error ?? '')}</li>`).join('')}</ul></details>`,
      );
    }
  }
  if (ctx.unchanged.length > 0) {
    out.push(`<details><summary>${escapeHtml(`${formatCount(ctx.unchanged.length)} unchanged scenarios`)}</summary>`);
    out.push(
      table(
        ['Scenario', 'Model on hardware', 'TTFT', 'TPOT', 'E2E', 'Total throughput'],
        ctx.unchangedListed.map((e) => [
          escapeHtml(e.scenario.id),
          escapeHtml(describeTarget(e.scenario)),
          ...(['ttft_ms', 'tpot_ms', 'e2e_ms', 'total_throughput_tps'] as const).map((k) =>
            escapeHtml(formatMetric(k, (e.values[k] ?? null) as number | null, NBSP)),
          ),
        ]),
        [false, false, true, true, true, true],
      ),
    );
    if (ctx.unchangedMore > 0)
      out.push(`<p class="muted">${escapeHtml(`… and ${formatCount(ctx.unchangedMore)} more (every scenario is in report.json).`)}</p>`);
    out.push('</details>');
  }
  if (ctx.detailsMore > 0) {
    out.push(
      `<p class="muted">${escapeHtml(`Details are shown for the first ${formatCount(ctx.details.length)} changed scenarios; ${formatCount(ctx.detailsMore)} more are in report.json.`)}</p>`,
    );
  }
  const worst = changed.find((s) => s.hasRegression);
  const w = worst ? worstRegression(worst) : null;
  out.push(
    `<hr><p class="muted">${escapeHtml(`${report.policy.fail ? 'The check fails' : 'The check passes'} under fail-on ${report.policy.failOn}.${w ? ` Worst: ${w.label} ${formatSignedPercent(w.relDelta)} on ${worst!.id}.` : ''} genz-action ${report.tool.version} · simulator ${report.tool.simulator}`)}</p>`,
  );
  out.push('</body></html>\n');
  return out.filter(Boolean).join('\n');
}
