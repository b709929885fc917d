// Every page fits a phone (390 px wide) without sideways scrolling, signed out and signed in,
// including the token list with a long name; and a long name cannot widen the list on a desktop.
import type { Page } from '@playwright/test'
import { analyzeAccessibility } from './axe'
import { createMytokenOverHttp, expect, gotoHydrated, test } from './fixtures'
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

test('at 390 px the header is one compact block: the page links sit behind a Menu button that works by keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await gotoHydrated(page, '/')
  const header = page.getByRole('banner')
  // before: the nine links took four rows, 290 px of header above every page
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(160)
  const nav = page.getByRole('navigation', { name: 'Main' })
  const menu = nav.getByRole('button', { name: 'Menu' })
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(nav.getByRole('link', { name: 'About this server' })).toBeHidden()

  // open by keyboard: the links follow the button in the tab order; Escape closes, focus stays
  await menu.focus()
  await page.keyboard.press('Enter')
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await expect(nav.getByRole('link')).toHaveCount(9)
  await page.keyboard.press('Tab')
  await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused()
  expect((await analyzeAccessibility(page)).violations).toEqual([])
  await page.keyboard.press('Escape')
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(menu).toBeFocused()
  await expect(nav.getByRole('link', { name: 'Home' })).toBeHidden()

  // a chosen link goes there and folds the menu away again
  await page.keyboard.press('Space')
  await nav.getByRole('link', { name: 'About this server' }).click()
  await expect(page).toHaveURL(/\/about$/)
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(nav.getByRole('link', { name: 'About this server' })).toBeHidden()

  // a desktop shows the links themselves, no button
  await page.setViewportSize({ width: 1280, height: 900 })
  await expect(menu).toBeHidden()
  await expect(nav.getByRole('link', { name: 'About this server' })).toBeVisible()
})
