import { defineConfig } from 'vitest/config'

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'views/**/*.test.{ts,tsx}',
      'test/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    exclude: ['test/browser/**', 'test/runtime/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
})
