import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MODEL_NAMES } from '../../src/core/model.js';
import { PRECISIONS } from '../../src/core/precision.js';
import { PRESET_NAMES } from '../../src/core/system.js';
import { SCHEMA_IDS } from '../../src/manifests/index.js';
import { newAjv } from '../../src/manifests/validate.js';
import { SCHEMA_DIR, VALIDATORS_FILE, schemaTexts, validatorsText } from '../../src/manifests/write-schemas.js';
import { precompiledValidators, validator } from '../../src/manifests/validate.js';
import { buildManifestSchema } from '../../src/manifests/schema-defs.js';
import { FEATURES, FEATURE_NAMES } from '../../src/simulation/features.js';
import { fixture } from './helpers.js';

const read = (name: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8'));
type Node = Record<string, any>;

/** Every schema node that is a property definition (under some `properties`). */
function propertiesOf(schema: unknown, out: [string, Node][] = [], where = ''): [string, Node][] {
  if (schema === null || typeof schema !== 'object') return out;
  const s = schema as Node;
  if (s.properties && typeof s.properties === 'object') {
    for (const [k, v] of Object.entries(s.properties)) out.push([`${where}/${k}`, v as Node]);
  }
  for (const [k, v] of Object.entries(s)) {
    if (k === 'examples' || k === 'enum' || k === 'default') continue;
    if (v && typeof v === 'object') propertiesOf(v, out, `${where}/${k}`);
  }
  return out;
}

describe('published schemas', () => {
  const names = ['manifest.schema.json', 'hardware.schema.json', 'model.schema.json', 'config.schema.json'];

  it('are current (regenerate with `npx tsx src/manifests/write-schemas.ts`)', () => {
    const texts = schemaTexts();
    expect(Object.keys(texts).sort()).toEqual([...names, 'run-report.schema.json'].sort());
    for (const [name, text] of Object.entries(texts)) expect(fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8'), name).toBe(text);
  });

  it('have current precompiled validators, used at run time, that report what run-time compilation reports', () => {
    const PRECOMPILED = precompiledValidators();
    expect(fs.readFileSync(VALIDATORS_FILE, 'utf8'), 'regenerate with `npx tsx src/manifests/write-schemas.ts`').toBe(validatorsText());
    for (const name of ['manifest', 'hardware', 'model', 'config'] as const)
      expect(validator(name), name).toBe(
        { manifest: PRECOMPILED.manifest, hardware: PRECOMPILED.hardware, model: PRECOMPILED.model, config: PRECOMPILED.config }[name],
      );
    const fresh = newAjv().compile(buildManifestSchema());
    const bad = [
      { version: 1, scenarios: [{ id: 'a', model: 'x', worklaod: {} }] },
      { version: 2, scenarios: [] },
      { version: 1, defaults: { workload: { batch: 0, input_tokens: 'many' } }, scenarios: [{ id: '-bad', matrix: { 'workload.batch': [] } }] },
    ];
    for (const doc of bad) {
      const pre = PRECOMPILED.manifest;
      expect(pre(doc)).toBe(fresh(doc));
      const strip = (errs: typeof pre.errors) => (errs ?? []).map((e) => ({ ...e, parentSchema: undefined, schema: undefined }));
      expect(strip(pre.errors)).toEqual(strip(fresh.errors));
    }
  });

  it('are valid draft-07 JSON Schemas that compile in strict mode, with $id and a title', () => {
    for (const name of names) {
      const schema = read(name);
      const ajv = newAjv();
      expect(ajv.validateSchema(schema), `${name}: ${ajv.errorsText()}`).toBe(true);
      expect(() => ajv.compile(schema)).not.toThrow();
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(Object.values(SCHEMA_IDS)).toContain(schema.$id);
      expect(typeof schema.title).toBe('string');
    }
  });

  it('describe every property and close every object', () => {
    for (const name of names) {
      const schema = read(name);
      for (const [where, prop] of propertiesOf(schema)) {
        const described = typeof prop.description === 'string' && prop.description.length > 0;
        const ref = typeof prop.$ref === 'string';
        expect(described || ref, `${name}${where} has no description`).toBe(true);
      }
      const objects: Node[] = [];
      const walk = (n: unknown): void => {
        if (!n || typeof n !== 'object') return;
        const o = n as Node;
        if (o.properties) objects.push(o);
        Object.values(o).forEach(walk);
      };
      walk(schema);
      for (const o of objects) expect(o.additionalProperties, `${name}: ${Object.keys(o.properties).join(',')}`).toBe(false);
    }
  });

  it("the manifest schema's feature names and options are the registry's", () => {
    const schema = read('manifest.schema.json') as Node;
    const items = schema.definitions.features.items.anyOf as Node[];
    const objectForm = items.find((x) => x.type === 'object')!;
    expect(Object.keys(objectForm.properties)).toEqual([...FEATURE_NAMES]);
    const bare = items.find((x) => x.type === 'string')!;
    expect(FEATURE_NAMES.filter((n) => !bare.enum.includes(n))).toEqual(['speculative_decode']);
    for (const f of FEATURES) {
      const optionsForm = (objectForm.properties[f.name].anyOf as Node[]).find((x) => x.type === 'object')!;
      expect(Object.keys(optionsForm.properties), f.name).toEqual(f.options.map((o) => o.name));
    }
  });

  it('lists the precisions, presets and catalog models', () => {
    const schema = read('manifest.schema.json') as Node;
    const fields = schema.properties.scenarios.items.properties;
    expect(fields.precision.anyOf[0].enum).toEqual([...PRECISIONS, 'fp16']);
    expect(schema.definitions.hardware.examples).toEqual([...PRESET_NAMES]);
    expect(schema.definitions.model.examples).toEqual([...MODEL_NAMES]);
    expect(fields.matrix.description).toContain('llama8b-sweep.tensor-2.batch-8');
  });

  it('accept the valid fixtures (the published files, not the loader, are what editors use)', () => {
    const ajv = newAjv();
    const manifest = ajv.compile(read('manifest.schema.json'));
    const hardware = ajv.compile(read('hardware.schema.json'));
    const model = ajv.compile(read('model.schema.json'));
    const config = ajv.compile(read('config.schema.json'));
    const root = fixture('project');
    for (const f of globSync(['perf/**/*.{yaml,json}'], { cwd: root })) {
      expect(manifest(parse(fs.readFileSync(path.join(root, f), 'utf8'))), `${f}: ${JSON.stringify(manifest.errors)}`).toBe(true);
    }
    for (const f of ['hardware/accel-x.yaml', 'hardware/minimal.yml']) {
      expect(hardware(parse(fs.readFileSync(path.join(root, f), 'utf8'))), f).toBe(true);
    }
    expect(model(parse(fs.readFileSync(path.join(root, 'models/tiny-genz.yaml'), 'utf8')))).toBe(true);
    expect(config(parse(fs.readFileSync(path.join(root, 'genz.config.yaml'), 'utf8')))).toBe(true);
  });
});
