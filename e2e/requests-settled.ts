// Waiting until a page has loaded all it is going to: every request answered, and the page, idle
// after handling the answers, asking for nothing new.
import { expect, type Page, type Request } from '@playwright/test'

export interface RequestCount {
  /** how many requests have started since counting began */
  started: number
  /** those of them not answered yet */
  open: Set<Request>
  /** stops counting */
  stop: () => void
}

/**
 * Counts the requests of `page` from now on, all but those for the page's own document (which
 * may be held back). Requests that were under way before are not waited for.
 */
export function countRequests(page: Page): RequestCount {
  const started = (request: Request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return
    count.started += 1
    count.open.add(request)
  }
  const answered = (request: Request) => count.open.delete(request)
  const count: RequestCount = {
    started: 0,
    open: new Set(),
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
    await expect.poll(() => count.open.size, { intervals: [20] }).toBe(0)
    const started = count.started
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 100))),
    )
    if (count.started === started && count.open.size === 0) return
  }
}
