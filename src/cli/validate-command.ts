import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReferenceFormatError, parseReferenceCases, validateReference, type ValidationReport } from '../validate/reference.js';
import { parseFlags } from './args.js';
import { type CliIO, EXIT_FAIL, EXIT_OK, UsageError } from './io.js';
import { formatCount, formatRelError, renderTable } from './table.js';

export const VALIDATE_USAGE = `Usage: genz validate --reference FILE.jsonl [--tolerance 1e-9] [--json]

Runs every GenZ reference case in FILE (JSON Lines) through the simulation core and compares every
recorded output. Prints, per mode, PASS/FAIL, cases, values compared and the maximum relative error.
Exit 0 when everything passes, 1 when a case fails, 2 on bad usage or an unreadable file.
`;

export function validateCommand(argv: string[], io: CliIO): number {
  const { values } = parseFlags(
    argv,
    {
      reference: { type: 'string' },
      tolerance: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    'validate',
  );
  if (values.help) {
    io.stdout(VALIDATE_USAGE);
    return EXIT_OK;
  }
  if (!values.reference) throw new UsageError('--reference FILE.jsonl is required');
  const tolerance = values.tolerance === undefined ? 1e-9 : Number(values.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new UsageError(`--tolerance must be a number >= 0, got '${values.tolerance}'`);
  const file = path.resolve(io.cwd, values.reference);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read --reference ${values.reference}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let report: ValidationReport;
  try {
    const cases = parseReferenceCases(text, values.reference);
    if (cases.length === 0) throw new UsageError(`${values.reference} holds no cases`);
    report = validateReference(cases, { tolerance });
  } catch (e) {
    if (e instanceof ReferenceFormatError) throw new UsageError(`${e.message}`);
    throw e;
  }
  if (values.json) io.stdout(JSON.stringify(report) + '\n');
  else io.stdout(renderValidation(report, values.reference));
  return report.passed ? EXIT_OK : EXIT_FAIL;
}

export function renderValidation(report: ValidationReport, source: string): string {
  const rows = report.modes.map((m) => [
    m.mode,
    m.passed ? 'PASS' : 'FAIL',
    formatCount(m.cases),
    formatCount(m.failedCases),
    formatCount(m.values),
    formatRelError(m.maxRelError),
    m.maxRelErrorCase ?? '-',
  ]);
  rows.push([
    'overall',
    report.passed ? 'PASS' : 'FAIL',
    formatCount(report.cases),
    formatCount(report.failedCases),
    formatCount(report.values),
    formatRelError(report.maxRelError),
    report.maxRelErrorCase ?? '-',
  ]);
  let out = `GenZ reference validation of ${source}: ${formatCount(report.cases)} cases, relative tolerance ${report.tolerance}\n\n`;
  out += renderTable(
    [
      { header: 'mode' },
      { header: 'result' },
      { header: 'cases', align: 'right' },
      { header: 'failed', align: 'right' },
      { header: 'values', align: 'right' },
      { header: 'max rel error', align: 'right' },
      { header: 'at case' },
    ],
    rows,
  );
  if (report.failures.length > 0) {
    out += `\nFailures (first 20 of ${report.failures.length}):\n`;
    for (const f of report.failures.slice(0, 20)) {
      const m = f.mismatches[0];
      const rel = m.relError !== undefined ? ` (relative error ${formatRelError(m.relError)})` : '';
      out +=
        `  ${f.id}: ${m.path}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}${rel}` +
        (f.mismatches.length > 1 ? ` and ${f.mismatches.length - 1} more` : '') +
        '\n';
    }
  }
  return out;
}
