/**
 * Writes schema/*.json and the precompiled validators (validators.generated.js, see precompiled.ts) from the
 * builders in schema-defs.ts: `npx tsx src/manifests/write-schemas.ts`.
 * With `--check`, writes nothing and exits 1 when a file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledSource } from './precompiled.js';
import { SCHEMA_FILES, buildConfigSchema, buildHardwareSchema, buildManifestSchema, buildModelSchema } from './schema-defs.js';
import { newAjv } from './validate.js';

export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema');

/** The precompiled validators (./precompiled.ts), written beside this file. */
export const VALIDATORS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'validators.generated.js');

export function validatorsText(): string {
  return precompiledSource(newAjv(), {
    manifest: buildManifestSchema(),
    hardware: buildHardwareSchema(),
    model: buildModelSchema(),
    config: buildConfigSchema(),
  });
}

/** The exact text of each published schema file. */
export function schemaTexts(): Record<string, string> {
  return Object.fromEntries(Object.entries(SCHEMA_FILES).map(([name, build]) => [name, `${JSON.stringify(build(), null, 2)}\n`]));
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
  const validators = validatorsText();
  const current = fs.existsSync(VALIDATORS_FILE) ? fs.readFileSync(VALIDATORS_FILE, 'utf8') : null;
  if (current !== validators) {
    stale++;
    if (check) console.error('stale: src/manifests/validators.generated.js');
    else {
      fs.writeFileSync(VALIDATORS_FILE, validators);
      console.log('wrote src/manifests/validators.generated.js');
    }
  }
  if (check && stale > 0) process.exit(1);
}
