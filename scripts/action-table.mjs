// The inputs and outputs tables of the README, generated from action.yml (test/docs/readme.test.ts checks the
// README holds exactly what this prints). After editing action.yml:
//   node scripts/action-table.mjs --write     # rewrite the README between the action-table markers
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const START = '<!-- action-table:start (generated from action.yml by scripts/action-table.mjs) -->';
export const END = '<!-- action-table:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

/** The Markdown of both tables for the given action.yml text. */
export function actionTables(yamlText) {
  const action = parse(yamlText);
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) => `| \`${name}\` | ${i.default === undefined ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return [START, '| input | default | meaning |', '|---|---|---|', ...inputs, '', '| output | meaning |', '|---|---|', ...outputs, END].join('\n');
}

export function currentTables() {
  return actionTables(readFileSync(path.join(root, 'action.yml'), 'utf8'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]) && process.argv.includes('--write')) {
  const file = path.join(root, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('README.md lacks the action-table markers');
  writeFileSync(file, readme.slice(0, a) + currentTables() + readme.slice(b + END.length));
  console.log('rewrote the action tables in README.md');
}
