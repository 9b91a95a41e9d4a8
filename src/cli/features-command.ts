import { FEATURES } from '../simulation/index.js';
import { parseFlags } from './args.js';
import { type CliIO, EXIT_OK } from './io.js';

export const FEATURES_USAGE = `Usage: genz features [--json]

Lists the features a scenario can use (manifest \`features:\`, genz simulate --feature), each with its
category, whether it is on by default, its options (type, range, default) and the features it excludes
or needs. --json prints the same as JSON.
`;

export function featuresCommand(argv: string[], io: CliIO): number {
  const { values } = parseFlags(argv, { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } }, 'features');
  if (values.help) {
    io.stdout(FEATURES_USAGE);
    return EXIT_OK;
  }
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
