import { describe, expect, it } from 'vitest';
import { checkReferenceCase, type ReferenceCase } from '../../src/validate/reference.js';
import { referenceCases } from '../support/reference.js';

// The parity suite: every reference case of the original GenZ, every recorded output, at 1e-9
// relative error (1e-12 absolute where GenZ recorded 0). Error cases must raise an error too.
const cases = referenceCases();
const modes = ['prefill', 'decode', 'chunked', 'spec_decode'] as const;

describe.each(modes)('GenZ parity: %s', (mode) => {
  const ofMode = cases.filter((c) => c.mode === mode && c.error === undefined);
  it('has reference cases', () => expect(ofMode.length).toBeGreaterThan(0));
  it.each(ofMode.map((c): [string, ReferenceCase] => [c.id, c]))('%s', (_id, c) => {
    const outcome = checkReferenceCase(c, { tolerance: 1e-9, absZero: 1e-12 });
    expect(outcome.mismatches.slice(0, 5)).toEqual([]);
    expect(outcome.values).toBeGreaterThan(10);
  });
});

describe('GenZ parity: error cases', () => {
  const errors = cases.filter((c) => c.error !== undefined);
  it.each(errors.map((c): [string, ReferenceCase] => [c.id, c]))('%s raises', (_id, c) => {
    const outcome = checkReferenceCase(c);
    expect(outcome.raised, `expected ${c.error}`).toBeDefined();
    // Our error kinds use the reference's labels, so the class of failure matches too.
    expect(outcome.raised!.kind).toBe(c.error_kind);
  });
});

describe('parity harness', () => {
  it('flags a value off by more than the tolerance', () => {
    const c = structuredClone(cases.find((x) => x.mode === 'decode' && x.error === undefined)!);
    (c.outputs as { latency_ms: number }).latency_ms *= 1 + 1e-8;
    const outcome = checkReferenceCase(c, { tolerance: 1e-9 });
    expect(outcome.passed).toBe(false);
    expect(outcome.mismatches[0].path).toBe('latency_ms');
    expect(outcome.maxRelError).toBeGreaterThan(9e-9);
  });
  it('flags a missing error', () => {
    const c = structuredClone(cases.find((x) => x.mode === 'prefill' && x.error === undefined)!);
    c.error = 'ValueError: expected';
    expect(checkReferenceCase(c).passed).toBe(false);
  });
  it('compares operator rows, strings included', () => {
    const c = structuredClone(cases.find((x) => x.operators !== undefined)!);
    c.operators![1]['Bound'] = 'Compute?';
    const outcome = checkReferenceCase(c);
    expect(outcome.mismatches.map((m) => m.path)).toEqual(['operators[1].Bound']);
  });
});
