/**
 * Errors found while a matrix is expanded (ids, bounds, layouts, feature degrees, unknown names): each where its
 * value is written, in the order and words the loader used before matrices were walked one combination at a time
 * (the expected lines are what the bundle of the commit before that change printed for these files).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/index.js';
import { loadScenarios } from '../../src/manifests/index.js';

const ONE =
  'version: 1\ndefaults:\n  model: meta-llama/Llama-3.1-8B\n  hardware: H100_GPU\nscenarios:\n  - id: a.tensor-1\n  - id: a\n    matrix:\n      parallelism.tensor: [1, 3, 1]\n      workload.batch: [1, 100000000]\n  - id: b\n    features: [{ tensor_parallel: { degree: 2 } }]\n    parallelism: { pipeline: 2 }\n    matrix:\n      parallelism.tensor: [4, 2]\n      workload.input_tokens: [100000000, 5]\n  - id: c\n    matrix:\n      model: [meta-llama/Llama-2-7B, nope-model]\n      workload.beam: [1, 4]\n  - id: "x"\n    matrix: { workload.output_tokens: [1, 1] }\n  - id: d.batch-1\n  - id: d\n    matrix: { workload.batch: [1, 2, 1] }\n';
const TWO = 'version: 1\nscenarios:\n  - id: a.tensor-3.batch-1\n    model: meta-llama/Llama-3.1-8B\n    hardware: H100_GPU\n';

const EXPECTED = [
  "perf/one.yaml:9:7: scenarios[1].matrix: two combinations get the same id 'a.tensor-1.batch-1'; make the values differ after replacing characters other than letters, digits, '.', '_' and '-'",
  "perf/one.yaml:9:7: scenarios[1].matrix: two combinations get the same id 'a.tensor-1.batch-100000000'; make the values differ after replacing characters other than letters, digits, '.', '_' and '-'",
  'perf/one.yaml:9:31: scenarios[1].matrix["parallelism.tensor"][1]: tensor parallelism 3 does not divide the 32 attention heads / 8 KV heads of meta-llama/Llama-3.1-8B; valid tensor parallel degrees: 1, 2, 4, 8, 16, 32',
  'perf/one.yaml:10:27: scenarios[1].matrix["workload.batch"][1]: workload.batch is 100,000,000, over the limit of 65,536 (limits.batch); the limit on requests in a batch is a safeguard; raise it with \'limits: { batch: N }\' in genz.config.yaml if this is intended',
  "perf/one.yaml:12:45: scenarios[2].features[0].tensor_parallel.degree: feature 'tensor_parallel' has degree 2 but parallelism.tensor is 4; make them agree or drop one",
  'perf/one.yaml:16:31: scenarios[2].matrix["workload.input_tokens"][0]: workload.input_tokens is 100,000,000, over the limit of 16,777,216 (limits.tokens_per_request); the limit on tokens of one request (input, output, and both together) is a safeguard; raise it with \'limits: { tokens_per_request: N }\' in genz.config.yaml if this is intended',
  "perf/one.yaml:19:38: scenarios[3].matrix.model[1]: unknown model 'nope-model': not in the catalog, a file in the repository or a file in models/; did you mean facebook/OPT-1.3b, facebook/opt-125M, facebook/OPT-13B?",
  "perf/one.yaml:22:13: scenarios[4].matrix: two combinations get the same id 'x.output_tokens-1'; make the values differ after replacing characters other than letters, digits, '.', '_' and '-'",
  "perf/one.yaml:24:9: scenarios[6].id: duplicate scenario id 'd.batch-1' (from the matrix); first defined at perf/one.yaml:23:9",
  "perf/one.yaml:25:13: scenarios[6].matrix: two combinations get the same id 'd.batch-1'; make the values differ after replacing characters other than letters, digits, '.', '_' and '-'",
  "perf/two.yaml:3:9: scenarios[0].id: duplicate scenario id 'a.tensor-3.batch-1'; first defined at perf/one.yaml:7:9",
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genz-matrix-errors-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('matrix expansion errors', () => {
  it('are reported per combination where each value is written', () => {
    fs.mkdirSync(path.join(dir, 'perf'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'perf/one.yaml'), ONE);
    fs.writeFileSync(path.join(dir, 'perf/two.yaml'), TWO);
    const r = loadScenarios({ root: dir, manifests: ['perf/*.yaml'] });
    expect(r.scenarios).toEqual([]);
    expect(r.errors.map(formatProblem)).toEqual(EXPECTED);
  });
});
