/**
 * Neutralising untrusted text (ids, descriptions, messages quoting manifests, baselines, artifacts or configs)
 * before it reaches a terminal or a runner log.
 *
 * The runner executes a workflow command written at the start of a log line (`::error::…`, `::add-mask::…`, the
 * legacy `##[…]` form), and a terminal interprets escape sequences. So: every control character, line break
 * and Unicode line/paragraph separator is written as a visible escape (`\n`, `\x1b`, `\u2028`), which makes any
 * untrusted string one line; and a log line that would start with `::` or `##[` gets a leading backslash.
 */

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\0': '\\0' };

// C0 controls, DEL, C1 controls, and the Unicode separators/bidi controls that break or reorder a line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Every control character, line break and separator written as a visible escape; the result is one line. */
export function escapeControl(text: string): string {
  return String(text).replace(CONTROL, escapeChar);
}

/** {@link escapeControl} of any value (non-strings via String()). */
export function oneLine(value: unknown): string {
  return escapeControl(typeof value === 'string' ? value : String(value));
}

const COMMAND_START = /^(\s*)(::|##\[)/;

/** One log line: escaped, and never the start of a workflow command. */
export function safeLogLine(text: string): string {
  return escapeControl(text).replace(COMMAND_START, '$1\\$2');
}

/**
 * A multi-line message whose line structure is ours (e.g. a list of problems, each already one line): every line
 * is made safe on its own, so no line can start a workflow command. Untrusted parts must still be escaped with
 * {@link oneLine} before they are joined, or their own line breaks would become lines here.
 */
export function safeLogText(text: string): string {
  return String(text)
    .split(/\r\n|\r|\n/)
    .map(safeLogLine)
    .join('\n');
}
