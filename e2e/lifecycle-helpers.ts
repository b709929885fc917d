// Helpers for the token-lifecycle specs (usage, notifications, calendars): creating a token
// through the app, using it from outside the browser with plain fetch, reading real mails.
import type { Page } from '@playwright/test'
import { stackConfig } from '../stack/config'
import { createAndApprove, expect, type TestUser } from './fixtures'

/** Submits the create form, approves at the real consent page, returns the revealed token. */
export async function createInApp(page: Page, user: TestUser, search: string): Promise<string> {
  await page.goto(`/create${search}`)
  await createAndApprove(page, user)
  await page.getByRole('button', { name: 'Show' }).click()
  const token = (await page.getByLabel('Your mytoken').textContent()) ?? ''
  expect(token.length).toBeGreaterThan(32)
  return token
}

/** Leaves the reveal step as a user who stored the token. */
export async function finishReveal(page: Page) {
  await page.getByRole('checkbox', { name: 'I have stored the token safely' }).check()
  await page.getByRole('button', { name: 'Done — go to my tokens' }).click()
  await expect(page).toHaveURL(/\/tokens$/)
}

async function discovery(): Promise<Record<string, string>> {
  const response = await fetch(`${stackConfig.mytoken.issuer}/.well-known/mytoken-configuration`)
  return (await response.json()) as Record<string, string>
}

/** Obtains an access token the way a script does: plain fetch, no app code. */
export async function obtainAccessToken(mytoken: string, comment = 'e2e script'): Promise<void> {
  const { access_token_endpoint } = await discovery()
  const response = await fetch(access_token_endpoint!, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grant_type: 'mytoken', mytoken, comment }),
  })
  const body = (await response.json()) as { access_token?: string }
  expect(response.status, JSON.stringify(body)).toBe(200)
  expect(body.access_token?.length).toBeGreaterThan(0)
}

export interface MailSummary {
  ID: string
  Subject: string
  To: { Address: string }[]
  Created: string
}

/** Mails to `address` that Mailpit received (newest first), through its REST API. */
export async function mailsTo(address: string): Promise<MailSummary[]> {
  const query = encodeURIComponent(`to:"${address}"`)
  const response = await fetch(`${stackConfig.mailpit.webUrl}/api/v1/search?query=${query}`)
  expect(response.ok).toBe(true)
  return ((await response.json()) as { messages: MailSummary[] | null }).messages ?? []
}

/** The plain-text body of one mail. */
export async function mailText(id: string): Promise<string> {
  const response = await fetch(`${stackConfig.mailpit.webUrl}/api/v1/message/${id}`)
  expect(response.ok).toBe(true)
  return ((await response.json()) as { Text: string }).Text
}

/** Waits for a mail to `address` whose subject matches, newer than `since` mails already seen. */
export async function waitForMail(
  address: string,
  subject: RegExp,
  seenIds: ReadonlySet<string> = new Set(),
): Promise<{ summary: MailSummary; text: string }> {
  let found: MailSummary | undefined
  await expect
    .poll(
      async () => {
        found = (await mailsTo(address)).find((m) => subject.test(m.Subject) && !seenIds.has(m.ID))
        return found !== undefined
      },
      { timeout: 30_000, message: `a mail "${subject}" to ${address}` },
    )
    .toBe(true)
  return { summary: found!, text: await mailText(found!.ID) }
}
