import { test as base, type Browser } from '@playwright/test'
import { readCrashNotice } from '../stack/crash-notice'

function failIfStackCrashed(when: string) {
  const notice = readCrashNotice()
  if (notice) throw new Error(`a service of the local stack died (seen ${when}):\n${notice}`)
}

/** Ends the running test's browser work at once when the stack reports a dead service. */
function closeContextsOnCrash(browser: Browser): () => void {
  const timer = setInterval(() => {
    if (!readCrashNotice()) return
    clearInterval(timer)
    for (const context of browser.contexts()) void context.close()
  }, 250)
  return () => clearInterval(timer)
}

/**
 * Fails every test once a service of the local stack has died, with the stack's own notice (what
 * died, its last log lines), not with the timeouts of a dead server: before a test, and for a
 * test under way by closing its browser contexts.
 */
export const test = base.extend<{ stackAlive: void }>({
  stackAlive: [
    async ({ browser }, use) => {
      failIfStackCrashed('before the test')
      const stopWatching = closeContextsOnCrash(browser)
      await use()
      stopWatching()
      failIfStackCrashed('during the test')
    },
    { auto: true },
  ],
})
