/**
 * Matrix sweeps: the cartesian product of the listed values, keys in the order written and values in
 * order (the last key varies fastest), each combination named `<id>.<name>-<value>…` (see MATRIX_ID_DOC in
 * schema-defs.ts).
 */

export interface Combination {
  /** Dotted key → value. */
  values: Record<string, unknown>;
  /** Dotted key → index of the value in its list. */
  indexes: Record<string, number>;
  /** The id suffix, e.g. `.tensor-2.batch-8`. */
  suffix: string;
}

/** A value as an id fragment: only [A-Za-z0-9._-], runs of anything else become '-'. */
export function slug(value: unknown): string {
  let s: string;
  if (Array.isArray(value)) s = value.length === 0 ? 'none' : value.map(slug).join('-');
  else if (value !== null && typeof value === 'object') {
    s = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => (v === true || v === null ? k : `${k}-${slug(v)}`))
      .join('-');
  } else s = String(value);
  const out = s
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return out === '' ? 'x' : out;
}

/** The name of a matrix key in ids: the last part of the dotted path. */
export const keyName = (key: string): string => key.slice(key.lastIndexOf('.') + 1);

export function expandMatrix(matrix: Record<string, readonly unknown[]>): Combination[] {
  let combos: Combination[] = [{ values: {}, indexes: {}, suffix: '' }];
  for (const [key, list] of Object.entries(matrix)) {
    const next: Combination[] = [];
    for (const c of combos) {
      list.forEach((v, i) => {
        next.push({
          values: { ...c.values, [key]: v },
          indexes: { ...c.indexes, [key]: i },
          suffix: `${c.suffix}.${keyName(key)}-${slug(v)}`,
        });
      });
    }
    combos = next;
  }
  return combos;
}
