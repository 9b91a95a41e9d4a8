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

/**
 * The combinations of {@link expandMatrix}, in the same order with the same values, indexes and suffixes, one at a
 * time without building the list: `next()` moves to the following combination (false after the last). The id
 * fragment of each value is computed once per value rather than once per combination, and `values` is a new
 * object per combination (the scenario keeps it), while `indexes` is one array updated in place (key order).
 */
export class MatrixWalk {
  readonly keys: readonly string[];
  private readonly lists: readonly (readonly unknown[])[];
  private readonly fragments: string[][];
  /** Index of the current value of each key (key order); read it before the next call of next(). */
  readonly indexes: number[];
  /** The current combination's values (dotted key → value). */
  values: Record<string, unknown> = {};
  /** The current combination's id suffix. */
  suffix = '';
  private started = false;
  private done = false;
  /** Suffix of the first k keys' current values, for k = 0 … keys.length. */
  private readonly prefixes: string[];

  constructor(matrix: Record<string, readonly unknown[]>) {
    this.keys = Object.keys(matrix);
    this.lists = this.keys.map((k) => matrix[k]);
    this.fragments = this.keys.map((k, j) => this.lists[j].map((v) => `.${keyName(k)}-${slug(v)}`));
    this.indexes = this.keys.map(() => 0);
    this.prefixes = new Array<string>(this.keys.length + 1).fill('');
  }

  /** Moves to the next combination; false when there is none left. */
  next(): boolean {
    const n = this.keys.length;
    if (this.done) return false;
    let from: number;
    if (!this.started) {
      this.started = true;
      if (this.lists.some((l) => l.length === 0)) {
        this.done = true;
        return false;
      }
      from = 0;
    } else {
      // The last key varies fastest.
      let j = n - 1;
      while (j >= 0 && this.indexes[j] + 1 >= this.lists[j].length) j--;
      if (j < 0) {
        this.done = true;
        return false;
      }
      this.indexes[j]++;
      for (let k = j + 1; k < n; k++) this.indexes[k] = 0;
      from = j;
    }
    for (let k = from; k < n; k++) this.prefixes[k + 1] = this.prefixes[k] + this.fragments[k][this.indexes[k]];
    this.suffix = this.prefixes[n];
    const values: Record<string, unknown> = {};
    for (let k = 0; k < n; k++) values[this.keys[k]] = this.lists[k][this.indexes[k]];
    this.values = values;
    return true;
  }
}
