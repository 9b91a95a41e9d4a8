/**
 * Issue 9, case 1: untrusted text never starts a workflow command and never reaches a terminal raw.
 * (The post-mode case against the committed bundle is in test/e2e/fork-flow.test.ts.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as log from '../../src/action/log.js';
import { escapeControl, formatProblem, safeLogLine, safeLogText } from '../../src/errors/index.js';
import { runCli } from '../support/cli.js';
import { FAST_MANIFEST, commandLines, hasRawControl, makeRepo } from './support.js';

const EVIL = 'chat\n::error ::x\n::add-mask::y\n::set-output name=z::w\r##[error]v\u001b[31mred\u2028next';

describe('safe text', () => {
  it('escapes every control character and line break into one visible line', () => {
    expect(escapeControl(EVIL)).toBe('chat\\n::error ::x\\n::add-mask::y\\n::set-output name=z::w\\r##[error]v\\x1b[31mred\\u2028next');
    expect(escapeControl('a\tb\u0000\u007f\u0085')).toBe('a\\tb\\0\\x7f\\x85');
  });

  it('a log line never starts a workflow command', () => {
    expect(safeLogLine('::error::x')).toBe('\\::error::x');
    expect(safeLogLine('  ##[group]x')).toBe('  \\##[group]x');
    expect(commandLines(safeLogText(`ok\n${EVIL}\n  ::warning::w`))).toEqual([]);
  });

  it('a problem prints on one line whatever its fields hold', () => {
    const text = formatProblem({
      file: 'a\nb.yaml',
      line: 2,
      column: 3,
      fieldPath: 'scenarios[0].model',
      message: 'unknown model "x\n::error ::y"',
      hint: 'h\u001b[2J',
    });
    expect(text.split('\n')).toHaveLength(1);
    expect(hasRawControl(text)).toBe(false);
  });
});

describe('the action log', () => {
  afterEach(() => vi.restoreAllMocks());

  function captured(fn: () => void): string {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    fn();
    vi.restoreAllMocks();
    return out;
  }

  it('info, notice, warning and error never write a command line from untrusted text', () => {
    const out = captured(() => {
      log.info(`genz-action: 1 regression (worst: TTFT +5% on ${EVIL})`);
      log.info(EVIL);
      log.notice(EVIL);
      log.warning(EVIL, { title: EVIL });
      log.error(EVIL, { file: EVIL });
    });
    const commands = commandLines(out).map((l) => l.replace(/^(::[a-z-]+)[ :].*$/, '$1'));
    // Only the annotations themselves (whose data the toolkit escapes): no add-mask, set-output, or injected error.
    expect(commands).toEqual(['::notice', '::warning', '::error']);
    expect(out).not.toMatch(/^::add-mask::/m);
    expect(out).not.toMatch(/^::set-output/m);
    expect(out).not.toMatch(/^::error ::x/m);
    expect(hasRawControl(out)).toBe(false);
  });

  it('a raw block is wrapped in stop-commands with an unguessable token', () => {
    const out = captured(() => log.rawBlock(`Refreshed:\n- ${EVIL}`));
    const [first, ...rest] = out.trimEnd().split('\n');
    const token = /^::stop-commands::(genz-[0-9a-f]{32})$/.exec(first)?.[1];
    expect(token).toBeDefined();
    expect(rest.at(-1)).toBe(`::${token}::`);
    expect(commandLines(rest.slice(0, -1).join('\n'))).toEqual([]);
  });
});

describe('the CLI prints untrusted text escaped', () => {
  it('an error quoting manifest text stays on its line (exit 2)', async () => {
    const { root } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST.replace('meta-llama/Llama-3.1-8B', '"no-such-model\\n::error ::x\\u001b[2J"') });
    const r = await runCli(['check'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('perf/a.yaml:3:');
    expect(commandLines(r.stderr + r.stdout)).toEqual([]);
    expect(hasRawControl(r.stderr)).toBe(false);
  });

  it('baseline ids with line breaks and escape sequences are escaped by check and update', async () => {
    const { root } = makeRepo({ 'perf/a.yaml': FAST_MANIFEST });
    expect((await runCli(['update'], { cwd: root })).code).toBe(0);
    const file = path.join(root, 'baselines/perf/a.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.scenarios[EVIL] = doc.scenarios.chat;
    writeFileSync(file, JSON.stringify(doc));
    const check = await runCli(['check'], { cwd: root });
    expect(check.code).toBe(1); // a removed scenario: the policy fails
    expect(commandLines(check.stdout + check.stderr)).toEqual([]);
    expect(hasRawControl(check.stdout + check.stderr)).toBe(false);
    const update = await runCli(['update'], { cwd: root });
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('- chat\\n::error ::x');
    expect(commandLines(update.stdout + update.stderr)).toEqual([]);
    expect(hasRawControl(update.stdout + update.stderr)).toBe(false);
  });

  it('an internal error is one line with a hint; the stack only with --debug (exit 3)', async () => {
    const { reportError } = await import('../../src/cli/main.js');
    let err = '';
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => {
        err += t;
      },
      cwd: '.',
      env: {},
      isTTY: false,
    };
    const boom = new TypeError('boom\n::error ::x');
    expect(reportError(io, 'check', boom, false)).toBe(3);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain('internal error: TypeError: boom\\n::error ::x');
    expect(err).toContain('please report it');
    err = '';
    expect(reportError(io, 'check', boom, true)).toBe(3);
    expect(err).toContain('at ');
    expect(commandLines(err)).toEqual([]);
  });
});

describe('links and references in reports (case 6)', () => {
  it('bare URLs, www., issue URLs and GH-n are neutralised; the text reads the same', async () => {
    const { escapeMarkdown, hasAutolink } = await import('../../src/report/escape.js');
    const text = 'see https://github.com/o/r/issues/1 and http://x.y, www.evil.example, ftp://f, GH-123, gh-7 WWW.A.B';
    const out = escapeMarkdown(text);
    expect(hasAutolink(out)).toBe(false);
    expect(out.replace(/&#8203;/g, '')).toBe(text);
    expect(escapeMarkdown('GH-x and wwwx.y')).toBe('GH-x and wwwx.y');
  });

  it('a rendered report of ids and descriptions with 37 links links none of them', async () => {
    const { renderMarkdown } = await import('../../src/report/render.js');
    const { everythingReport } = await import('../fixtures/report/reports.js');
    const { hasAutolink } = await import('../../src/report/escape.js');
    const report = everythingReport();
    report.scenarios.forEach((s, i) => {
      s.id = `${s.id}-GH-${i}-www.x${i}.com`;
      s.description = `https://github.com/o/r/issues/${i} www.a${i}.example http://b${i}.example`;
    });
    const md = renderMarkdown(report);
    // Outside code spans (which GitHub never links), nothing is a link.
    const outside = md.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' ');
    expect(hasAutolink(outside.replace(/<!--[\s\S]*?-->/g, ''))).toBe(false);
  });
});
