import { readdirSync } from 'node:fs'
import path from 'node:path'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const src = path.resolve(import.meta.dirname, 'src')
const features = readdirSync(path.join(src, 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/**
 * One-way dependencies by resolved path (relative and `@/` imports alike):
 * app → features → lib / components; a feature never imports another feature.
 */
const importZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `src/features/${feature} must not import another feature; move shared code to src/lib or src/components.`,
  })),
  {
    target: ['./src/lib', './src/components'],
    from: ['./src/features', './src/app'],
    message: 'src/lib and src/components are shared code: they import no feature and not src/app.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not import from src/app; src/app composes them.',
  },
]

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', '.stack', 'test-results', 'test-reports', 'bench-results'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ alias: { '@': [src] }, extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import-x/no-restricted-paths': ['error', { zones: importZones }],
    },
  },
  jsxA11y.flatConfigs.recommended,
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    rules: {
      // the injected API client is not part of a query's identity (and holds a token)
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { variables: ['api'] } }],
    },
  },
  {
    files: [
      'stack/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'e2e/**/*.ts',
      'bench/**/*.ts',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    ...playwright.configs['flat/recommended'],
    files: ['e2e/**/*.ts'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      // helpers that assert (they call expect themselves)
      'playwright/expect-expect': [
        'warn',
        { assertFunctionNames: ['expectNoViolations', 'scanRoutes', 'visitEveryRoute'] },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
)
