import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { createMytokenClient } from '@/lib/mytoken/api/client'
import { memoryCredential } from '@/lib/mytoken/api/credential'
import { emailFactsStore } from '@/lib/step-up/email-facts'
import { TEST_ISSUER, testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { EmailForm } from './email-form'

const emailUrl = `${TEST_ISSUER}/api/v0/settings/email`
const changes: unknown[] = []
const server = setupServer(
  http.get(emailUrl, () =>
    HttpResponse.json({
      email_address: 'old@example.org',
      email_verified: true,
      prefer_html_mail: false,
    }),
  ),
  http.put(emailUrl, async ({ request }) => {
    changes.push(await request.json())
    return new HttpResponse(null, { status: 204 })
  }),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  server.resetHandlers()
  changes.length = 0
})
afterAll(() => server.close())

function renderForm() {
  const client = createMytokenClient(
    testDiscovery(TEST_ISSUER, { usersettings_endpoint: `${TEST_ISSUER}/api/v0/settings` }),
  )
  return renderWithProviders(
    <EmailForm client={client} sessionMomId="session" credential={memoryCredential('step-up')} />,
  )
}

test('a malformed address is named at its field, and nothing is sent', async () => {
  const user = userEvent.setup()
  renderForm()
  const address = await screen.findByRole('textbox', { name: 'New e-mail address' })
  await user.type(address, 'name@example')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  const message = await screen.findByRole('alert')
  expect(message).toHaveTextContent('Enter an e-mail address like name@example.org.')
  expect(address).toHaveAttribute('aria-invalid', 'true')
  expect(address).toHaveAccessibleDescription(expect.stringContaining('name@example.org'))
  expect(address).toHaveValue('name@example')
  expect(changes).toEqual([])
})

test('saving without a change says so; a new format alone sends only the format', async () => {
  const user = userEvent.setup()
  renderForm()
  await user.click(await screen.findByRole('button', { name: 'Save' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Change the address or the format first.',
  )
  expect(changes).toEqual([])

  await user.click(screen.getByRole('checkbox'))
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await expect.poll(() => changes).toHaveLength(1)
  expect(changes[0]).toEqual({ mytoken: 'step-up', prefer_html_mail: true })
  expect(screen.queryByText('Change the address or the format first.')).toBeNull()
})

test('an instance without mails (the route answers 404) is named as such, and remembered', async () => {
  server.use(
    http.get(emailUrl, () =>
      HttpResponse.json({ error: 'not_found', error_description: '' }, { status: 404 }),
    ),
  )
  renderForm()
  expect(
    await screen.findByText('This mytoken server does not send e-mail notifications.'),
  ).toBeInTheDocument()
  expect(screen.queryByRole('textbox', { name: 'New e-mail address' })).toBeNull()
  expect(emailFactsStore.get()).toMatchObject({ sessionMomId: 'session', mailOff: true })
})
