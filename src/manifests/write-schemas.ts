/**
 * Writes schema/*.json and the precompiled validators (validators.generated.cjs, see precompiled.ts) from the
 * builders in schema-defs.ts: `npx tsx src/manifests/write-schemas.ts`.
 * With `--check`, writes nothing and exits 1 when a file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledSource } from './precompiled.js';
import { SCHEMA_FILES, buildConfigSchema, buildHardwareSchema, buildManifestSchema, buildModelSchema } from './schema-defs.js';
import { newAjv } from './validate.js';
import { buildRunReportSchema } from '../run-report/schema.js';
import { newReportAjv } from '../run-report/validate.js';

export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema');

/** The precompiled validators (./precompiled.ts), written beside this file. */
export const VALIDATORS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'validators.generated.cjs');

/** The precompiled run-report validator (src/run-report/validate.ts), written beside its schema builder. */
export const REPORT_VALIDATOR_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../run-report/validator.generated.js');

export function reportValidatorText(): string {
  return precompiledSource(newReportAjv(), { runReport: buildRunReportSchema() });
}

export function validatorsText(): string {
  return precompiledSource(
    newAjv(),
    {
      manifest: buildManifestSchema(),
      hardware: buildHardwareSchema(),
      model: buildModelSchema(),
      config: buildConfigSchema(),
    },
    'cjs',
  );
}

/** The exact text of each published schema file. */
export function schemaTexts(): Record<string, string> {
  const files: Record<string, () => unknown> = { ...SCHEMA_FILES, 'run-report.schema.json': buildRunReportSchema };
  return Object.fromEntries(Object.entries(files).map(([name, build]) => [name, `${JSON.stringify(build(), null, 2)}\n`]));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  fs.mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(schemaTexts())) {
    const file = path.join(SCHEMA_DIR, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === text) continue;
    stale++;
    if (check) console.error(`stale: schema/${name}`);
    else {
      fs.writeFileSync(file, text);
      console.log(`wrote schema/${name}`);
    }
  }
  for (const [file, text] of [
    [VALIDATORS_FILE, validatorsText()],
    [REPORT_VALIDATOR_FILE, reportValidatorText()],
  ] as const) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === text) continue;
    stale++;
    const shown = path.relative(path.resolve(SCHEMA_DIR, '..'), file);
    if (check) console.error(`stale: ${shown}`);
    else {
      fs.writeFileSync(file, text);
      console.log(`wrote ${shown}`);
    }
  }
  if (check && stale > 0) process.exit(1);
}
