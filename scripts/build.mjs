// Bundles the action (src/main.ts → dist/index.js) and the CLI (src/cli.ts → dist/cli.js) with ncc.
// ESM output; ncc also writes dist/package.json ({"type": "module"}) so Node treats the bundle as ESM.
// The output is deterministic: CI rebuilds and fails when the committed dist/ differs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const tmp = path.join(root, 'build', 'ncc');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const entries = [
  { source: 'src/main.ts', target: 'index.js' },
  { source: 'src/cli.ts', target: 'cli.js', executable: true },
];

// The bundle carries the precompiled schema validators and never compiles a schema (Ajv is not bundled:
// src/manifests/ajv.ts), so they must be those of the schemas as built now.
execFileSync(process.execPath, ['--import', 'tsx', 'src/manifests/write-schemas.ts', '--check'], { cwd: root, stdio: 'inherit' });
// Likewise the default report templates are bundled precompiled (scripts/embed-templates.mjs).
execFileSync(process.execPath, ['scripts/embed-templates.mjs', '--check'], { cwd: root, stdio: 'inherit' });

rmSync(tmp, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
// Chunks of an earlier build (their ids change with the code).
for (const f of readdirSync(dist)) if (/^\d+\.(index|cli)\.js$/.test(f)) rmSync(path.join(dist, f));
/**
 * Each module of a bundle is a function that runs once, when the module is first required. ncc writes them as
 * arrow functions, which V8 compiles lazily: it pre-parses every module when it compiles the file and parses the
 * module again when it runs, which cost the action's start about as much as compiling the whole file. Written as
 * parenthesised `function` expressions, V8 compiles them with the file (its heuristic for functions called at
 * once) and parses each module once; the functions inside a module stay lazy. The runtime calls a module with
 * `this` undefined, which is what the arrow functions saw (the bundle is an ES module), so nothing else changes.
 */
function eagerModules(code, name, entry) {
  let modules = 0;
  let out = code.replace(/^\/\*\*\*\/ \(\(([\w$, ]*)\) => \{$/gm, (_, params) => {
    modules++;
    return `/***/ (function(${params}) {`;
  });
  if (modules === 0) throw new Error(`build: no module functions found in ${name}`);
  if (entry) {
    const calls = [
      '__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);',
      '__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);',
    ];
    const call = calls.find((c) => out.includes(c));
    if (!call || out.split(call).length !== 2) throw new Error(`build: the module call of ${name} was not found once`);
    out = out.replace(call, '__webpack_modules__[moduleId].call(undefined, module, module.exports, __nccwpck_require__);');
  }
  return out;
}

for (const entry of entries) {
  if (!existsSync(path.join(root, entry.source))) continue;
  const out = path.join(tmp, path.basename(entry.target, '.js'));
  execFileSync(process.execPath, [ncc, 'build', entry.source, '-o', out, '--quiet', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
  // Dynamic imports (e.g. the GitHub client, loaded on first use) become chunk files `<id>.index.js` beside the
  // bundle. Each entry's chunks are named after it (`<id>.cli.js` for cli.js), so two bundles never share a name.
  const stem = path.basename(entry.target, '.js');
  const chunks = readdirSync(out).filter((f) => /^\d+\.index\.js$/.test(f));
  let bundle = readFileSync(path.join(out, 'index.js'), 'utf8');
  if (chunks.length > 0 && stem !== 'index') {
    const loader = 'return "" + chunkId + ".index.js";';
    if (!bundle.includes(loader)) throw new Error(`build: ${entry.source} has chunks but its chunk loader was not found`);
    bundle = bundle.replace(loader, `return "" + chunkId + ".${stem}.js";`);
  }
  writeFileSync(path.join(dist, entry.target), eagerModules(bundle, entry.target, true));
  for (const c of chunks) {
    writeFileSync(path.join(dist, c.replace(/\.index\.js$/, `.${stem}.js`)), eagerModules(readFileSync(path.join(out, c), 'utf8'), c, false));
    rmSync(path.join(out, c));
  }
  if (entry.executable) chmodSync(path.join(dist, entry.target), 0o755);
  const pkg = path.join(out, 'package.json');
  if (existsSync(pkg)) writeFileSync(path.join(dist, 'package.json'), readFileSync(pkg));
}
// The full manifest validators (src/manifests/validate.ts reads them with `require`, beside the bundle, only when
// a document fails the quick check): copied, not bundled, so a start never reads them.
copyFileSync(path.join(root, 'src/manifests/validators.generated.cjs'), path.join(dist, 'validators.generated.cjs'));
// Compacted for the start: a runner parses the whole entry bundle before it simulates anything. Whitespace and
// comments go (a third of the bytes to scan), and every non-ASCII character becomes an escape: Node decodes an
// ASCII file with its fast path and V8 keeps the source as a one-byte string (one `→` in a comment would make the
// whole 1.4 MB a two-byte string). Names are kept, so stack traces stay readable. esbuild prints the same program.
for (const f of readdirSync(dist)) {
  if (!/\.(c?js)$/.test(f)) continue;
  const file = path.join(dist, f);
  const { code } = transformSync(readFileSync(file, 'utf8'), { charset: 'ascii', minifyWhitespace: true, legalComments: 'inline' });
  writeFileSync(file, code);
}
// fdir (tinyglobby's directory walker) tries to require an optional `picomatch` when it loads, for its own glob
// API, which tinyglobby does not use (it hands fdir its bundled matcher). At run time that require searches the
// node_modules directories above dist/ and loads any copy it finds: every start paid a module resolution, the CLI
// in a checkout with node_modules a second picomatch. The bundles drop it (exactly once per entry, or the build
// fails: a changed fdir must be looked at again).
const FDIR_OPTIONAL_REQUIRE = 'try{__require.resolve("picomatch");pm=__require("picomatch")}catch{}';
for (const entry of entries) {
  if (!existsSync(path.join(root, entry.source))) continue;
  const stem = path.basename(entry.target, '.js');
  const files = readdirSync(dist).filter((f) => f === entry.target || f.endsWith(`.${stem}.js`));
  let found = 0;
  for (const f of files) {
    const file = path.join(dist, f);
    const code = readFileSync(file, 'utf8');
    const parts = code.split(FDIR_OPTIONAL_REQUIRE);
    if (parts.length === 1) continue;
    found += parts.length - 1;
    writeFileSync(file, parts.join(''));
  }
  if (found !== 1) throw new Error(`build: expected fdir's optional picomatch require once in ${entry.target} and its chunks, found ${found}`);
}
rmSync(path.join(root, 'build'), { recursive: true, force: true });
