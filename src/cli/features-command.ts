import { parseArgs } from 'node:util';
import { FEATURES } from '../simulation/index.js';
import { type CliIO, EXIT_OK } from './io.js';

export function featuresCommand(argv: string[], io: CliIO): number {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, strict: true });
  if (values.json) {
    io.stdout(JSON.stringify(FEATURES) + '\n');
    return EXIT_OK;
  }
  let out = '';
  for (const f of FEATURES) {
    out += `${f.name}  [${f.category}]${f.defaultOn ? ' (on by default)' : ''}\n  ${f.description}\n`;
    for (const o of f.options) {
      const dflt = o.default === undefined ? 'required' : `default ${JSON.stringify(o.default)}`;
      const range = [o.choices ? `one of ${o.choices.join('|')}` : null, o.min !== undefined ? `>= ${o.min}` : null, o.max !== undefined ? `<= ${o.max}` : null]
        .filter(Boolean)
        .join(', ');
      out += `    ${o.name} (${o.type}${range ? `, ${range}` : ''}; ${dflt}): ${o.description}\n`;
    }
    if (f.incompatible.length) out += `  not with: ${f.incompatible.join(', ')}\n`;
    if (f.requiresOneOf) out += `  needs one of: ${f.requiresOneOf.join(', ')}\n`;
    out += '\n';
  }
  io.stdout(out);
  return EXIT_OK;
}
