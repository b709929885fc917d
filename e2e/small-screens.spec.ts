// Every page fits a phone (390 px wide) without sideways scrolling, signed out and signed in,
// including the token list with a long name; and a long name cannot widen the list on a desktop.
import type { Page } from '@playwright/test'
import { createMytokenOverHttp, expect, test } from './fixtures'
import { everyRoute } from './routes'

const LONG_NAME = `long-${'x'.repeat(95)}`

/** How far the page scrolls sideways once it has settled (0 or less: not at all). */
async function sidewaysOverflow(page: Page): Promise<number> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: /^(…|Connecting to|Looking for)/ }),
  ).toHaveCount(0)
  return page.evaluate(() => {
    const root = document.scrollingElement!
    return root.scrollWidth - root.clientWidth
  })
}

test('every route fits 390 px without sideways scrolling, signed out', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  for (const route of everyRoute) {
    await page.goto(route)
    expect(await sidewaysOverflow(page), `${route} (signed out)`).toBeLessThanOrEqual(0)
  }
})

test('every route fits 390 px without sideways scrolling, signed in, with a long token name', async ({
  signedInPage: page,
  user,
}) => {
  await createMytokenOverHttp(user, { name: LONG_NAME, capabilities: ['AT'] })
  await page.setViewportSize({ width: 390, height: 844 })
  for (const route of everyRoute) {
    await page.goto(route)
    expect(await sidewaysOverflow(page), `${route} (signed in)`).toBeLessThanOrEqual(0)
  }
  await page.goto('/tokens')
  const link = page.getByRole('link', { name: LONG_NAME })
  await expect(link).toBeVisible()
  expect(await sidewaysOverflow(page), '/tokens with a long name').toBeLessThanOrEqual(0)
  // the list itself fits too: no scrolling inside the table area either
  const inner = await page
    .locator('.token-scroll')
    .evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(inner).toBeLessThanOrEqual(0)
  await link.click()
  expect(await sidewaysOverflow(page), 'details of the long-named token').toBeLessThanOrEqual(0)
  // the timeline keeps name, status and the bar on a phone, and fits as well
  await page.goto('/tokens/timeline')
  await expect(page.getByRole('link', { name: LONG_NAME })).toBeVisible()
  expect(await sidewaysOverflow(page), 'timeline with a long name').toBeLessThanOrEqual(0)
  const timelineInner = await page
    .locator('.token-scroll')
    .evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(timelineInner).toBeLessThanOrEqual(0)
  await expect(page.locator('.timeline-track').first()).toBeVisible()
})

test('on a desktop a 100-character name wraps instead of widening its column', async ({
  signedInPage: page,
  user,
}) => {
  await createMytokenOverHttp(user, { name: LONG_NAME, capabilities: ['AT'] })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/tokens')
  const cell = page.getByRole('rowheader', { name: LONG_NAME })
  await expect(cell).toBeVisible()
  const box = await cell.boundingBox()
  // before: ~950 px of 1280 for the name alone
  expect(box!.width).toBeLessThanOrEqual(640)
  expect(await sidewaysOverflow(page), '/tokens at 1280 px').toBeLessThanOrEqual(0)
})
