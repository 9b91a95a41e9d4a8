/**
 * The built-in profiles, fitted from data/measured/ by `genz calibrate` (docs/calibration.md); the
 * test suite checks that regenerating them from the shipped data gives this file byte for byte.
 */
import builtin from '../../data/calibration/builtin.json' with { type: 'json' };
import { type ProfileSet, parseProfiles } from './profile.js';

export const BUILTIN_PROFILE_PATH = 'data/calibration/builtin.json';
/** The measurement files the built-in profiles are fitted from, relative to the project root. */
export const BUILTIN_MEASUREMENTS = [
  'data/measured/argonne-public.jsonl',
  'data/measured/argonne-ttft-public.jsonl',
  'data/measured/vendor-public.jsonl',
] as const;

let cached: ProfileSet | undefined;
export function builtinProfiles(): ProfileSet {
  if (cached === undefined) cached = parseProfiles(JSON.stringify(builtin));
  return cached;
}
