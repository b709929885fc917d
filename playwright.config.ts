import { defineConfig } from '@playwright/test'
import { stackConfig } from './stack/config.ts'

const ci = Boolean(process.env.CI)

// Debian's Chromium; Playwright's own browser download does not work here. The flags keep it
// from calling home (this machine has no internet) and let it run as root.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Options of the Firefox and WebKit journeys (e2e/engines), which drive their own browsers. */
export interface EngineOptions {
  engine: 'firefox' | 'webkit'
}

export default defineConfig<EngineOptions>({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: ci ? 2 : undefined,
  forbidOnly: ci,
  reporter: [
    ['list'],
    ['json', { outputFile: 'test-reports/e2e.json' }],
    ...(ci ? [] : ([['html', { open: 'never', outputFolder: 'test-reports/html' }]] as const)),
  ],
  use: {
    baseURL: stackConfig.app.previewOrigin,
    // Recording a trace costs every test 10–20 % (tokens, create-token and review specs: 70 → 80–100
    // worker-seconds). CI keeps only what it prints, so it records none; locally a failed test
    // keeps its trace (or run with --trace on).
    trace: ci ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  projects: [
    { name: 'chromium', testIgnore: 'engines/**' },
    // The core journeys in Debian's Firefox ESR and in WebKitGTK (Safari's engine); each engine's
    // tests run one after another in one browser (see e2e/engines/journeys.spec.ts).
    ...(['firefox', 'webkit'] as const).map((engine) => ({
      name: engine,
      testDir: 'e2e/engines',
      use: { engine, trace: 'off', screenshot: 'off' } as const,
    })),
  ],
  webServer: [
    {
      // The real local stack: MariaDB, the OpenID provider and the mytoken server.
      command: 'tsx stack/start.ts',
      url: `${stackConfig.mytoken.issuer}/.well-known/mytoken-configuration`,
      reuseExistingServer: true,
      timeout: 15 * 60_000,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    },
    {
      // The production build served as deployed: Debian's nginx with deploy/nginx/mytoken-web.conf
      // and a config.json for the local stack written by deploy/write-config.sh.
      command: 'vite build --logLevel warn && tsx stack/serve-build.ts',
      url: stackConfig.app.previewOrigin,
      reuseExistingServer: !ci,
      timeout: 3 * 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
})
