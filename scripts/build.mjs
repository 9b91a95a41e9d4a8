// Bundles the action (src/main.ts → dist/index.js) and the CLI (src/cli.ts → dist/cli.js) with ncc.
// ESM output; ncc also writes dist/package.json ({"type": "module"}) so Node treats the bundle as ESM.
// The output is deterministic: CI rebuilds and fails when the committed dist/ differs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const tmp = path.join(root, 'build', 'ncc');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const entries = [
  { source: 'src/main.ts', target: 'index.js' },
  { source: 'src/cli.ts', target: 'cli.js', executable: true },
];

rmSync(tmp, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const entry of entries) {
  if (!existsSync(path.join(root, entry.source))) continue;
  const out = path.join(tmp, path.basename(entry.target, '.js'));
  execFileSync(process.execPath, [ncc, 'build', entry.source, '-o', out, '--quiet', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
  renameSync(path.join(out, 'index.js'), path.join(dist, entry.target));
  if (entry.executable) chmodSync(path.join(dist, entry.target), 0o755);
  const pkg = path.join(out, 'package.json');
  if (existsSync(pkg)) writeFileSync(path.join(dist, 'package.json'), readFileSync(pkg));
}
rmSync(path.join(root, 'build'), { recursive: true, force: true });
