import { defineConfig } from 'vitest/config'

/** Browser tests: real HTTP server, Debian's Chromium through playwright-core, axe-core. */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    include: ['test/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
