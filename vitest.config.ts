import { defineConfig } from 'vitest/config'

/**
 * One vitest run, five projects (scripts: unit tests of the tooling). `npm test` (scripts/test.ts) prepares the
 * database and servers the last three need, then runs them all.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          include: ['shared/src/**/*.test.ts'],
          setupFiles: ['tests/support/fastCheckSeed.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'scripts',
          include: ['scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'cms',
          include: ['cms/src/**/*.test.ts', 'cms/tests/**/*.test.ts'],
          setupFiles: ['tests/support/fastCheckSeed.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['web/app/**/*.test.ts', 'web/tests/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
