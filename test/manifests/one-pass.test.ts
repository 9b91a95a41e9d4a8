/**
 * Issue 9, one error model: every validation problem of a run in one pass — schema errors and unknown names
 * (models, hardware, feature names, the models and hardware feature options name) of every manifest, each with
 * file:line:column and its field, exit 2, whichever command reads the manifests.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { makeRepo } from '../security/support.js';

const A = `version: 1
scenarios:
  - id: a1
    model: no-such-model
    hardware: H100_GPU
    workload: { batch: 0 }
  - id: a2
    model: meta-llama/Llama-3.1-8B
    hardware: no-such-hw
    features: [flash_attention, no_feature]
`;
const B = `version: 1
defaults:
  hardware: not-a-preset
  workload: { beam: -1 }
scenarios:
  - id: b1
    model: meta-llama/Llama-3.1-8B
    features: [{ speculative_decode: { draft_model: nope, parallel_tokens: 4 } }]
  - id: b2
    model: nosuch2
    worklaod: {}
`;

describe('all validation errors of a run in one pass', () => {
  it.each([['validate-manifests'], ['check']])('%s lists schema errors and unknown names of every manifest together', async (command) => {
    const { root } = makeRepo({ 'perf/a.yaml': A, 'perf/b.yaml': B });
    const r = await runCli([command], { cwd: root });
    expect(r.code).toBe(2);
    const lines = r.stderr
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^perf\//.test(l))
      .map((l) => l.replace(/ \(features: .*$|; did you mean .*$|: not (in the catalog|a preset).*$/, ''));
    expect(lines).toEqual([
      "perf/a.yaml:4:12: scenarios[0].model: unknown model 'no-such-model'",
      'perf/a.yaml:6:24: scenarios[0].workload.batch: must be an integer >= 1, got 0',
      "perf/a.yaml:9:15: scenarios[1].hardware: unknown hardware 'no-such-hw'",
      "perf/a.yaml:10:33: scenarios[1].features[1]: unknown feature 'no_feature'",
      "perf/b.yaml:3:13: defaults.hardware: unknown hardware 'not-a-preset'",
      'perf/b.yaml:4:21: defaults.workload.beam: must be an integer >= 1, got -1',
      "perf/b.yaml:8:53: scenarios[0].features[0].speculative_decode.draft_model: unknown model 'nope'",
      "perf/b.yaml:10:12: scenarios[1].model: unknown model 'nosuch2'",
      'perf/b.yaml:11:5: scenarios[1].worklaod: unknown field',
    ]);
    expect(r.stderr).toContain('9 problems in the input');
  });
});
