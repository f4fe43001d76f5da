import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every core. Vitest 4 takes one less in a run, which on the 2-core machines CI and the
    // office laptops have is a single worker: the suite ran file after file (10 min 40 s in a
    // clean clone), while most of its time is spent waiting on the binary it runs.
    maxWorkers: availableParallelism(),
  },
});
