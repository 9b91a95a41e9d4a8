/**
 * Calibration profiles: the fitted parameters per hardware × engine × precision, a generic profile
 * fitted on every device, and each one's error band from its cross-validated residuals. A profile file
 * is JSON (schema tag below); the built-in set is data/calibration/builtin.json.
 */
import { sha256Hex } from '../hash.js';
import { type CalibrationParams, PARAM_KEYS } from './model.js';

/**
 * @2: `eta_attention` is the decode-attention compute fraction of the peak (in @1 it scaled attention
 * relative to the GEMM roofline) and profiles are fitted on the corrected model's tables; an @1 file is
 * refused rather than read with the new meaning.
 */
export const PROFILE_SCHEMA = 'genz-action/calibration-profiles@2';

/** A band: the 90th percentile of |relative error| of cross-validated predictions, their MAPE and count. */
export interface Band {
  p90: number;
  mape: number;
  n: number;
}

export interface Profile {
  params: CalibrationParams;
  /** Bands of E2E (decode-dominated; also used for TPOT and throughputs) and TTFT, or null without data. */
  bands: { e2e: Band | null; ttft: Band | null };
  rows: number;
  groups: number;
  /** Tensor-parallel degrees in the fitted data. */
  tp: number[];
  nvidia: boolean;
}

export interface ProfileSet {
  schema: typeof PROFILE_SCHEMA;
  /** What it was fitted from (file names). */
  source: string;
  generic: { params: CalibrationParams; bands: { e2e: Band | null; ttft: Band | null }; rows: number; groups: number };
  profiles: Record<string, Profile>;
}

export function profileKey(preset: string, engine: string, precision: string): string {
  return `${preset}|${engine}|${precision}`;
}

/** Canonical JSON of a profile set: fixed key order, two-space indent, trailing newline. */
export function serializeProfiles(set: ProfileSet): string {
  const params = (p: CalibrationParams): Record<string, number> => Object.fromEntries(PARAM_KEYS.map((k) => [k, p[k]]));
  const bands = (b: Profile['bands']) => ({ e2e: b.e2e, ttft: b.ttft });
  const ordered = {
    schema: set.schema,
    source: set.source,
    generic: { params: params(set.generic.params), bands: bands(set.generic.bands), rows: set.generic.rows, groups: set.generic.groups },
    profiles: Object.fromEntries(
      Object.keys(set.profiles)
        .sort()
        .map((k) => {
          const p = set.profiles[k];
          return [k, { params: params(p.params), bands: bands(p.bands), rows: p.rows, groups: p.groups, tp: p.tp, nvidia: p.nvidia }];
        }),
    ),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The identity recorded in baselines: a short hash of the canonical profile JSON. */
export function profileSetId(set: ProfileSet): string {
  // src/hash.ts loads node:crypto on the first hash.
  return sha256Hex(serializeProfiles(set)).slice(0, 12);
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkParams(v: unknown, where: string): string | null {
  if (!v || typeof v !== 'object') return `${where}.params must be an object`;
  for (const k of PARAM_KEYS) {
    const x = (v as Record<string, unknown>)[k];
    if (!isNum(x) || !(x > 0)) return `${where}.params.${k} must be a number > 0`;
  }
  return null;
}

/** Parses and checks a profile file's text; throws an Error naming the first problem. */
export function parseProfiles(text: string): ProfileSet {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
  const schema = v && typeof v === 'object' ? (v as { schema?: unknown }).schema : undefined;
  if (typeof schema === 'string' && schema !== PROFILE_SCHEMA && schema.startsWith('genz-action/calibration-profiles@'))
    throw new Error(`a calibration profile file of another version ('${schema}', expected '${PROFILE_SCHEMA}'): fit it again with genz calibrate`);
  const set = v as ProfileSet;
  if (!set || typeof set !== 'object' || set.schema !== PROFILE_SCHEMA) throw new Error(`not a calibration profile file (expected schema '${PROFILE_SCHEMA}')`);
  if (!set.generic) throw new Error('missing the generic profile');
  const e = checkParams(set.generic.params, 'generic');
  if (e) throw new Error(e);
  if (!set.profiles || typeof set.profiles !== 'object') throw new Error('missing profiles');
  for (const [k, p] of Object.entries(set.profiles)) {
    if (k.split('|').length !== 3) throw new Error(`profile key '${k}' must be hardware|engine|precision`);
    const pe = checkParams(p.params, `profiles['${k}']`);
    if (pe) throw new Error(pe);
  }
  return set;
}

/** The profile a scenario runs with: a device profile, or the generic one when none matches. */
export interface SelectedProfile {
  /** `hardware|engine|precision`, or 'generic'. */
  key: string;
  params: CalibrationParams;
  bands: { e2e: Band | null; ttft: Band | null };
  /** True when no profile matched and the generic one (with its wider band) applies. */
  fallback: boolean;
}

export function selectProfile(set: ProfileSet, hardware: string | null, engine: string, precision: string): SelectedProfile {
  const key = hardware === null ? null : profileKey(hardware, engine, precision);
  const p = key === null || engine === 'generic' ? undefined : set.profiles[key];
  if (p) return { key: key!, params: p.params, bands: p.bands, fallback: false };
  return { key: 'generic', params: set.generic.params, bands: set.generic.bands, fallback: true };
}
