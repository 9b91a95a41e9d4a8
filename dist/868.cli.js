export const id = 868;
export const ids = [868];
export const modules = {

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony exports singleLine, hasAutolink */
/**
 * Escaping of user-provided text (scenario ids, descriptions, paths, model names, error messages) for the
 * Markdown reports and the terminal. The Markdown templates are compiled without Handlebars' HTML escaping, so
 * every user string must go through {@link escapeMarkdown} (or {@link codeSpan}) explicitly.
 */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
// C0 controls (other than tab) and C1 controls, DEL.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// ASCII punctuation that may start Markdown syntax (GitHub-flavoured: tables, emphasis, strikethrough, links,
// images, headings, code, math): escaped with a backslash, which CommonMark allows before any ASCII punctuation.
const MARKDOWN_SPECIAL = /[\\`*_[\]|#!~$]/g;
/** One line: line breaks and control characters become spaces. */
function singleLine(text) {
    return text.replace(LINE_BREAKS, ' ').replace(CONTROL, ' ').replace(/\t/g, ' ');
}
/**
 * User text as inert GitHub Markdown on one line, safe inside table cells: `& < >` become HTML entities,
 * `\ \` * _ [ ] | # ! ~ $` get a backslash, `@` and `#` a zero-width space (no mentions or issue links), line
 * breaks and control characters become spaces.
 * null/undefined render as the empty string.
 */
function escapeMarkdown(text) {
    if (text === null || text === undefined)
        return '';
    return (singleLine(String(text))
        .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
        .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
        // A zero-width space after @ and # keeps GitHub from turning user text into @mentions (pings from the
        // bot) or #123 references; it is invisible when rendered.
        .replace(/[@#]/g, (c) => `${c}&#8203;`)
        .replace(LINK_START, (m) => neutraliseLink(m)));
}
// What GitHub turns into a link or a cross-reference in plain text: a scheme's `://` (any URL, issue URLs
// included, which would also cross-reference the issue), `www.`, and `GH-123` issue references.
const LINK_START = /:\/\/|\bwww\.|\bGH-(?=\d)/gi;
/** A zero-width space inside the pattern: the text reads the same, GitHub no longer links it. */
function neutraliseLink(m) {
    if (m === '://')
        return ':&#8203;//';
    return `${m.slice(0, -1)}&#8203;${m.slice(-1)}`;
}
/** Whether Markdown-escaped text still holds something GitHub would autolink (for tests and the fuzz harness). */
function hasAutolink(escaped) {
    return /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bGH-\d/i.test(escaped);
}
/**
 * User text as a Markdown code span (copyable verbatim: code spans show `<`, `*` etc. literally). The fence is
 * longer than any backtick run inside; padding keeps leading/trailing backticks and spaces. In a table cell
 * (`table: true`) pipes become `\|`, which GitHub's table parser turns back into `|` even inside code.
 */
function codeSpan(text, options = {}) {
    let s = text === null || text === undefined ? '' : singleLine(String(text));
    if (s === '')
        return '` `';
    if (options.table)
        s = s.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const allSpaces = /^ +$/.test(s);
    const pad = s.startsWith('`') || s.endsWith('`') || (!allSpaces && s.startsWith(' ') && s.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
/** User text for a terminal: one line, no control characters (no ANSI escape sequences from user data). */
function plainText(text) {
    if (text === null || text === undefined)
        return '';
    return singleLine(String(text));
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   LJ: () => (/* binding */ formatRelError),
/* harmony export */   bo: () => (/* binding */ renderTable)
/* harmony export */ });
function renderTable(columns, rows) {
    const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((cell, i) => (columns[i].align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
/** A relative error in short scientific notation ("0" when exact). */
function formatRelError(x) {
    if (x === 0)
        return '0';
    if (!Number.isFinite(x))
        return String(x);
    return x.toExponential(2);
}
function formatCount(n) {
    return n.toLocaleString('en-US');
}


/***/ })

};
