import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/architecture/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Integration tests build sites; Astro writes generated modules into the project's .astro/
    // folder, so two builds must never run at once.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
