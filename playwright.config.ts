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

export default defineConfig({
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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
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
      // The production build with its production headers, pointed at the local stack.
      command: 'vite build --logLevel warn && vite preview',
      url: stackConfig.app.previewOrigin,
      reuseExistingServer: !ci,
      timeout: 3 * 60_000,
      env: { MYTOKEN_WEB_CONFIG: 'local-stack' },
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
})
