// Calendars: the ICS feed, parsed with a real calendar parser (ical.js), carries one event per
// token with its name and expiry; removing a token removes its event.
import ICAL from 'ical.js'
import { createMytokenOverHttp, expect, test } from './fixtures'

const DAY = 86_400

async function eventsOf(icsUrl: string) {
  const response = await fetch(icsUrl)
  expect(response.status).toBe(200)
  const calendar = new ICAL.Component(ICAL.parse(await response.text()))
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return { summary: event.summary, start: event.startDate.toUnixTime() }
  })
}

test('a calendar with two tokens yields an ICS with their names and expiry; removing one removes its event', async ({
  signedInPage: page,
  user,
}) => {
  test.setTimeout(180_000)
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

  const url = await card.getByLabel(/Subscription address/).inputValue()
  const events = await eventsOf(url)
  expect(events.map((e) => e.summary).sort()).toEqual([
    "Mytoken 'Cluster job' expires",
    "Mytoken 'Notebook' expires",
  ])
  const cluster = events.find((e) => e.summary.includes('Cluster job'))!
  expect(cluster.start).toBe(now + 20 * DAY)
  const notebook = events.find((e) => e.summary.includes('Notebook'))!
  expect(notebook.start).toBe(now + 40 * DAY)

  await card.getByRole('button', { name: 'Remove Cluster job' }).click()
  await expect(card.getByRole('listitem').filter({ hasText: 'Cluster job' })).toHaveCount(0)
  const newUrl = await card.getByLabel(/Subscription address/).inputValue()
  const after = await eventsOf(newUrl)
  expect(after.map((e) => e.summary)).toEqual(["Mytoken 'Notebook' expires"])
})
