import { expect, test } from 'vitest'
import { testDiscovery } from '@/testing/fixtures'
import { loadClient, loadedClient } from './client-loader'

test('the client is loaded on demand, once per discovery document', async () => {
  const discovery = testDiscovery('https://mytoken.example')
  expect(() => loadedClient(discovery)).toThrow(/API client not loaded yet/)

  const client = await loadClient(discovery)
  expect(client.discovery).toBe(discovery)
  expect(loadedClient(discovery)).toBe(client)
  expect(await loadClient(discovery)).toBe(client)

  const other = testDiscovery('https://other.example')
  expect(loadedClient(other)).not.toBe(client)
  expect(loadedClient(other).issuer).toBe('https://other.example')
})
