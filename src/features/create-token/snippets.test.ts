import { expect, test } from 'vitest'
import { testDiscovery } from '@/testing/fixtures'
import { snippets, tokenFileName } from './snippets'

test('snippets use this instance and read the token from the environment, never embed it', () => {
  const code = snippets(testDiscovery('https://mt.example'), tokenFileName('TOAR data access'))
  expect(code.shell).toBe('export MYTOKEN="$(cat mytoken-toar-data-access.txt)"')
  // the token reaches curl on stdin from the built-in printf, never among curl's arguments
  expect(code.curl).toBe(
    `printf '{"grant_type": "mytoken", "mytoken": "%s"}' "$MYTOKEN" |
  curl -s -X POST 'https://mt.example/api/v0/token/access' \\
    -H 'Content-Type: application/json' \\
    --data-binary @-`,
  )
  expect(code.python).toContain('MYTOKEN = os.environ["MYTOKEN"]')
  expect(code.python).toContain('MYTOKEN_ENDPOINT = "https://mt.example/api/v0/token/access"')
  expect(code.cli).toContain('--MT-env MYTOKEN')
  expect(tokenFileName('  ')).toBe('mytoken-token.txt')
})
