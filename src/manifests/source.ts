/**
 * A parsed YAML/JSON file that keeps positions: values are read from `data`, positions of any field are
 * found by walking the yaml Document along the same path. JSON files go through the yaml parser too (JSON
 * is YAML 1.2 flow syntax), so their errors carry line and column as well.
 */
import { type Document, LineCounter, type Node, type Pair, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { oneLine } from '../errors/index.js';
import { DEFAULT_LIMITS, valueTooDeep } from '../limits.js';
import { type Segment, formatPath } from './errors.js';
import type { Problem } from '../errors/index.js';

export interface SourceFile {
  /** Repo-relative POSIX path (as shown in errors). */
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** The plain data (aliases and merge keys resolved); undefined when the file has syntax errors. */
  readonly data: unknown;
  /** YAML syntax errors (empty when the file parsed). */
  readonly syntaxErrors: Problem[];
}

export interface Position {
  line: number;
  column: number;
}

const SYNTAX_HINTS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'duplicate key: each key may appear once in a mapping',
  MULTIPLE_DOCS: 'a file holds one YAML document (remove the extra `---`)',
};

export function parseSource(text: string, file: string): SourceFile {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true, keepSourceTokens: false });
  } catch (err) {
    // Deep block nesting the bracket pre-check cannot see (e.g. `- - - - …`) can exhaust the parser's stack.
    if (!(err instanceof RangeError)) throw err;
    const empty = parseDocument('');
    return {
      file,
      doc: empty,
      lineCounter,
      data: undefined,
      syntaxErrors: [{ file, line: 1, column: 1, fieldPath: '', message: 'YAML error: the document is nested too deeply to parse (limits.nesting_depth)' }],
    };
  }
  const syntaxErrors: Problem[] = doc.errors.map((e) => {
    const p = lineCounter.linePos(e.pos[0]);
    return {
      file,
      line: Math.max(p.line, 1),
      column: Math.max(p.col, 1),
      fieldPath: '',
      message: `YAML syntax error: ${SYNTAX_HINTS[e.code] ?? e.message.replace(/\s+/g, ' ').trim()}`,
    };
  });
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
      if (valueTooDeep(data, DEFAULT_LIMITS.nesting_depth)) {
        syntaxErrors.push({
          file,
          line: 1,
          column: 1,
          fieldPath: '',
          message: `nested deeper than ${DEFAULT_LIMITS.nesting_depth} levels (limits.nesting_depth)`,
        });
        data = undefined;
      }
    } catch (err) {
      const message = err instanceof RangeError ? 'the document is nested too deeply to read (limits.nesting_depth)' : oneLine((err as Error).message);
      syntaxErrors.push({ file, line: 1, column: 1, fieldPath: '', message: `YAML error: ${message}` });
    }
  }
  return { file, doc, lineCounter, data, syntaxErrors };
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || key.source === '<<');
}

function keyOf(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return typeof k.value === 'symbol' ? undefined : String(k.value);
  return k === null || k === undefined ? undefined : String(k);
}

function deref(src: SourceFile, node: unknown): unknown {
  let n = node;
  for (let i = 0; i < 100 && isAlias(n); i++) n = n.resolve(src.doc);
  return n;
}

/** The pair of `key` in a map node, merge keys (`<<: *anchor`) included. */
function findPair(src: SourceFile, map: unknown, key: string, depth = 0): Pair | undefined {
  const m = deref(src, map);
  if (!isMap(m) || depth > 20) return undefined;
  const direct = m.items.find((p) => !isMergeKey(p.key) && keyOf(p) === key);
  if (direct) return direct;
  for (const p of m.items) {
    if (!isMergeKey(p.key)) continue;
    const v = deref(src, p.value);
    const sources = isSeq(v) ? v.items : [v];
    for (const s of sources) {
      const found = findPair(src, s, key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

interface Located {
  /** The deepest node reached along the path. */
  node: Node | null;
  /** The key node of the last segment when it is a map key. */
  keyNode: Node | null;
  /** How many segments were resolved. */
  depth: number;
}

function locate(src: SourceFile, segments: readonly Segment[]): Located {
  let node: unknown = src.doc.contents;
  let keyNode: Node | null = null;
  let depth = 0;
  for (const seg of segments) {
    const cur = deref(src, node);
    let next: unknown;
    let nextKey: Node | null = null;
    if (isSeq(cur) && typeof seg === 'number') {
      next = cur.items[seg];
    } else if (isMap(cur)) {
      const pair = findPair(src, cur, String(seg));
      if (pair) {
        nextKey = (pair.key as Node) ?? null;
        next = pair.value ?? pair.key;
      }
    }
    if (next === undefined || next === null) break;
    node = next;
    keyNode = nextKey;
    depth++;
  }
  const last = deref(src, node);
  return { node: (last as Node) ?? null, keyNode: depth === segments.length ? keyNode : null, depth };
}

function pos(src: SourceFile, node: Node | null): Position {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const p = src.lineCounter.linePos(offset);
  return { line: Math.max(p.line, 1), column: Math.max(p.col, 1) };
}

/** Position of the value at `segments` (or of its key with `atKey`); the nearest ancestor if it is absent. */
export function positionOf(src: SourceFile, segments: readonly Segment[], atKey = false): Position {
  const l = locate(src, segments);
  if (atKey && l.keyNode) return pos(src, l.keyNode);
  return pos(src, l.node);
}

/** An error at `segments` of this file; the path shown is `segments` unless `shownPath` is given. */
export function errorAt(
  src: SourceFile,
  segments: readonly Segment[],
  message: string,
  opts: { atKey?: boolean; shownPath?: readonly Segment[] } = {},
): Problem {
  const p = positionOf(src, segments, opts.atKey ?? false);
  return { file: src.file, line: p.line, column: p.column, fieldPath: formatPath(opts.shownPath ?? segments), message };
}

/** JSON pointer (ajv's instancePath) → segments; numeric segments become indexes when the data is an array. */
export function pointerToSegments(pointer: string, data: unknown): Segment[] {
  if (pointer === '') return [];
  const out: Segment[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(key)) {
      out.push(Number(key));
      cur = cur[Number(key)];
    } else {
      out.push(key);
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
    }
  }
  return out;
}
