/** Field paths of problems: where in a document (a manifest, a config, a baseline, a run report) a value is. */

/** A path segment inside a document: a map key or a sequence index. */
export type Segment = string | number;

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Field path for messages: `scenarios[2].parallelism.tensor`; keys that are not identifiers are quoted,
 * e.g. `scenarios[0].matrix["parallelism.tensor"][1]`.
 */
export function formatPath(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENT.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** A value as messages show it: JSON for data, `nothing` for undefined, at most 60 characters. */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  try {
    const s = JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return String(v);
  }
}
