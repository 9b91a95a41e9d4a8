import { distance } from 'fastest-levenshtein';

const tail = (s: string): string => s.slice(s.lastIndexOf('/') + 1);

/** Edit distance of two names: lower-cased, and the smaller of whole names and the parts after the last "/". */
export function nameDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return Math.min(distance(x, y), distance(tail(x), tail(y)));
}

export interface Candidate {
  /** What the suggestion shows. */
  name: string;
  /** Other spellings that lead to it (aliases); the best one counts. */
  keys?: readonly string[];
}

/** The `n` candidates nearest to `query` (ties keep the candidates' order). */
export function nearest(query: string, candidates: readonly (string | Candidate)[], n = 3): string[] {
  const scored = candidates.map((c, i) => {
    const cand = typeof c === 'string' ? { name: c } : c;
    let d = nameDistance(query, cand.name);
    for (const k of cand.keys ?? []) d = Math.min(d, nameDistance(query, k));
    return { name: cand.name, d, i };
  });
  scored.sort((a, b) => a.d - b.d || a.i - b.i);
  const out: string[] = [];
  for (const s of scored) {
    if (!out.includes(s.name)) out.push(s.name);
    if (out.length === n) break;
  }
  return out;
}

/** The closest name when it is plausibly a typo of `query` (for field, feature and option names). */
export function closeMatch(query: string, names: readonly string[]): string | undefined {
  const [best] = nearest(query, names, 1);
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(query.length, best.length) / 3));
  return nameDistance(query, best) <= limit ? best : undefined;
}

/** `; did you mean 'x'?` or the empty string. */
export function didYouMean(query: string, names: readonly string[]): string {
  const m = closeMatch(query, names);
  return m === undefined ? '' : `; did you mean '${m}'?`;
}
