/**
 * Trace files (docs/serving.md "Traces"): JSON Lines, one request per line, in arrival order or not
 * (they are sorted by arrival, stably). Two forms are read:
 *  - genz-action's: {"arrival_s": 0.25, "input_tokens": 812, "output_tokens": 117};
 *  - Mooncake's published traces: {"timestamp": 250, "input_length": 812, "output_length": 117, ...}
 *    (timestamp in ms; other fields such as hash_ids ignored).
 * Blank lines are skipped.
 */
import type { TraceRequest } from './types.js';

export class TraceError extends Error {}

export function parseTrace(text: string, maxRequests: number, maxTokens: number): TraceRequest[] {
  const out: TraceRequest[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (out.length >= maxRequests) throw new TraceError(`more than ${maxRequests} requests (limits.serving_requests)`);
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new TraceError(`line ${i + 1}: not a JSON object`);
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new TraceError(`line ${i + 1}: not a JSON object`);
    const o = v as Record<string, unknown>;
    const mooncake = o.arrival_s === undefined && o.timestamp !== undefined;
    const t = mooncake ? (o.timestamp as number) / 1000 : o.arrival_s;
    const input = mooncake ? o.input_length : o.input_tokens;
    const output = mooncake ? o.output_length : o.output_tokens;
    const names = mooncake ? ['timestamp', 'input_length', 'output_length'] : ['arrival_s', 'input_tokens', 'output_tokens'];
    if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) throw new TraceError(`line ${i + 1}: ${names[0]} must be a number >= 0`);
    for (const [x, name] of [
      [input, names[1]],
      [output, names[2]],
    ] as const)
      if (!(typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= maxTokens))
        throw new TraceError(`line ${i + 1}: ${name} must be an integer in [1, ${maxTokens}]`);
    out.push({ arrival_s: t, input_tokens: input as number, output_tokens: output as number });
  }
  if (out.length === 0) throw new TraceError('no requests');
  return out
    .map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].arrival_s - b[0].arrival_s || a[1] - b[1])
    .map(([r]) => r);
}
