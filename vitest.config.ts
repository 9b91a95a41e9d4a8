import { defineConfig } from 'vitest/config';

// See docs/development.md ("The test suite"). Test files run in parallel, one child process each (the forks
// pool: in-process action runs set process.env and process.exitCode, which threads would share).
// Vitest's default is one worker fewer than the CPUs, which on a 2-core machine runs the files one at a time;
// GENZ_TEST_WORKERS overrides the count chosen here.
const workers = Number(process.env.GENZ_TEST_WORKERS) || 2;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: workers,
  },
});
