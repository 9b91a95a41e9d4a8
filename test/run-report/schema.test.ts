/**
 * The run-report JSON Schema (src/run-report/schema.ts): generated, precompiled, and the shape the pipeline
 * writes. A strict compile (unknown properties refused instead of dropped) of the schema must accept a report the
 * pipeline wrote with every optional part present, so a field added to the report without the schema fails here.
 */
import fs from 'node:fs';
import AjvModule from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORT_VALIDATOR_FILE, reportValidatorText } from '../../src/manifests/write-schemas.js';
import { runCheck } from '../../src/pipeline/pipeline.js';
import { buildRunReportSchema } from '../../src/run-report/schema.js';
import { newReportAjv, runReportValidator, validateRunReport } from '../../src/run-report/validate.js';
import { runReport as PRECOMPILED } from '../../src/run-report/validator.generated.js';
import { makeWorkspace, removeTemps, setTensor } from '../e2e/support/harness.js';

const Ajv = AjvModule.default;
afterAll(removeTemps);

describe('run-report schema', () => {
  it('has a current precompiled validator, used at run time', () => {
    expect(fs.readFileSync(REPORT_VALIDATOR_FILE, 'utf8'), 'regenerate with `npx tsx src/manifests/write-schemas.ts`').toBe(reportValidatorText());
    expect(runReportValidator()).toBe(PRECOMPILED);
  });

  it('is a strict draft-07 schema that closes every object', () => {
    const schema = buildRunReportSchema();
    expect(() => new Ajv({ strict: true, allowUnionTypes: true }).compile(schema)).not.toThrow();
    const open: string[] = [];
    const walk = (s: unknown, at: string) => {
      if (s === null || typeof s !== 'object') return;
      const o = s as Record<string, unknown>;
      if (o.type === 'object' && o.additionalProperties !== false) open.push(at);
      for (const [k, v] of Object.entries(o)) if (k !== 'enum') walk(v, `${at}/${k}`);
    };
    walk(schema, '#');
    expect(open).toEqual([]);
  });

  it('accepts, strictly, what the pipeline writes (every optional part present)', async () => {
    const ws = makeWorkspace();
    setTensor(ws, 'chat-tp2', 2, 1);
    const { report } = await runCheck({ cwd: ws.dir });
    const json = JSON.parse(JSON.stringify(report));
    const present = new Set(json.scenarios.flatMap((s: Record<string, unknown>) => Object.keys(s).filter((k) => s[k] !== null)));
    for (const optional of ['why', 'inputChanges', 'current', 'model']) expect(present, optional).toContain(optional);
    const strict = new Ajv({ allErrors: true, strict: true, strictNumbers: true, allowUnionTypes: true }).compile(buildRunReportSchema());
    expect(strict(json), JSON.stringify(strict.errors?.slice(0, 3))).toBe(true);
    expect(validateRunReport(structuredClone(json))).toEqual(json);
  });

  it('the precompiled validator reports what a fresh compile reports', () => {
    const fresh = newReportAjv().compile(buildRunReportSchema());
    for (const doc of [{}, { schema: 'genz-action/run-report@1', scenarios: [{ id: '' }] }, []]) {
      const a = structuredClone(doc);
      const b = structuredClone(doc);
      expect(PRECOMPILED(a)).toBe(fresh(b));
      const strip = (errs: typeof fresh.errors) => (errs ?? []).map((e) => ({ ...e, parentSchema: undefined, schema: undefined }));
      expect(strip(PRECOMPILED.errors)).toEqual(strip(fresh.errors));
    }
  });
});
