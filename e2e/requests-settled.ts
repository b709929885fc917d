// Waiting until a page has loaded all it is going to: every request answered, and the page, idle
// after handling the answers, asking for nothing new.
import { expect, type Page, type Request } from '@playwright/test'

export interface RequestCount {
  started: number
  open: number
  /** stops counting */
  stop: () => void
}

/**
 * Counts the requests of `page` that have started and those not answered yet, all but those for
 * the page's own document (which may be held back).
 */
export function countRequests(page: Page): RequestCount {
  const counted = (request: Request) =>
    !(request.isNavigationRequest() && request.frame() === page.mainFrame())
  const started = (request: Request) => {
    if (!counted(request)) return
    count.started += 1
    count.open += 1
  }
  const answered = (request: Request) => {
    if (counted(request)) count.open -= 1
  }
  const count: RequestCount = {
    started: 0,
    open: 0,
    stop: () => {
      page.off('request', started)
      page.off('requestfinished', answered)
      page.off('requestfailed', answered)
    },
  }
  page.on('request', started)
  page.on('requestfinished', answered)
  page.on('requestfailed', answered)
  return count
}

/**
 * Waits until every request has been answered and the page, having handled the answers (an idle
 * moment and 100 ms more), has asked for nothing new: what loads after the first render has
 * arrived and rendered. Playwright's 'networkidle' waits 500 ms of silence after each answer.
 */
export async function requestsSettled(page: Page, count: RequestCount) {
  for (;;) {
    await expect.poll(() => count.open, { intervals: [20] }).toBe(0)
    const started = count.started
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 100))),
    )
    if (count.started === started && count.open === 0) return
  }
}
