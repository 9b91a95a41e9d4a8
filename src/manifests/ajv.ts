/**
 * Ajv itself, loaded only when a schema must be compiled: by write-schemas.ts (which writes the precompiled
 * validators) and by tests. At run time the validators are precompiled (./precompiled.ts) and Ajv is never
 * loaded: `npm run build` refuses to bundle stale precompiled validators (scripts/build.mjs runs
 * `write-schemas.ts --check`), so the compile-at-run-time fallback is reached only from source (tsx, vitest),
 * where node_modules holds ajv. Loading it through `require` keeps it out of the bundle (about 0.3 MB that
 * every start would otherwise read and parse).
 */
import { createRequire } from 'node:module';
import type AjvModule from 'ajv';

type AjvClass = typeof AjvModule.default;
export type AjvInstance = InstanceType<AjvClass>;
export type AjvOptions = ConstructorParameters<AjvClass>[0];

let AjvCtor: AjvClass | null = null;

/** A new Ajv instance (draft-07) with these options; loads ajv on first use. */
export function loadAjv(options: AjvOptions): AjvInstance {
  if (!AjvCtor) {
    // ajv is CommonJS: its module object holds the class as `default` (and is the class itself).
    const mod = createRequire(import.meta.url)('ajv') as { default?: AjvClass } & AjvClass;
    AjvCtor = mod.default ?? mod;
  }
  return new AjvCtor(options);
}
