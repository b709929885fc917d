import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/**
 * axe-core's results for the page, with all its rules or only `rules`. A page without frames is
 * scanned in place (AxeBuilder's legacy mode); its default mode would open, load axe into and
 * close another tab for every scan, which makes a scan about twice as slow. A page with frames
 * gets the default mode, which also scans frames of other origins.
 */
export function analyzeAccessibility(
  page: Page,
  rules?: string[],
): ReturnType<AxeBuilder['analyze']> {
  const axe = new AxeBuilder({ page }).setLegacyMode(page.frames().length === 1)
  return (rules ? axe.withRules(rules) : axe).analyze()
}
