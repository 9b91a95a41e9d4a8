/**
 * The action's pure pieces, in process: input parsing, the shard split, the refresh command, and the strict
 * validation of reports read from artifacts.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_MODES, InputValidationError, parseShard, readInputs } from '../../src/action/inputs.js';
import { parseRefreshCommand } from '../../src/action/refresh.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { MAX_REPORT_BYTES, ReportValidationError, readRunReportFile, validateRunReport } from '../../src/action/report-validation.js';
import { shardAssignment, shardSidecar, sidecarPath } from '../../src/action/shard.js';
import { runCheck } from '../../src/pipeline/pipeline.js';
import type { RunReport } from '../../src/run-report/index.js';
import { makeWorkspace, removeTemps, setTensor, tempDir } from './support/harness.js';

afterAll(removeTemps);

const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');

describe('readInputs', () => {
  it('defaults: check mode, on-change comments, no shard', () => {
    expect(inputs({ 'github-token': 't' })).toMatchObject({
      mode: 'check',
      comment: 'on-change',
      commentKey: 'genz-action',
      commentAuthor: 'github-actions[bot]',
      summary: true,
      reportDir: undefined,
      report: undefined,
      reports: undefined,
      shard: undefined,
      branch: undefined,
    });
    expect(ACTION_MODES).toEqual(['check', 'update', 'report', 'post', 'merge', 'refresh']);
  });

  it('reads the new inputs', () => {
    expect(inputs({ mode: 'report', shard: ' 2 / 3 ', 'report-dir': 'out' })).toMatchObject({ shard: { index: 2, total: 3 }, reportDir: 'out' });
    expect(inputs({ mode: 'refresh', 'github-token': 't', branch: 'refs/heads/feature/x' }).branch).toBe('feature/x');
    expect(() => inputs({ mode: 'refresh', 'github-token': 't', branch: 'a..b' })).toThrow("input 'branch' must be a branch name");
    expect(() => inputs({ mode: 'refresh', 'github-token': '' })).toThrow("input 'github-token' is empty: mode refresh needs it");
    expect(inputs({ mode: 'report' }).githubToken).toBe('');
  });

  it.each(['0/3', '4/3', '1/0', '1/257', '-1/3', '1.5/3', '1', '1/3/5', 'a/b', ''])('parseShard refuses %j', (raw) => {
    expect(() => parseShard(raw)).toThrow(InputValidationError);
  });

  it('parseShard accepts i/n', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, total: 1 });
    expect(parseShard('256/256')).toEqual({ index: 256, total: 256 });
  });
});

describe('the shard split', () => {
  const ids = Array.from({ length: 20 }, (_, i) => `s${String.fromCharCode(97 + ((i * 7) % 26))}${i}`);

  it('is balanced, 1-based, covers every id once and ignores the input order', () => {
    const a = shardAssignment(ids, 3);
    const b = shardAssignment([...ids].reverse(), 3);
    expect([...a].sort()).toEqual([...b].sort());
    const sizes = [1, 2, 3].map((i) => [...a.values()].filter((s) => s === i).length);
    expect(sizes).toEqual([7, 7, 6]);
    const sidecars = [1, 2, 3].map((index) => shardSidecar({ index, total: 3 }, ids));
    expect(sidecars.flatMap((s) => s.selected).sort()).toEqual([...ids].sort());
    expect(sidecars[0].scenarios).toEqual(ids);
    // Report order is kept within a shard.
    expect(sidecars[1].selected).toEqual(ids.filter((id) => a.get(id) === 2));
  });

  it('sorts by code units (locale-independent)', () => {
    expect([...shardAssignment(['b', 'B', 'a', 'Z'], 4)]).toEqual([
      ['B', 1],
      ['Z', 2],
      ['a', 3],
      ['b', 4],
    ]);
  });

  it('names the sidecar after the report file', () => {
    expect(sidecarPath('/tmp/x/report.json')).toBe('/tmp/x/report.shard.json');
    expect(sidecarPath('/tmp/x/part')).toBe('/tmp/x/part.shard.json');
  });
});

describe('parseRefreshCommand', () => {
  it.each([
    ['/genz update-baselines', { filter: undefined }],
    ['  /genz update-baselines  \n\nthanks', { filter: undefined }],
    ['/genz   update-baselines llama-*', { filter: 'llama-*' }],
    ['/genz update-baselines chat-tp?\r\nmore', { filter: 'chat-tp?' }],
    ['/genz update-baselines a b', null],
    ['/genz update', null],
    ['/GENZ update-baselines', null],
    ['please /genz update-baselines', null],
    ['> /genz update-baselines', null],
    ['', null],
  ])('%j → %j', (body, expected) => {
    expect(parseRefreshCommand(body)).toEqual(expected);
  });
});

describe('validateRunReport', () => {
  let report: RunReport;

  it('rebuilds a report the pipeline wrote, unchanged', async () => {
    const ws = makeWorkspace();
    setTensor(ws, 'chat-tp2', 2, 1);
    ({ report } = await runCheck({ cwd: ws.dir }));
    const roundTripped = JSON.parse(JSON.stringify(report));
    expect(validateRunReport(roundTripped)).toEqual(roundTripped);
  });

  const tampered = (edit: (r: any) => void) => {
    const r = JSON.parse(JSON.stringify(report));
    edit(r);
    return () => validateRunReport(r, 'artifact');
  };

  it('drops unknown fields and takes metric labels from the definitions', () => {
    const r = JSON.parse(JSON.stringify(report));
    r.extra = '<script>';
    r.scenarios[0].metrics[0].label = '<b>bold</b>';
    r.scenarios[0].metrics[0].unit = 'parsecs';
    r.scenarios[0].pr = 1;
    const v = validateRunReport(r) as unknown as Record<string, any>;
    expect(v).not.toHaveProperty('extra');
    expect(v.scenarios[0]).not.toHaveProperty('pr');
    expect(v.scenarios[0].metrics[0]).toMatchObject({ label: report.scenarios[0].metrics[0].label, unit: report.scenarios[0].metrics[0].unit });
  });

  it.each([
    [
      'not an object',
      (r: any) => {
        r.scenarios = {};
      },
      ['scenarios', 'must be a list'],
    ],
    [
      'wrong schema',
      (r: any) => {
        r.schema = 'x';
      },
      ['schema', 'must be "genz-action/run-report@1" (a run report of this version of genz-action), got "x"'],
    ],
    [
      'wrong tool',
      (r: any) => {
        r.tool.name = 'other';
      },
      ['tool.name', 'must be "genz-action", got "other"'],
    ],
    [
      'bad policy',
      (r: any) => {
        r.policy.failOn = 'sometimes';
      },
      ['policy.failOn', 'must be one of mismatch, regression, slo, never, got "sometimes"'],
    ],
    [
      'unknown metric',
      (r: any) => {
        r.scenarios[1].metrics[0].key = 'vibes';
      },
      ['scenarios[1].metrics[0].key', 'must be one of ttft_ms'],
    ],
    [
      'infinite value',
      (r: any) => {
        r.scenarios[0].metrics[0].delta = '1e999';
      },
      ['scenarios[0].metrics[0].delta', 'must be a number or null, got "1e999"'],
    ],
    [
      'NUL in a string',
      (r: any) => {
        r.scenarios[0].id = 'a\u0000b';
      },
      ['scenarios[0].id', 'must be a string without NUL characters'],
    ],
    [
      'empty id',
      (r: any) => {
        r.scenarios[0].id = '';
      },
      ['scenarios[0].id', 'must be a non-empty string'],
    ],
    [
      'duplicate ids',
      (r: any) => {
        r.scenarios[1].id = r.scenarios[0].id;
      },
      ['scenarios[1].id', 'duplicate scenario id'],
    ],
    [
      'long id',
      (r: any) => {
        r.scenarios[0].id = 'x'.repeat(4097);
      },
      ['scenarios[0].id', 'must be a string of at most 4,096 characters, but it has 4,097'],
    ],
    [
      'negative count',
      (r: any) => {
        r.summary.total = -1;
      },
      ['summary.total', 'must be an integer >= 0 and <= 9007199254740991, got -1'],
    ],
    [
      'bad shard',
      (r: any) => {
        r.shard = { index: 4, total: 3 };
      },
      ['shard.index', 'must be at most the shard total 3, got 4'],
    ],
    [
      'bad SLO',
      (r: any) => {
        r.scenarios[3].slo = [{ budget: 'vibes' }];
      },
      ['scenarios[3].slo[0].budget', 'must be one of ttft_ms, tpot_ms'],
    ],
    [
      'too many notes',
      (r: any) => {
        r.scenarios[0].notes = Array(10_001).fill('n');
      },
      ['scenarios[0].notes', 'must be a list of at most 10,000 items, but it has 10,001'],
    ],
  ])('refuses %s', (_, edit, [fieldPath, message]) => {
    expect(tampered(edit)).toThrow(ReportValidationError);
    let problems: readonly { file: string; fieldPath: string; message: string }[] = [];
    try {
      tampered(edit)();
    } catch (e) {
      problems = (e as ReportValidationError).problems;
    }
    expect(problems.find((p) => p.fieldPath === fieldPath)?.message, JSON.stringify(problems)).toContain(message);
    expect(problems.every((p) => p.file === 'artifact')).toBe(true);
  });

  it('reads files with a size cap', () => {
    const dir = tempDir();
    const file = path.join(dir, 'report.json');
    writeFileSync(file, JSON.stringify(report));
    expect(readRunReportFile(file)).toEqual(JSON.parse(JSON.stringify(report)));
    // The default (limits.artifact_bytes) is hundreds of MB; the check is the same with a small bound.
    expect(MAX_REPORT_BYTES).toBeGreaterThanOrEqual(300 * 1024 * 1024);
    writeFileSync(file, ' '.repeat(1001));
    expect(() => readRunReportFile(file, 'big.json', { ...DEFAULT_LIMITS, artifact_bytes: 1000 })).toThrow(
      'big.json:1:1: the report has 1,001 bytes, over the limit of 1,000 (limits.artifact_bytes); it was not read',
    );
    expect(() => readRunReportFile(path.join(dir, 'missing.json'), 'missing.json')).toThrow('missing.json:1:1: cannot read the report: ENOENT');
  });
});
