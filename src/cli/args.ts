/**
 * Flag parsing shared by every command: node:util parseArgs, with two things it does not do.
 * - A negative number after a flag that takes a value is that flag's value (`--batch -4`), so it reaches
 *   the field's validation ("workload.batch must be an integer >= 1") instead of the parser's
 *   "argument is ambiguous".
 * - An unknown flag is a usage error naming the nearest known flag (`--bach`: did you mean '--batch'?).
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { oneLine } from '../errors/index.js';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `-4`, `-0.5`, `-.5`, `-1e3`: what a user types as a negative number. */
const NEGATIVE_NUMBER = /^-(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** The nearest flag to `name` among `known`, when it is close enough to be a typo; else null. */
export function nearestFlag(name: string, known: readonly string[]): string | null {
  if (known.length === 0) return null;
  const near = closest(name, [...known]);
  return distance(name, near) <= Math.max(2, Math.floor(name.length / 3)) ? near : null;
}

/**
 * Rewrites `--flag -4` as `--flag=-4` for flags that take a value, and refuses unknown long flags with a
 * suggestion. Arguments after `--` are left alone.
 */
export function prepareArgs(argv: readonly string[], options: Options, command: string): string[] {
  const out: string[] = [];
  const names = Object.keys(options);
  const shortToLong = new Map(Object.entries(options).flatMap(([n, o]) => (o.short ? [[o.short, n] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    let name: string | undefined;
    if (a.startsWith('--') && a.length > 2) {
      name = a.slice(2).split('=')[0];
      if (!(name in options)) {
        const near = nearestFlag(name, names);
        throw new UsageError(`unknown option '--${oneLine(name)}'${near ? ` (did you mean '--${near}'?)` : ''}; run 'genz ${command} --help' for the options`);
      }
      if (a.includes('=')) name = undefined;
    } else if (/^-[A-Za-z]$/.test(a)) {
      name = shortToLong.get(a.slice(1));
    }
    const next = argv[i + 1];
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** parseArgs over prepared arguments (strict: unknown flags and stray positionals are usage errors). */
export function parseFlags<T extends Options>(argv: readonly string[], options: T, command: string, allowPositionals = false) {
  return parseArgs({ args: prepareArgs(argv, options, command), options, strict: true, allowPositionals });
}
