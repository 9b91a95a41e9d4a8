import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { testTempDir } from '../support/temp.js';
import { referenceDir } from '../support/reference.js';

const reference = (): string => path.join(referenceDir(), 'genz-cases.jsonl');

describe('genz validate', () => {
  it('prints PASS per mode with aligned columns and exits 0', async () => {
    const r = await runCli(['validate', '--reference', reference()]);
    expect(r.code).toBe(0);
    for (const mode of ['prefill', 'decode', 'chunked', 'spec_decode', 'errors', 'overall']) {
      expect(r.stdout).toMatch(new RegExp(`^${mode}\\s+PASS\\s+[\\d,]+\\s+0\\s+[\\d,]+\\s+\\S+`, 'm'));
    }
    expect(r.stdout).toContain('1,107 cases');
  });

  it('prints exactly one JSON object with --json', async () => {
    const r = await runCli(['validate', '--reference', reference(), '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.passed).toBe(true);
    expect(report.modes.map((m: { mode: string }) => m.mode)).toEqual(['prefill', 'decode', 'chunked', 'spec_decode', 'errors']);
    expect(report.maxRelError).toBeLessThanOrEqual(1e-9);
  });

  it('exits 1 and names the case and value when a case fails', async () => {
    const dir = testTempDir('genz-validate-');
    const lines = readFileSync(reference(), 'utf8').split('\n').filter(Boolean).slice(0, 5);
    const tampered = JSON.parse(lines[1]);
    tampered.outputs.throughput *= 1.001;
    lines[1] = JSON.stringify(tampered);
    const file = path.join(dir, 'tampered.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const r = await runCli(['validate', '--reference', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^prefill\s+FAIL/m);
    expect(r.stdout).toContain(`${tampered.id}: throughput`);
  });

  it('exits 2 on bad usage or an unreadable file', async () => {
    expect((await runCli(['validate'])).code).toBe(2);
    expect((await runCli(['validate', '--reference', '/nonexistent.jsonl'])).stderr).toContain('cannot read --reference');
    expect((await runCli(['validate', '--reference', reference(), '--tolerance', 'abc'])).code).toBe(2);
    expect((await runCli(['validate', '--bogus'])).code).toBe(2);
    const dir = testTempDir('genz-validate-');
    writeFileSync(path.join(dir, 'bad.jsonl'), '{"id": "x", "mode": "prefill"\n');
    const bad = await runCli(['validate', '--reference', path.join(dir, 'bad.jsonl')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.jsonl:1');
  });
});

describe('genz', () => {
  it('without a command prints the usage on stderr and exits 2; --help on stdout and exits 0', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage: genz <command>');
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('dry-run');
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });
});
