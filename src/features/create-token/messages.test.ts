import { expect, test } from 'vitest'
import { discoverySchema } from '@/lib/mytoken/schemas'
import { snippets, tokenFileName } from './snippets'

test('snippets use this instance and read the token from the environment, never embed it', () => {
  const discovery = discoverySchema.parse({
    issuer: 'https://mt.example',
    access_token_endpoint: 'https://mt.example/api/v0/token/access',
    mytoken_endpoint: 'https://mt.example/api/v0/token/my',
    jwks_uri: 'https://mt.example/jwks',
    providers_supported: [],
  })
  const code = snippets(discovery, tokenFileName('TOAR data access'))
  expect(code.shell).toBe('export MYTOKEN="$(cat mytoken-toar-data-access.txt)"')
  expect(code.curl).toContain("'https://mt.example/api/v0/token/access'")
  expect(code.curl).toContain('$MYTOKEN')
  expect(code.python).toContain('MYTOKEN = os.environ["MYTOKEN"]')
  expect(code.python).toContain('MYTOKEN_ENDPOINT = "https://mt.example/api/v0/token/access"')
  expect(code.cli).toContain('--MT-env MYTOKEN')
  expect(tokenFileName('  ')).toBe('mytoken-token.txt')
})
