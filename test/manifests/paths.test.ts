import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/index.js';
import { loadScenarios } from '../../src/manifests/index.js';
import { findFileInside, resolveInside } from '../../src/manifests/paths.js';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'genz-paths-')));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const MODEL = 'hidden_size: 1024\nnum_attention_heads: 16\nnum_decoder_layers: 4\n';

/** A repository in `tmp/repo` with a secret model file next to it, outside. */
function setup(): string {
  const repo = path.join(tmp, 'repo');
  fs.mkdirSync(path.join(repo, 'perf'), { recursive: true });
  fs.mkdirSync(path.join(repo, 'models'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'outside'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'outside', 'secret.yaml'), MODEL);
  fs.writeFileSync(path.join(repo, 'models', 'inside.yaml'), MODEL);
  fs.symlinkSync(path.join(tmp, 'outside', 'secret.yaml'), path.join(repo, 'models', 'escape.yaml'));
  fs.symlinkSync(path.join(repo, 'models', 'inside.yaml'), path.join(repo, 'models', 'alias.yaml'));
  fs.symlinkSync(path.join(tmp, 'outside'), path.join(repo, 'linked-dir'));
  fs.writeFileSync(path.join(tmp, 'outside', 'stray.yaml'), 'version: 1\nscenarios: [{ id: stray, model: x }]\n');
  fs.symlinkSync(path.join(tmp, 'outside', 'stray.yaml'), path.join(repo, 'perf', 'stray.yaml'));
  fs.writeFileSync(
    path.join(repo, 'perf', 'paths.yaml'),
    [
      'version: 1',
      'defaults: { hardware: H100_GPU }',
      'scenarios:',
      '  - { id: by-name, model: escape }',
      '  - { id: by-path, model: models/escape.yaml }',
      '  - { id: dotdot, model: models/../../outside/secret.yaml }',
      '  - { id: through-dir, model: linked-dir/secret.yaml }',
      '  - { id: inside-link, model: alias }',
      '  - { id: inside-dotdot, model: perf/../models/inside.yaml }',
      '  - { id: hw, model: inside, hardware: ../hw.yaml }',
      '',
    ].join('\n'),
  );
  return repo;
}

describe('paths in manifests', () => {
  const repo = setup();

  it('lexical checks refuse absolute paths and `..` above the root', () => {
    expect(resolveInside(repo, 'a/../b.yaml')).toEqual({ ok: true, abs: path.join(repo, 'b.yaml'), rel: 'b.yaml' });
    expect(resolveInside(repo, '../b.yaml')).toMatchObject({ ok: false, reason: 'the path leaves the project root' });
    expect(resolveInside(repo, '/etc/passwd')).toMatchObject({ ok: false });
    expect(resolveInside(repo, 'C:\\x.yaml')).toMatchObject({ ok: false });
    expect(findFileInside(repo, 'models/escape.yaml')).toEqual({ kind: 'refused', reason: 'the path is a symlink that leads outside the project root' });
    expect(findFileInside(repo, 'models/alias.yaml')).toMatchObject({ kind: 'file', rel: 'models/alias.yaml' });
  });

  it('model and hardware references that leave the repository are refused; symlinked manifests outside are not read', () => {
    const r = loadScenarios({ root: repo, manifests: ['perf/*.yaml'] });
    expect(r.files).toEqual(['perf/paths.yaml']);
    expect(r.scenarios).toEqual([]);
    expect(r.errors.map(formatProblem)).toEqual([
      "perf/paths.yaml:4:27: scenarios[0].model: model file 'models/escape.yaml' refused: the path is a symlink that leads outside the project root",
      "perf/paths.yaml:5:27: scenarios[1].model: model path 'models/escape.yaml' refused: the path is a symlink that leads outside the project root",
      "perf/paths.yaml:6:26: scenarios[2].model: model path 'models/../../outside/secret.yaml' refused: the path leaves the project root",
      "perf/paths.yaml:7:31: scenarios[3].model: model path 'linked-dir/secret.yaml' refused: the path is a symlink that leads outside the project root",
      "perf/paths.yaml:10:40: scenarios[6].hardware: hardware path '../hw.yaml' refused: the path leaves the project root",
    ]);
  });

  it('symlinks and `..` that stay inside are fine', () => {
    fs.writeFileSync(
      path.join(repo, 'perf', 'ok.yaml'),
      [
        'version: 1',
        'defaults: { hardware: H100_GPU }',
        'scenarios:',
        '  - { id: inside-link, model: alias }',
        '  - { id: inside-dotdot, model: perf/../models/inside.yaml }',
        '',
      ].join('\n'),
    );
    const ok = loadScenarios({ root: repo, manifests: ['perf/ok.yaml'] });
    expect(ok.errors).toEqual([]);
    expect(ok.scenarios.map((s) => s.modelSource)).toEqual([
      { kind: 'file', path: 'models/alias.yaml' },
      { kind: 'file', path: 'models/inside.yaml' },
    ]);
  });
});
