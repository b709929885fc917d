// Calendars: the ICS feed, parsed with a real calendar parser (ical.js), carries one event per
// token with its name and expiry; removing a token (after a warning about the address) removes its
// event; the app's own download is valid for strict parsers; deleting asks first. The server's
// truth is read with plain fetch.
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { stackConfig } from '../stack/config'
import { createMytokenOverHttp, expect, test, type TestUser } from './fixtures'
import { eventsIn, rfc5545Problems, strictParse } from './ics-check'

const DAY = 86_400

async function feed(icsUrl: string) {
  const response = await fetch(icsUrl)
  return { status: response.status, text: await response.text() }
}

async function calendarsAtServer(sessionToken: string) {
  const response = await fetch(`${stackConfig.mytoken.issuer}/api/v0/notifications/calendars`, {
    headers: { Authorization: `Bearer ${sessionToken}` },
  })
  expect(response.status).toBe(200)
  const body = (await response.json()) as {
    calendars?: { name: string; ics_path: string; subscribed_tokens?: string[] }[]
  }
  return body.calendars ?? []
}

/** Two tokens (20 and 40 days) in a new calendar "Token expiry", made through the app. */
async function calendarWithTwoTokens(page: Page, user: TestUser) {
  const now = Math.floor(Date.now() / 1000)
  await createMytokenOverHttp(user, {
    name: 'Cluster job',
    capabilities: ['AT'],
    restrictions: [{ exp: now + 20 * DAY }],
  })
  await createMytokenOverHttp(user, {
    name: 'Notebook',
    capabilities: ['AT'],
    restrictions: [{ exp: now + 40 * DAY }],
  })
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Calendars' })
    .click()
  await page.getByLabel('Name of a new calendar').fill('Token expiry')
  await page.getByRole('button', { name: 'Create calendar' }).click()
  const card = page.getByRole('region', { name: 'Token expiry' })
  await expect(card).toBeVisible()
  for (const name of ['Cluster job', 'Notebook']) {
    await card.getByLabel('Add a token').selectOption({ label: `${name} ` })
    await card.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(card.getByRole('listitem').filter({ hasText: name })).toBeVisible()
  }
  return { card, now }
}

test('a calendar with two tokens yields an ICS with their names and expiry; removing one warns about the address first, then offers the new one to copy', async ({
  signedIn: { page, sessionToken },
  context,
  user,
}) => {
  test.setTimeout(180_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const { card, now } = await calendarWithTwoTokens(page, user)

  const url = await card.getByLabel(/Subscription address/).inputValue()
  await card.getByRole('button', { name: 'Copy the subscription address' }).click()
  await expect(card.getByText('Copied to the clipboard.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
  const before = await feed(url)
  expect(before.status).toBe(200)
  expect(eventsIn(before.text)).toEqual([
    { summary: "Mytoken 'Cluster job' expires", start: now + 20 * DAY },
    { summary: "Mytoken 'Notebook' expires", start: now + 40 * DAY },
  ])

  // mytoken v0.10.1 has no removal a browser app can call (see calendars/api.ts): the app says
  // what happens to subscribers before anything changes
  await card.getByRole('button', { name: 'Remove Cluster job' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove Cluster job from Token expiry?' })
  await expect(dialog).toContainText('new subscription address')
  await expect(dialog).toContainText('stop updating')
  await expect(dialog).toContainText('removal link')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect((await calendarsAtServer(sessionToken))[0]!.subscribed_tokens).toHaveLength(2)
  expect((await feed(url)).status).toBe(200)

  await card.getByRole('button', { name: 'Remove Cluster job' }).click()
  await dialog.getByRole('button', { name: 'Remove and get a new address' }).click()
  await expect(card.getByRole('listitem').filter({ hasText: 'Cluster job' })).toHaveCount(0)
  const notice = card.getByRole('alert').filter({ hasText: 'new subscription address' })
  await expect(notice).toBeVisible()
  const [atServer] = await calendarsAtServer(sessionToken)
  expect(atServer!.ics_path).not.toBe(url)
  await expect(notice).toContainText(atServer!.ics_path)
  await notice.getByRole('button', { name: 'Copy the new address' }).click()
  await expect(notice.getByText('Copied to the clipboard.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(atServer!.ics_path)
  await expect(card.getByLabel(/Subscription address/)).toHaveValue(atServer!.ics_path)

  const after = await feed(atServer!.ics_path)
  expect(after.status).toBe(200)
  expect(eventsIn(after.text).map((e) => e.summary)).toEqual(["Mytoken 'Notebook' expires"])
  // what the warning said: the old address is gone
  expect((await feed(url)).status).toBe(404)
})

test('the download is a valid .ics file with the events of the server feed, which strict parsers reject', async ({
  signedInPage: page,
  user,
}) => {
  test.setTimeout(180_000)
  const { card } = await calendarWithTwoTokens(page, user)
  const server = await feed(await card.getByLabel(/Subscription address/).inputValue())
  expect(server.status).toBe(200)
  await expect(card).toContainText('-PT3D')

  const download = page.waitForEvent('download')
  await card.getByRole('button', { name: 'Download Token expiry.ics' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('Token expiry.ics')
  const ics = await readFile((await file.path())!, 'utf8')

  expect(rfc5545Problems(ics)).toEqual([])
  expect(eventsIn(ics)).toEqual(eventsIn(server.text))
  // the same checks find what is wrong with the server's own feed
  expect(rfc5545Problems(server.text)).toEqual(
    expect.arrayContaining([
      'TRIGGER -PT3D is no RFC 5545 duration',
      'DISPLAY alarm without DESCRIPTION',
    ]),
  )
  const ours = strictParse(ics)
  test.info().annotations.push({ type: 'strict parser', description: ours.parser })
  expect(ours.error, ours.parser).toBeUndefined()
  expect(strictParse(server.text).error, ours.parser).toContain('-PT')
})

test('deleting a calendar asks first; Cancel keeps it at the server', async ({
  signedIn: { page, sessionToken },
}) => {
  await page.goto('/calendars')
  await page.getByLabel('Name of a new calendar').fill('Short-lived')
  await page.getByRole('button', { name: 'Create calendar' }).click()
  const card = page.getByRole('region', { name: 'Short-lived' })
  const url = await card.getByLabel(/Subscription address/).inputValue()

  await card.getByRole('button', { name: 'Delete calendar Short-lived' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete the calendar Short-lived?' })
  await expect(dialog).toContainText('stop updating')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect((await calendarsAtServer(sessionToken)).map((c) => c.name)).toEqual(['Short-lived'])
  expect((await feed(url)).status).toBe(200)

  await card.getByRole('button', { name: 'Delete calendar Short-lived' }).click()
  await dialog.getByRole('button', { name: 'Delete calendar', exact: true }).click()
  await expect(page.getByText('You have no calendars yet.')).toBeVisible()
  expect(await calendarsAtServer(sessionToken)).toEqual([])
  expect((await feed(url)).status).toBe(404)
})
