import { defineConfig } from 'vitest/config';

// See docs/development.md ("The test suite").
// - Files run in parallel in child processes (the forks pool: in-process action runs set process.env and
//   process.exitCode, which worker threads would share). Vitest's default is one worker fewer than the CPUs,
//   which on a 2-core machine runs the files one at a time; GENZ_TEST_WORKERS overrides the count chosen here.
// - isolate: false: a worker keeps its loaded modules from one file to the next instead of loading src/ again
//   for each file (about a third of the suite's CPU time). A test file must therefore leave no global state
//   behind: restore what it changes on process.env, spies and mocks (afterEach/afterAll).
// - Timeouts catch hangs, not slowness (timings belong in `npm run bench`): they are generous because CI and
//   developers share a machine whose load varies.
const workers = Number(process.env.GENZ_TEST_WORKERS) || 2;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: workers,
    isolate: false,
  },
});
