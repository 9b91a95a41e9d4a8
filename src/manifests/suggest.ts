import { distance } from 'fastest-levenshtein';

const tail = (s: string): string => s.slice(s.lastIndexOf('/') + 1);

/**
 * How far apart two names are, for ranking suggestions: the Levenshtein distance of the lower-cased names
 * plus that of their parts after the last "/" (so `llama-3.1-8b` is close to `meta-llama/Llama-3.1-8B`,
 * and a matching organisation still counts).
 */
export function nameDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return distance(x, y) + distance(tail(x), tail(y));
}

export interface Candidate {
  /** What the suggestion shows. */
  name: string;
  /** Other spellings that lead to it (aliases); the best one counts. */
  keys?: readonly string[];
}

/** Whether one name (or its part after "/") begins with the other: `H100` → `H100_GPU`, `…-8b-typo` → `…-8B`. */
function prefixRelated(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const pre = (p: string, q: string): boolean => p.length >= 2 && q.length >= 2 && (p.startsWith(q) || q.startsWith(p));
  return pre(x, y) || pre(tail(x), tail(y));
}

/**
 * The `n` candidates nearest to `query`: names where one begins with the other first, then by
 * `nameDistance` (ties keep the candidates' order). A candidate's aliases count as its own spellings.
 */
export function nearest(query: string, candidates: readonly (string | Candidate)[], n = 3): string[] {
  const scored = candidates.map((c, i) => {
    const cand = typeof c === 'string' ? { name: c } : c;
    const spellings = [cand.name, ...(cand.keys ?? [])];
    const d = Math.min(...spellings.map((k) => nameDistance(query, k)));
    const group = spellings.some((k) => prefixRelated(query, k)) ? 0 : 1;
    return { name: cand.name, group, d, i };
  });
  scored.sort((a, b) => a.group - b.group || a.d - b.d || a.i - b.i);
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
  const q = query.toLowerCase();
  const b = best.toLowerCase();
  const limit = Math.max(2, Math.floor(Math.max(q.length, b.length) / 3));
  return distance(q, b) <= limit || (q.length >= 3 && b.startsWith(q)) ? best : undefined;
}

/** `; did you mean 'x'?` or the empty string. */
export function didYouMean(query: string, names: readonly string[]): string {
  const m = closeMatch(query, names);
  return m === undefined ? '' : `; did you mean '${m}'?`;
}
