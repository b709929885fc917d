import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import type { RuntimeConfig } from '@/lib/config'
import { testDiscovery } from '@/testing/fixtures'
import { renderWithProviders } from '@/testing/render-with-providers'
import { InstanceProvider, useInstance } from './instance-provider'

// the query layer's code cannot be loaded until the test says so (the network is back)
const network = vi.hoisted(() => ({ up: false }))
vi.mock('./discovery-query', async (importOriginal) => {
  if (!network.up) throw new TypeError('Failed to fetch dynamically imported module')
  return importOriginal()
})

const ISSUER = 'http://a.test'
const config: RuntimeConfig = {
  instances: [{ issuer: ISSUER, name: 'Instance A' }],
  spaClients: [],
}
const server = setupServer(
  http.get(`${ISSUER}/.well-known/mytoken-configuration`, () =>
    HttpResponse.json(testDiscovery(ISSUER)),
  ),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

function Consumer() {
  const { client, discoveryError, refetchDiscovery, requestDiscovery } = useInstance()
  if (client) return <p>endpoint {client.discovery.access_token_endpoint}</p>
  if (discoveryError)
    return (
      <button type="button" onClick={refetchDiscovery}>
        retry ({discoveryError.name})
      </button>
    )
  return (
    <button type="button" onClick={requestDiscovery}>
      connect
    </button>
  )
}

test('a query layer that cannot be loaded is the discovery’s error, and its retry loads it', async () => {
  renderWithProviders(
    <InstanceProvider config={config}>
      <Consumer />
    </InstanceProvider>,
  )
  act(() => screen.getByRole('button', { name: 'connect' }).click())
  const retry = await screen.findByRole('button', { name: /^retry/ })

  network.up = true
  act(() => retry.click())
  expect(await screen.findByText(`endpoint ${ISSUER}/api/v0/token/access`)).toBeInTheDocument()
})
