// A deployment whose config.json is broken: a second nginx with the shipped site configuration
// serves a copy of the build, with config.json as an operator might have mistyped it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { slotAddress, stackConfig } from '../stack/config'
import { startNginx, type RunningNginx } from '../stack/nginx'
import { analyzeAccessibility } from './axe'
import { expect, test } from './fixtures'

test.describe.configure({ mode: 'serial' })

let site: RunningNginx
let webRoot: string

test.beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'mytoken-web-broken-config-'))
  fs.cpSync(path.join(stackConfig.projectRoot, stackConfig.app.buildDir), webRoot, {
    recursive: true,
  })
  fs.chmodSync(webRoot, 0o755)
  site = await startNginx(path.join(stackConfig.stateDir, 'nginx-broken-config'), {
    listen: `${slotAddress(3)}:${stackConfig.app.previewPort}`,
    serverName: slotAddress(3),
    root: webRoot,
    originLines: `set $mytoken_web_connect_src "'self'";\nset $mytoken_web_frame_src "'self'";\n`,
  })
})

test.afterAll(async () => {
  await site?.stop()
  fs.rmSync(webRoot, { recursive: true, force: true })
})

const contents = (text: string) => (file: string) => fs.writeFileSync(file, text)

const cases = [
  {
    what: 'a config.json with a trailing comma',
    write: contents('{ "instances": [ { "issuer": "https://mytok.eu", "name": "mytok.eu" }, ] }'),
    problem: /\/config\.json is not valid JSON: /,
  },
  {
    what: 'a config.json without instances',
    write: contents('{ "instances": [] }'),
    problem: '/config.json is invalid: "instances" must list at least one mytoken server',
  },
  {
    what: 'a config.json whose issuer is no URL',
    write: contents('{ "instances": [ { "issuer": "mytok.eu", "name": "mytok.eu" } ] }'),
    problem: '/config.json is invalid: instances[0].issuer must be an http(s) URL',
  },
  {
    what: 'a missing config.json',
    write: (file: string) => fs.rmSync(file, { force: true }),
    problem: '/config.json answered HTTP 404: the file is missing',
  },
]

for (const { what, write, problem } of cases) {
  test(`${what} shows a readable error page, not a blank screen`, async ({ page }) => {
    write(path.join(webRoot, 'config.json'))

    await page.goto(`${site.origin}/tokens`)
    await expect(
      page.getByRole('heading', { level: 1, name: 'mytoken-web cannot start' }),
    ).toBeVisible()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('The configuration of this site is broken:')
    await expect(alert.locator('code')).toHaveText(problem)
    await expect(alert).toContainText('tell the people who run this site')
    await expect(page).toHaveTitle('mytoken-web cannot start')
  })
}

test('the error page is in German for German browsers, and accessible', async ({ browser }) => {
  fs.writeFileSync(path.join(webRoot, 'config.json'), '{ "instances": "mytok.eu" }')
  const context = await browser.newContext({ locale: 'de-DE' })
  const page = await context.newPage()
  await page.goto(`${site.origin}/`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'mytoken-web kann nicht starten' }),
  ).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('Bitte sagen Sie den Betreibern')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await page.getByRole('button', { name: 'Seite neu laden' }).focus()
  await expect(page.getByRole('button', { name: 'Seite neu laden' })).toBeFocused()
  const { violations } = await analyzeAccessibility(page)
  expect(violations).toEqual([])
  await context.close()
})
