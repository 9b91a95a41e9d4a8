/**
 * "Why it moved": the change of each primary latency between two simulations of a scenario, split by phase and
 * operator group, with what bounds each phase. Computed from the per-operator tables of both runs (GenZ's
 * roofline: each operator's latency is the largest of its compute, memory and communication times; see
 * docs/model.md), never guessed.
 *
 *  - TTFT is the prefill pass; TPOT is attributed with the decode step at the full context (the per-operator
 *    table exists for that pass; the mean step moves the same way); E2E = TTFT + (o − 1) × decode step, so a
 *    group's E2E change is its prefill change plus (o − 1) times its decode-step change, per run.
 *  - The share of a group is its latency change over the phase's total change (signed: a group that moved the
 *    other way has a negative share). Throughputs are inverses of these latencies and are not repeated.
 */
import type { OperatorRecord } from '../core/evaluate.js';
import type { MetricKey } from '../metrics/definitions.js';
import type { PhaseResult, SimulationResult } from '../simulation/result.js';
import type { Bound, PhaseBreakdown, WhyLine, WhyShare } from './contract.js';

const GROUP_BY_NAME: ReadonlyMap<string, string> = new Map([
  ...['Logit', 'Attend', 'Logit Pre', 'Logit Suf', 'Attend Pre', 'Attend Suf', 'Logit Dec', 'Attend Dec', 'Softmax'].map((n) => [n, 'attention'] as const),
  ...['QKV', 'Out Proj'].map((n) => [n, 'QKV/O projections'] as const),
  ...['Gate', 'up+gate', 'down', 'shared up+gate', 'shared down'].map((n) => [n, 'FFN/experts'] as const),
  ...['embeddings', 'classifier'].map((n) => [n, 'LM head/embeddings'] as const),
  ...['Inproj', 'Conv', 'BC proj', 'xt proj', 'deltaA', 'deltaB', 'deltaBu', 'x calc', 'y calc', 'D addition', 'out mult z', 'Out proj'].map(
    (n) => [n, 'SSM'] as const,
  ),
]);

/** The operator group of a row of the per-operator table. */
export function operatorGroup(op: Pick<OperatorRecord, 'Layer Name' | 'Op Type'>): string {
  if (op['Op Type'] === 'Sync') return 'collectives';
  const name = op['Layer Name'];
  const known = GROUP_BY_NAME.get(name);
  if (known) return known;
  if (/lora/i.test(name)) return 'LoRA adapters';
  return 'other';
}

const BOUND_OF: Readonly<Record<OperatorRecord['Bound'], Bound>> = { Compute: 'compute', Memory: 'memory', Collective: 'interconnect' };

interface PhaseGroups {
  /** ms per pass by group. */
  groups: Map<string, number>;
  /** ms per pass by bound. */
  bounds: Map<Bound, number>;
}

function groupPhase(p: PhaseResult | undefined): PhaseGroups | null {
  if (!p?.operators) return null;
  const groups = new Map<string, number>();
  const bounds = new Map<Bound, number>();
  for (const op of p.operators) {
    if (op['Op Type'] === 'Repeat' || op['Op Type'] === 'EndRepeat' || op.Repeat === 0) continue;
    const ms = op['Latency (msec)'] * op.Repeat;
    if (!(ms > 0)) continue;
    const g = operatorGroup(op);
    groups.set(g, (groups.get(g) ?? 0) + ms);
    const b = BOUND_OF[op.Bound];
    bounds.set(b, (bounds.get(b) ?? 0) + ms);
  }
  return { groups, bounds };
}

function dominantBound(p: PhaseGroups): Bound | null {
  let best: Bound | null = null;
  let ms = 0;
  for (const [b, v] of p.bounds) if (v > ms) [best, ms] = [b, v];
  return best;
}

type Weighted = { phase: string; weight: number; base: PhaseGroups | null; cur: PhaseGroups | null };

function sharesOf(parts: readonly Weighted[]): { shares: WhyShare[]; bounds: { phase: string; bound: Bound }[] } {
  const raw: WhyShare[] = [];
  const bounds: { phase: string; bound: Bound }[] = [];
  for (const part of parts) {
    const names = new Set([...(part.base?.groups.keys() ?? []), ...(part.cur?.groups.keys() ?? [])]);
    let moved = false;
    for (const g of names) {
      const before = (part.base?.groups.get(g) ?? 0) * part.weight;
      const after = (part.cur?.groups.get(g) ?? 0) * part.weight;
      const d = after - before;
      if (d !== 0) {
        moved = true;
        raw.push({ phase: part.phase, group: g, share: 0, deltaMs: d, bound: 'compute' });
      }
    }
    const b = part.cur ? dominantBound(part.cur) : null;
    if (moved && b) bounds.push({ phase: part.phase, bound: b });
  }
  const total = raw.reduce((a, x) => a + x.deltaMs, 0);
  if (total === 0) return { shares: [], bounds };
  for (const x of raw) x.share = x.deltaMs / total;
  raw.sort((a, b) => Math.abs(b.share) - Math.abs(a.share) || (a.group < b.group ? -1 : 1));
  return { shares: raw.slice(0, 6), bounds };
}

const decodePhase = (r: SimulationResult): PhaseResult | undefined => r.phases.decode ?? r.phases.speculative;

/**
 * Why lines for the given primary metrics (those that changed), from a baseline and a current simulation run
 * with operators. Metrics whose phases have no operator table are left out.
 */
export function explainChange(
  base: SimulationResult,
  cur: SimulationResult,
  changed: readonly { key: MetricKey; label: string; relDelta: number | null }[],
): WhyLine[] {
  const pb = groupPhase(base.phases.prefill);
  const pc = groupPhase(cur.phases.prefill);
  const db = groupPhase(decodePhase(base));
  const dc = groupPhase(decodePhase(cur));
  const ob = base.config.workload.output_tokens;
  const oc = cur.config.workload.output_tokens;
  const lines: WhyLine[] = [];
  for (const m of changed) {
    let parts: Weighted[];
    if (m.key === 'ttft_ms') parts = [{ phase: 'prefill', weight: 1, base: pb, cur: pc }];
    else if (m.key === 'tpot_ms' || m.key === 'tpot_peak_ms') parts = [{ phase: 'decode', weight: 1, base: db, cur: dc }];
    else if (m.key === 'e2e_ms') parts = [{ phase: 'prefill', weight: 1, base: pb, cur: pc }, ...decodeParts(db, dc, ob, oc)];
    else continue;
    if (parts.every((p) => p.base === null && p.cur === null)) continue;
    const { shares, bounds } = sharesOf(parts);
    for (const x of shares) {
      const cp = x.phase === 'prefill' ? pc : dc;
      x.bound = cp ? (dominantBoundOfGroup(cp === pc ? cur.phases.prefill : decodePhase(cur), x.group) ?? x.bound) : x.bound;
    }
    lines.push({ metric: m.key, label: m.label, relDelta: m.relDelta, bounds, shares });
  }
  return lines;
}

/** Decode over a generation: (o − 1) steps, each run weighted by its own output length. */
function decodeParts(db: PhaseGroups | null, dc: PhaseGroups | null, ob: number, oc: number): Weighted[] {
  const wb = Math.max(0, ob - 1);
  const wc = Math.max(0, oc - 1);
  const scale = (p: PhaseGroups | null, w: number): PhaseGroups | null =>
    p && { groups: new Map([...p.groups].map(([k, v]) => [k, v * w])), bounds: new Map([...p.bounds].map(([k, v]) => [k, v * w])) };
  return [{ phase: 'decode', weight: 1, base: scale(db, wb), cur: scale(dc, wc) }];
}

function dominantBoundOfGroup(p: PhaseResult | undefined, group: string): Bound | null {
  if (!p?.operators) return null;
  const by = new Map<Bound, number>();
  for (const op of p.operators) {
    if (op.Repeat === 0 || operatorGroup(op) !== group) continue;
    const b = BOUND_OF[op.Bound];
    by.set(b, (by.get(b) ?? 0) + op['Latency (msec)'] * op.Repeat);
  }
  let best: Bound | null = null;
  let ms = 0;
  for (const [b, v] of by) if (v > ms) [best, ms] = [b, v];
  return best;
}

/** The latency of each phase's pass split by operator group, from a run with operators (phases without a table are left out). */
export function breakdownOf(run: SimulationResult): PhaseBreakdown[] {
  const out: PhaseBreakdown[] = [];
  const phases: [string, PhaseResult | undefined][] = [
    ['prefill', run.phases.prefill],
    ['decode', decodePhase(run)],
    ['chunk', run.phases.chunked],
  ];
  for (const [phase, p] of phases) {
    const g = groupPhase(p);
    if (!g || g.groups.size === 0) continue;
    const groups = [...g.groups]
      .map(([group, ms]) => ({ group, ms, bound: dominantBoundOfGroup(p, group) ?? 'compute' }))
      .sort((a, b) => b.ms - a.ms || (a.group < b.group ? -1 : 1));
    out.push({ phase, totalMs: groups.reduce((t, x) => t + x.ms, 0), groups });
  }
  return out;
}
