// What the reveal page offers to copy: a file name for the token and ready-to-run snippets that
// read the token from the environment (never embed it) and keep it out of every process's command
// line, which `ps` shows to everyone on a shared login node.
import type { Discovery } from '@/lib/mytoken/api/schemas'
import { pythonString, shellQuote } from '@/lib/text/quote'

export function tokenFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `mytoken-${slug || 'token'}.txt`
}

export function snippets(discovery: Discovery, fileName: string) {
  const endpoint = discovery.access_token_endpoint
  return {
    shell: `export MYTOKEN="$(cat ${fileName})"`,
    // printf is a shell built-in (no process of its own); curl reads the body from stdin
    curl: `printf '{"grant_type": "mytoken", "mytoken": "%s"}' "$MYTOKEN" |
  curl -s -X POST ${shellQuote(endpoint)} \\
    -H 'Content-Type: application/json' \\
    --data-binary @-`,
    python: `import os
import requests

MYTOKEN = os.environ["MYTOKEN"]
MYTOKEN_ENDPOINT = ${pythonString(endpoint)}


def get_access_token():
    payload = {"grant_type": "mytoken", "mytoken": MYTOKEN}
    resp = requests.post(MYTOKEN_ENDPOINT, json=payload, timeout=10)
    resp.raise_for_status()
    data = resp.json()
    return data.get("access_token")


if __name__ == "__main__":
    access_token = get_access_token()
    print("Got an access token of", len(access_token), "characters")`,
    // the CLI reads the server from --url (or MYTOKEN_URL), else it uses KIT's instance
    cli: `mytoken --url ${shellQuote(discovery.issuer)} AT --MT-env MYTOKEN`,
  }
}
