import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Engine and differential tests spawn real tofu/qhub processes; two cores.
    maxWorkers: 2,
    reporters: ['default', './test/reporters/closing-line.ts'],
  },
});
