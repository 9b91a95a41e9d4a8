/**
 * `genz calibrate`'s engine: measurements in, a profile set out, with the leave-one-group-out
 * cross-validated error of every group (a group = model × hardware × engine × TP, never in-sample).
 */
import { fitParams, NOMINAL, roundParams, type Sample } from './fit.js';
import { groupKey, type Measurement } from './measurements.js';
import { type CalibrationParams, type RequestFeatures, ROOFLINE, predictRequest, requestFeatures } from './model.js';
import { isNvidia } from './names.js';
import { type Band, type Profile, type ProfileSet, PROFILE_SCHEMA, profileKey } from './profile.js';

/** A measurement with the core's features and the reason it is left out, if it is. */
export interface Prepared {
  m: Measurement;
  features?: RequestFeatures;
  /** Why the row is not used (from the reader, or found here: implausible against the roofline). */
  skip?: string;
}

/** Features for every usable measurement; rows the core rejects or the roofline rules out get a skip reason. */
export function prepare(measurements: readonly Measurement[]): Prepared[] {
  return measurements.map((m) => {
    if (m.skip) return { m, skip: m.skip };
    let features: RequestFeatures;
    try {
      features = requestFeatures({
        model: m.resolvedModel!.ref,
        hardware: m.preset!,
        precision: m.precision!,
        tp: m.tp,
        pp: m.pp,
        batch: m.batch,
        inputTokens: m.inputTokens,
        outputTokens: m.outputTokens,
      });
    } catch (e) {
      return { m, skip: `the core cannot run it: ${(e as Error).message.split('\n')[0]}` };
    }
    const raw = predictRequest(features, ROOFLINE);
    // The roofline is a lower bound: a run faster than it did not do the work it claims.
    const faster = (meas: number | null, pred: number | null): boolean => meas !== null && pred !== null && meas < pred;
    if (faster(m.e2eMs, raw.e2eMs) || faster(m.ttftMs, raw.ttftMs) || faster(m.tpotMs, raw.tpotMs)) {
      return { m, features, skip: 'implausible measurement: faster than the raw roofline allows' };
    }
    return { m, features };
  });
}

const sampleOf = (p: Prepared): Sample => ({ features: p.features!, e2eMs: p.m.e2eMs, ttftMs: p.m.ttftMs, tpotMs: p.m.tpotMs });

export const GENERIC_PRIOR_WEIGHT = 0.5;
export const PROFILE_PRIOR_WEIGHT = 0.5;

/** The collective parameters need multi-device rows; without them they stay at the prior. */
function fixedFor(rows: readonly Prepared[]): (keyof CalibrationParams)[] {
  return rows.some((r) => r.m.tp > 1) ? [] : ['eta_link', 'collective_us'];
}

export function fitGeneric(rows: readonly Prepared[], start?: CalibrationParams): CalibrationParams {
  return fitParams(rows.map(sampleOf), NOMINAL, { priorWeight: GENERIC_PRIOR_WEIGHT, fixed: fixedFor(rows), start });
}

export function fitProfile(rows: readonly Prepared[], generic: CalibrationParams, start?: CalibrationParams): CalibrationParams {
  return fitParams(rows.map(sampleOf), generic, { priorWeight: PROFILE_PRIOR_WEIGHT, fixed: fixedFor(rows), start });
}

/** One cross-validated prediction: the group was left out of every fit that made it. */
export interface CvPoint {
  row: Prepared;
  group: string;
  profile: string;
  /** Which profile predicted it: the device profile fitted without the group, or the generic one. */
  via: 'profile' | 'generic';
  e2e: { predicted: number; measured: number } | null;
  ttft: { predicted: number; measured: number } | null;
  tpot: { predicted: number; measured: number } | null;
  /** Same rows, generic profile only (for the generic band). */
  genericE2e: number | null;
  genericTtft: number | null;
}

export interface CalibrationRun {
  profiles: ProfileSet;
  cv: CvPoint[];
  used: Prepared[];
  skipped: Prepared[];
}

export function keyOf(m: Measurement): string {
  return profileKey(m.preset!, m.engineId!, m.precision!);
}

/** |relative error| percentile (nearest rank) of a list, as a fraction. */
function percentile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** The band of a list of relative errors: their 90th percentile of |error|, with MAPE and count. */
export function bandOf(relErrors: readonly number[]): Band | null {
  if (relErrors.length === 0) return null;
  const abs = relErrors.map(Math.abs);
  return { p90: roundBand(percentile(abs, 0.9)), mape: roundBand(abs.reduce((s, x) => s + x, 0) / abs.length), n: abs.length };
}
const roundBand = (x: number): number => Math.round(x * 1000) / 1000;

const rel = (p: { predicted: number; measured: number } | null): number | null => (p ? p.predicted / p.measured - 1 : null);

/** Fits the generic and every device profile, and cross-validates leaving one group out at a time. */
export function calibrate(measurements: readonly Measurement[], source: string): CalibrationRun {
  const prepared = prepare(measurements);
  const used = prepared.filter((p) => !p.skip);
  const skipped = prepared.filter((p) => p.skip);
  const byProfile = new Map<string, Prepared[]>();
  for (const p of used) {
    const k = keyOf(p.m);
    if (!byProfile.has(k)) byProfile.set(k, []);
    byProfile.get(k)!.push(p);
  }
  const generic = fitGeneric(used);
  const engineOf = (k: string): string => k.split('|')[1];
  const engines = new Map<string, CalibrationParams>();
  const engineRows = (e: string, rows: readonly Prepared[]): Prepared[] => rows.filter((p) => p.m.engineId === e);
  for (const e of [...new Set([...byProfile.keys()].map(engineOf))].sort()) engines.set(e, fitProfile(engineRows(e, used), generic));
  const fitted = new Map<string, CalibrationParams>();
  for (const [k, rows] of [...byProfile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) fitted.set(k, fitProfile(rows, engines.get(engineOf(k))!));

  // Leave one group out: every fit that predicts a group's rows is made without them.
  const groups = new Map<string, Prepared[]>();
  for (const p of used) {
    const g = groupKey(p.m);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(p);
  }
  const cv: CvPoint[] = [];
  for (const [g, rows] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rest = used.filter((p) => groupKey(p.m) !== g);
    const genericCv = fitGeneric(rest, generic);
    // A group may hold rows of several precisions (profiles): each is predicted by its own profile's fit.
    const foldFits = new Map<string, { params: CalibrationParams; via: 'profile' | 'generic' }>();
    const engineCvs = new Map<string, CalibrationParams>();
    const foldFit = (k: string): { params: CalibrationParams; via: 'profile' | 'generic' } => {
      let f = foldFits.get(k);
      if (f) return f;
      const e = engineOf(k);
      let engineCv = engineCvs.get(e);
      if (!engineCv) {
        engineCv = fitProfile(engineRows(e, rest), genericCv, engines.get(e));
        engineCvs.set(e, engineCv);
      }
      const siblings = byProfile.get(k)!.filter((p) => groupKey(p.m) !== g);
      f = siblings.length > 0 ? { params: fitProfile(siblings, engineCv, fitted.get(k)), via: 'profile' } : { params: genericCv, via: 'generic' };
      foldFits.set(k, f);
      return f;
    };
    for (const row of rows) {
      const k = keyOf(row.m);
      const { params, via } = foldFit(k);
      const pr = predictRequest(row.features!, params);
      const gp = predictRequest(row.features!, genericCv);
      const m = row.m;
      cv.push({
        row,
        group: g,
        profile: k,
        via,
        e2e: m.e2eMs !== null ? { predicted: pr.e2eMs, measured: m.e2eMs } : null,
        ttft: m.ttftMs !== null ? { predicted: pr.ttftMs, measured: m.ttftMs } : null,
        tpot: m.tpotMs !== null && pr.tpotMs !== null ? { predicted: pr.tpotMs, measured: m.tpotMs } : null,
        genericE2e: m.e2eMs !== null ? gp.e2eMs / m.e2eMs - 1 : null,
        genericTtft: m.ttftMs !== null ? gp.ttftMs / m.ttftMs - 1 : null,
      });
    }
  }

  const genericBands = {
    e2e: bandOf(cv.flatMap((c) => (c.genericE2e === null ? [] : [c.genericE2e]))),
    ttft: bandOf(cv.flatMap((c) => (c.genericTtft === null ? [] : [c.genericTtft]))),
  };
  // A profile with fewer than 3 TTFT measurements takes the TTFT band of every profile's cross-validated TTFT.
  const pooledTtft = bandOf(cv.flatMap((c) => (c.ttft ? [rel(c.ttft)!] : [])));
  const profiles: Record<string, Profile> = {};
  for (const [k, params] of fitted) {
    const points = cv.filter((c) => c.profile === k);
    const e2e = bandOf(points.flatMap((c) => (c.e2e ? [rel(c.e2e)!] : [])));
    const ownTtft = bandOf(points.flatMap((c) => (c.ttft ? [rel(c.ttft)!] : [])));
    const ttft = ownTtft && ownTtft.n >= 3 ? ownTtft : pooledTtft;
    const rows = byProfile.get(k)!;
    profiles[k] = {
      params: roundParams(params),
      bands: { e2e, ttft },
      rows: rows.length,
      groups: new Set(rows.map((r) => groupKey(r.m))).size,
      tp: [...new Set(rows.map((r) => r.m.tp))].sort((a, b) => a - b),
      nvidia: isNvidia(rows[0].m.preset!),
    };
  }
  return {
    profiles: {
      schema: PROFILE_SCHEMA,
      source,
      generic: { params: roundParams(generic), bands: genericBands, rows: used.length, groups: groups.size },
      profiles,
    },
    cv,
    used,
    skipped,
  };
}
