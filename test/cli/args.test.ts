import { describe, expect, it } from 'vitest';
import { nearestFlag, prepareArgs } from '../../src/cli/args.js';
import { COMMANDS } from '../../src/cli/main.js';
import { runCli } from '../support/cli.js';

const SIM = ['simulate', '--model', 'meta-llama/Llama-3.1-8B', '--hardware', 'H100_GPU', '--calibration', 'none'];

describe('--help', () => {
  it('genz --help lists every command', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it.each(Object.keys(COMMANDS))('genz %s --help prints its usage on stdout and exits 0', async (name) => {
    const r = await runCli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^Usage: genz ${name}\\b`));
    // -h, `genz help NAME`, and --help beside other (even misspelled) flags say the same.
    expect((await runCli([name, '-h'])).stdout).toBe(r.stdout);
    expect((await runCli(['help', name])).stdout).toBe(r.stdout);
    expect((await runCli([name, '--no-such-flag', '--help'])).stdout).toBe(r.stdout);
  });
});

describe('misspelled flags', () => {
  it.each([
    ['simulate', '--bach', '--batch'],
    ['simulate', '--input-token', '--input-tokens'],
    ['run', '--filtr', '--filter'],
    ['check', '--reprot-json', '--report-json'],
    ['dry-run', '--htm', '--html'],
    ['update', '--confg', '--config'],
    ['validate-manifests', '--cnfig', '--config'],
    ['features', '--jsn', '--json'],
    ['hardware', '--jsno', '--json'],
    ['models', '--josn', '--json'],
    ['calibrate', '--measurement', '--measurements'],
    ['accuracy', '--fail-abve', '--fail-above'],
    ['validate', '--refrence', '--reference'],
  ])('genz %s %s suggests %s (exit 2)', async (command, typo, meant) => {
    const r = await runCli([command, typo, '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unknown option '${typo}' (did you mean '${meant}'?)`);
    expect(r.stderr).toContain(`genz ${command} --help`);
  });

  it('names no flag when nothing is close', async () => {
    const r = await runCli(['simulate', '--zzzzzzzzzz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--zzzzzzzzzz'");
    expect(r.stderr).not.toContain('did you mean');
    expect(nearestFlag('zzzzzz', ['batch', 'model'])).toBeNull();
  });
});

describe('negative numbers in flags reach validation', () => {
  it('rewrites a negative number after a value flag, leaves the rest alone', () => {
    const opts = { batch: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
    expect(prepareArgs(['--batch', '-4', '--json'], opts, 'x')).toEqual(['--batch=-4', '--json']);
    expect(prepareArgs(['--batch', '-0.5'], opts, 'x')).toEqual(['--batch=-0.5']);
    expect(prepareArgs(['--batch', '-1e3'], opts, 'x')).toEqual(['--batch=-1e3']);
    expect(prepareArgs(['--batch=-4'], opts, 'x')).toEqual(['--batch=-4']);
    // A flag that takes no value, or a value that is not a number, is not joined.
    expect(prepareArgs(['--json', '-4'], opts, 'x')).toEqual(['--json', '-4']);
    expect(prepareArgs(['--batch', '-h'], opts, 'x')).toEqual(['--batch', '-h']);
    expect(prepareArgs(['--', '--nope', '-4'], opts, 'x')).toEqual(['--', '--nope', '-4']);
  });

  it.each([
    ['--batch', '-4', '--batch (workload.batch): must be an integer >= 1, got -4'],
    ['--input-tokens', '-1', '--input-tokens (workload.input_tokens): must be an integer >= 1, got -1'],
    ['--output-tokens', '-256', '--output-tokens (workload.output_tokens): must be an integer >= 1, got -256'],
    ['--beam', '-2', '--beam (workload.beam): must be an integer >= 1, got -2'],
    ['--tp', '-2', '--tp (parallelism.tensor): must be an integer >= 1, got -2'],
    ['--pp', '-1', '--pp (parallelism.pipeline): must be an integer >= 1, got -1'],
    ['--ep', '-8', '--ep (parallelism.expert): must be an integer >= 1, got -8'],
    ['--efficiency', '-0.5', '--efficiency (efficiency): must be a number with 0 < efficiency <= 1, got -0.5'],
  ])('genz simulate %s %s prints the field error (exit 2)', async (flag, value, message) => {
    const r = await runCli([...SIM, flag, value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('ambiguous');
  });

  it.each([
    [['calibrate', '--out', 'p.json', '--batch', '-3'], "--batch must be an integer >= 1, got '-3'"],
    [['calibrate', '--out', 'p.json', '--tp', '-1'], "--tp must be an integer >= 1, got '-1'"],
    [['calibrate', '--out', 'p.json', '--input-tokens', '-1'], "--input-tokens must be an integer >= 1, got '-1'"],
    [['calibrate', '--out', 'p.json', '--output-tokens', '-1'], "--output-tokens must be an integer >= 1, got '-1'"],
    [['accuracy', '--measurements', 'm.jsonl', '--fail-above', '-5'], "--fail-above must be a percentage >= 0, got '-5'"],
    [['validate', '--reference', 'r.jsonl', '--tolerance', '-1'], "--tolerance must be a number >= 0, got '-1'"],
  ])('genz %j prints the flag error (exit 2)', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('ambiguous');
  });
});
