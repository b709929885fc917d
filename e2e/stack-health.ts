import { test as base } from '@playwright/test'
import { readCrashNotice } from '../stack/crash-notice'

function failIfStackCrashed(when: string) {
  const notice = readCrashNotice()
  if (notice) throw new Error(`a service of the local stack died (seen ${when}):\n${notice}`)
}

/**
 * Fails every test, before and after it runs, once a service of the local stack has died: with the
 * stack's own notice (what died, its last log lines), not with the timeouts of a dead server.
 */
export const test = base.extend<{ stackAlive: void }>({
  stackAlive: [
    async ({}, use) => {
      failIfStackCrashed('before the test')
      await use()
      failIfStackCrashed('after the test')
    },
    { auto: true },
  ],
})
