import { createRequire } from 'node:module'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>

/** The axe-core that @axe-core/playwright itself injects (its dependency, the same copy). */
const axeSource = (
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as {
    source: string
  }
).source

/**
 * axe-core's results for the page, with all its rules or only `rules`. A page without frames is
 * scanned in place, with axe injected once per document: AxeBuilder's legacy mode injects its
 * half-megabyte source twice on every scan, and its default mode opens, loads axe into and closes
 * another tab for every scan. A page with frames gets the default mode, which also scans frames
 * of other origins.
 */
export async function analyzeAccessibility(page: Page, rules?: string[]): Promise<AxeResults> {
  if (page.frames().length > 1) {
    const axe = new AxeBuilder({ page })
    return (rules ? axe.withRules(rules) : axe).analyze()
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  return page.evaluate(
    (rules) =>
      (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe.run(
        document,
        rules ? { runOnly: { type: 'rule', values: rules } } : {},
      ),
    rules,
  )
}
