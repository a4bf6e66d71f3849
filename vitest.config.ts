import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on source alone; `site` asserts on one shared build
// of the real site (made once by the global setup) and drives it in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          globalSetup: ['tests/support/temp-root.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/temp-root.ts', 'tests/support/global-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // Browser tests share two cores with the preview servers; one file at a time keeps them steady.
          fileParallelism: false,
        },
      },
    ],
  },
});
