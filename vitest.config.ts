import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src') } },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setup-tests.ts'],
        },
      },
      {
        // checks over the source tree with its tooling (ESLint, the TypeScript parser): no DOM,
        // and seconds of loading on a busy machine
        extends: true,
        test: { name: 'tooling', include: ['scripts/**/*.test.ts'], testTimeout: 60_000 },
      },
    ],
  },
})
