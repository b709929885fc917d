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
 * The boot script and every module it imports: built on its own into a small render-blocking
 * script (scripts/prerender.ts), it must stay free of React and of any package.
 */
const bootModules = [
  './src/boot',
  './src/app/paths.ts',
  './src/lib/browser-storage.ts',
  './src/lib/i18n/detect-language.ts',
  './src/lib/instance/discovery-storage-key.ts',
  './src/lib/mytoken/browser-state/early-token-list.ts',
  './src/lib/mytoken/browser-state/stored-session.ts',
  './src/lib/next-task.ts',
]

/**
 * The mytoken vocabulary (the server's concepts in names, words and pure rules) and the modules it
 * builds on: free of React, the query cache and browser state, so every page, test and script can
 * use it.
 */
const vocabulary = './src/lib/mytoken/vocabulary'
const vocabularyBase = [
  './src/lib/mytoken/api/schemas.ts',
  './src/lib/i18n/messages.ts',
  './src/lib/i18n/format-time.ts',
  './src/lib/i18n/detect-language.ts',
]
// React-free test data for the vocabulary's tests (production code may not import src/testing)
const vocabularyTestData = './src/testing/mytoken-jwt.ts'
const reactFree =
  'The mytoken vocabulary is React-free: it imports its own modules, the API schemas and the React-free i18n modules (messages, format-time), and no React package.'

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
  {
    target: './src/lib',
    from: './src/components',
    message: 'src/lib imports no component; components build on src/lib.',
  },
  {
    target: [vocabulary, ...vocabularyBase],
    from: './src',
    except: [vocabulary, ...vocabularyBase, vocabularyTestData].map((module) =>
      path.relative('./src', module),
    ),
    message: reactFree,
  },
  {
    target: bootModules,
    from: './src',
    except: bootModules.map((module) => path.relative('./src', module)),
    message:
      'The boot script runs before the app (src/boot/boot.ts): it and the modules it imports import only each other.',
  },
]

/** Only for production modules: tests and src/testing itself may import src/testing. */
const productionZones = [
  {
    target: './src',
    from: './src/testing',
    message: 'src/testing is for tests: production code must not import it.',
  },
]

// Letters in JSX text (not whitespace or punctuation such as ': '): user-visible text comes
// from a message table in English and German.
const letters = '/[A-Za-zÀ-ÖØ-öø-ÿ]/'
const literalJsxText = {
  message: 'User-visible text comes from a message table (defineMessages), in English and German.',
}

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
      // the modules import-x parses to follow imports (no-cycle)
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/resolver-next': [
        createNodeResolver({ alias: { '@': [src] }, extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import-x/no-restricted-paths': ['error', { zones: importZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...importZones, ...productionZones] }],
      'no-restricted-syntax': [
        'error',
        { selector: `JSXText[value=${letters}]`, ...literalJsxText },
        {
          selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > Literal[value=${letters}]`,
          ...literalJsxText,
        },
      ],
    },
  },
  {
    // detect-language.ts, a boot module, is held to the boot script's stricter rule below
    files: [`${vocabulary.slice(2)}/**`, ...vocabularyBase.slice(0, -1).map((m) => m.slice(2))],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/*'],
              message: reactFree,
            },
          ],
        },
      ],
    },
  },
  {
    files: bootModules.map((module) =>
      module.endsWith('.ts') ? module.slice(2) : `${module.slice(2)}/**`,
    ),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?![./]|@/)',
              message: 'The boot script imports no package (it runs before the app, on its own).',
            },
          ],
        },
      ],
    },
  },
  {
    // one order everywhere, so that merges re-run `eslint --fix` instead of resolving import order
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
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
    // puppeteer's `page`, not Playwright's: these rules would judge another library's API
    files: ['e2e/engines/drivers.ts'],
    rules: {
      'playwright/no-wait-for-selector': 'off',
      'playwright/no-element-handle': 'off',
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
