import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, plainText } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/render.js';
import { everythingReport } from '../fixtures/report/reports.js';

/** The text outside code spans (a backtick fence of length n closes only with a run of exactly n backticks). */
function outsideCodeSpans(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' ');
}

/** Table cells of a row, split on unescaped pipes (GitHub's rule: `\|` never splits, even inside code). */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && i + 1 < row.length) {
      cell += c + row[i + 1];
      i++;
    } else if (c === '|') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out.slice(1, -1);
}

describe('escapeMarkdown', () => {
  it('escapes Markdown and HTML specials and keeps the rest', () => {
    expect(escapeMarkdown('llama|8b <script>')).toBe('llama\\|8b &lt;script&gt;');
    expect(escapeMarkdown('a_b*c')).toBe('a\\_b\\*c');
    expect(escapeMarkdown('[x](y) `z` # ! ~ $ \\ & >')).toBe('\\[x\\](y) \\`z\\` \\#&#8203; \\! \\~ \\$ \\\\ &amp; &gt;');
    expect(escapeMarkdown('Llama-3.1-8B on H100 · bf16 · 1024→256')).toBe('Llama-3.1-8B on H100 · bf16 · 1024→256');
  });

  it('puts everything on one line and drops control characters', () => {
    expect(escapeMarkdown('one\ntwo\r\nthree\rfour\u2028five')).toBe('one two three four five');
    expect(escapeMarkdown('bell\u0007 esc\u001b[31m')).toBe('bell  esc \\[31m');
  });

  it('renders null and undefined as nothing', () => {
    expect(escapeMarkdown(null)).toBe('');
    expect(escapeMarkdown(undefined)).toBe('');
    expect(escapeMarkdown(42)).toBe('42');
  });
});

describe('codeSpan', () => {
  it('fences with more backticks than the text holds and pads when needed', () => {
    expect(codeSpan('npx genz check')).toBe('`npx genz check`');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(codeSpan(' padded ')).toBe('`  padded  `');
    expect(codeSpan('')).toBe('` `');
  });

  it('escapes pipes only inside tables, keeps HTML literal, and stays on one line', () => {
    expect(codeSpan("--filter 'a|b <script>'")).toBe("`--filter 'a|b <script>'`");
    expect(codeSpan('a|b', { table: true })).toBe('`a\\|b`');
    expect(codeSpan('a\nb')).toBe('`a b`');
  });
});

describe('plainText', () => {
  it('removes line breaks and terminal escape sequences', () => {
    expect(plainText('a\nb\u001b[2Jc')).toBe('a b [2Jc');
  });
});

describe('user strings in the rendered report', () => {
  const markdown = renderMarkdown(everythingReport());

  it('has no raw HTML from user strings outside code spans', () => {
    const outside = outsideCodeSpans(markdown);
    expect(outside).not.toMatch(/<script/i);
    expect(outside).not.toMatch(/<b>|<lab>|<TP>/);
    // Only the HTML the renderer writes itself.
    const tags = new Set(outside.match(/<\/?[a-z][^>]*>/gi));
    expect([...tags].sort()).toEqual(['</details>', '</sub>', '<br>', '<details>', '<sub>', '<summary>', '</summary>'].sort());
  });

  it('escapes the hostile id, model and description where they appear as text', () => {
    expect(markdown).toContain('**llama\\|8b &lt;script&gt;alert(1)&lt;/script&gt;**');
    expect(markdown).toContain('models/my\\|model.json → my\\_model\\*v2 \\[beta\\] on hw/&lt;lab&gt;.yaml → lab &amp; co \\#&#8203;1');
    expect(markdown).toContain('**mixed-a\\_b\\*c**');
    // The description's newline became a space; its Markdown is inert.
    expect(markdown).toContain('\\~\\~strike\\~\\~ \\$x\\$ second line \\| pipe_');
    // The error message's newline too.
    expect(markdown).toContain('(needs 262.5 GB &gt; 80 GB) hint: set memory\\_offload: true or use &lt;TP&gt; ≥ 4');
  });

  it('keeps the reproduce command verbatim in a code span', () => {
    expect(markdown).toContain("Reproduce: `npx --yes github:org/genz-action#v1 check --filter 'llama|8b <script>alert(1)</script>'`");
  });

  it('never lets a user pipe split a table cell', () => {
    const lines = markdown.split('\n');
    let i = 0;
    let tables = 0;
    while (i < lines.length) {
      if (lines[i].startsWith('|') && lines[i + 1]?.startsWith('| :--')) {
        tables++;
        const width = cells(lines[i]).length;
        for (let j = i; j < lines.length && lines[j].startsWith('|'); j++, i++) {
          expect(cells(lines[j]), lines[j]).toHaveLength(width);
        }
      } else i++;
    }
    expect(tables).toBeGreaterThanOrEqual(8);
    expect(markdown).toMatch(/^\| llama\\\|8b &lt;script&gt;/m);
  });

  it('puts every user string on one line', () => {
    expect(markdown).not.toContain('\r');
    expect(markdown).not.toMatch(/\nsecond line/);
    expect(markdown).not.toMatch(/\nhint: set/);
  });
});

describe('mentions and references in user text', () => {
  it('cannot ping people or link issues', () => {
    const out = escapeMarkdown('ask @octocat about #123');
    expect(out).not.toMatch(/@octocat/);
    expect(out).not.toMatch(/#123/);
    expect(out).toBe('ask @&#8203;octocat about \\#&#8203;123');
  });
});
