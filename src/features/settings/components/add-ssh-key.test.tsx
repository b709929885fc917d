import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { createMytokenClient } from '@/lib/mytoken/api/client'
import { memoryCredential } from '@/lib/mytoken/api/credential'
import { generatedKeys } from '@/lib/mytoken/vocabulary/ssh-keys.fixtures'
import { TEST_ISSUER, testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { AddSshKey } from './add-ssh-key'

const discovery = testDiscovery(TEST_ISSUER, {
  usersettings_endpoint: `${TEST_ISSUER}/api/v0/settings`,
})
const sshUrl = `${TEST_ISSUER}/api/v0/settings/grants/ssh`
const sentKeys: string[] = []
const server = setupServer(
  http.post(sshUrl, async ({ request }) => {
    sentKeys.push(((await request.json()) as { ssh_key: string }).ssh_key)
    return HttpResponse.json(
      { error: 'invalid_request', error_description: 'could not parse ssh public key' },
      { status: 400 },
    )
  }),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => {
  sentKeys.length = 0
  vi.spyOn(window, 'open').mockReturnValue(null)
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function renderForm() {
  renderWithProviders(
    <AddSshKey
      api={createMytokenClient(discovery)}
      credential={memoryCredential('step-up-token')}
      knownFingerprints={[]}
      hostKeys={[]}
      providerName="Test OP"
      serverVersion="0.10.1"
    />,
  )
  return screen.getByRole('textbox', { name: /Public key/ })
}

const ed25519 = generatedKeys[0].line
const rsa1024 = generatedKeys.find((key) => key.label === 'rsa 1024')!

test('a truncated key is named as such and never sent', async () => {
  const user = userEvent.setup()
  const field = renderForm()
  await user.click(field)
  await user.paste(ed25519.slice(0, -12))
  // the check is asynchronous (WebCrypto): wait for its verdict
  await screen.findByText(/cut short or damaged/)
  expect(field).toHaveAccessibleDescription(/cut short or damaged/)
  expect(field).toHaveAttribute('aria-invalid', 'true')
  await user.click(screen.getByRole('button', { name: 'Add key and approve' }))
  expect(sentKeys).toEqual([])
})

test('the server’s refusal of a key goes when the key is replaced or cleared', async () => {
  const user = userEvent.setup()
  const field = renderForm()
  await user.click(field)
  await user.paste(ed25519)
  await screen.findByText(/Valid ssh-ed25519 key/)
  await user.click(screen.getByRole('button', { name: 'Add key and approve' }))
  expect(await screen.findByText(/could not parse ssh public key/)).toBeVisible()
  expect(sentKeys).toEqual([ed25519])

  await user.clear(field)
  expect(screen.queryByText(/could not parse ssh public key/)).toBeNull()

  await user.paste(ed25519)
  await screen.findByText(/Valid ssh-ed25519 key/)
  await user.click(screen.getByRole('button', { name: 'Add key and approve' }))
  expect(await screen.findByText(/could not parse ssh public key/)).toBeVisible()
  await user.clear(field)
  await user.paste(generatedKeys[1].line)
  await screen.findByText(/Valid ecdsa-sha2-nistp256 key/)
  expect(field).toHaveAccessibleDescription(/Valid ecdsa-sha2-nistp256 key/)
  expect(screen.queryByText(/could not parse ssh public key/)).toBeNull()
})

test('a 1024-bit RSA key passes with a warning and its size', async () => {
  const user = userEvent.setup()
  const field = renderForm()
  await user.click(field)
  await user.paste(rsa1024.line)
  await screen.findByText(/Weak key/)
  expect(field).toHaveAccessibleDescription(
    new RegExp(
      `Valid ssh-rsa key \\(1024 bits\\), fingerprint ${rsa1024.fingerprint.replace(/[+/]/g, '\\$&')} Weak key: RSA with 1024 bits can be broken`,
    ),
  )
  expect(field).toHaveAttribute('aria-invalid', 'false')
})
