/**
 * Issue 9, case 2: every Object.prototype property name is an ordinary scenario id (null-prototype maps and Map
 * for every keyed lookup of user ids).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaselineFile } from '../../src/baselines/index.js';
import { runCli } from '../support/cli.js';
import { makeRepo } from './support.js';

const PROTO_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'])];
// Scenario ids must match ^[A-Za-z0-9][A-Za-z0-9._-]*$: names starting with '_' are baseline-only ids.
const VALID_IDS = PROTO_NAMES.filter((n) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(n));

function manifest(ids: readonly string[]): string {
  return `version: 1
defaults:
  model: meta-llama/Llama-3.1-8B
  hardware: A100_40GB_GPU
  workload: { batch: 1, input_tokens: 64, output_tokens: 4 }
scenarios:
${ids.map((id) => `  - id: ${id}\n`).join('')}`;
}

describe('Object.prototype names as ids', () => {
  it(`check and update handle ${VALID_IDS.length} ids named after Object.prototype (${VALID_IDS.join(', ')})`, async () => {
    const { root } = makeRepo({ 'perf/p.yaml': manifest(VALID_IDS) });
    const first = await runCli(['check'], { cwd: root });
    expect(first.stderr).not.toContain('internal error');
    expect(first.code).toBe(1); // every scenario is new: fail-on mismatch
    const update = await runCli(['update'], { cwd: root });
    expect(update.stderr).toBe('');
    expect(update.code).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(root, 'baselines/perf/p.json'), 'utf8'));
    expect(Object.keys(doc.scenarios).sort()).toEqual([...VALID_IDS].sort());
    const again = await runCli(['check'], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`No performance changes in ${VALID_IDS.length} scenarios`);
  });

  it.each(PROTO_NAMES)('a model or hardware named %s is an unknown name (exit 2), not a crash', async (name) => {
    const { root } = makeRepo({ 'perf/p.yaml': manifest(['a']).replace('meta-llama/Llama-3.1-8B', JSON.stringify(name)) });
    const r = await runCli(['validate-manifests'], { cwd: root });
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(2);
    const h = makeRepo({ 'perf/p.yaml': manifest(['a']).replace('A100_40GB_GPU', JSON.stringify(name)) });
    const rh = await runCli(['validate-manifests'], { cwd: h.root });
    expect(rh.stderr).not.toContain('internal error');
    expect(rh.code).toBe(2);
  });

  it('update --filter keeps a baseline entry keyed __proto__ (and every other prototype name) that the filter does not select', async () => {
    const { root } = makeRepo({ 'perf/p.yaml': manifest(['x1']) });
    expect((await runCli(['update'], { cwd: root })).code).toBe(0);
    const file = path.join(root, 'baselines/perf/p.json');
    const text = readFileSync(file, 'utf8');
    const doc = JSON.parse(text);
    const entry = doc.scenarios.x1;
    // Written as text: JSON.parse keeps "__proto__" as an own key, an object literal would not.
    const extra = PROTO_NAMES.map((n) => `${JSON.stringify(n)}: ${JSON.stringify(entry)}`).join(',\n');
    writeFileSync(file, text.replace('"scenarios": {', `"scenarios": {\n${extra},`));
    const parsed = parseBaselineFile(readFileSync(file, 'utf8'), 'p.json');
    expect(parsed.scenarios.ids()).toEqual([...PROTO_NAMES, 'x1'].sort());
    const r = await runCli(['update', '--filter', 'x*'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(after.scenarios).sort()).toEqual([...PROTO_NAMES, 'x1'].sort());
  });
});
