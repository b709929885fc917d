// Fills a test user's account with many tokens through the real API (used by bench:list and
// bench:pages): N−1 sub-tokens below a parent, some of them sub-tokens of sub-tokens.
import { createSubtoken } from '../e2e/stack-api.ts'

// The server's single-node DB "cluster" hands its one node around through a channel; two
// requests at the same moment can find it empty and fail with 500 "no db node available"
// (oidc-mytoken/server internal/db/cluster/cluster.go, next()). So: one request at a time, and
// that specific answer is tried again.
const CONCURRENCY = 1
const DAY = 24 * 3600

function tokenName(i: number): string {
  return `bench ${i} ${['ci', 'notebook', 'cluster', 'backup'][i % 4]}`
}

/** Runs `work` for 0..count-1 with at most `limit` in flight. */
async function pool(count: number, limit: number, work: (i: number) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) await work(next++)
    }),
  )
}

/** N−1 sub-tokens below `parent`; returns the names of all N tokens. */
export async function fillSubtokens(parent: string, n: number) {
  // a tenth of the sub-tokens are "groups" that get sub-tokens of their own
  const subCount = n - 1
  const groupCount = Math.max(1, Math.floor(subCount / 10))
  const groups: string[] = []
  const now = Math.floor(Date.now() / 1000)
  const spec = (i: number, capabilities: string[]) => ({
    name: tokenName(i),
    capabilities,
    // a mix of expiries: expiring soon, in a month, never
    ...(i % 3 === 2 ? {} : { restrictions: [{ exp: now + (i % 3 === 0 ? 3 : 30) * DAY }] }),
  })
  await pool(Math.min(groupCount, subCount), CONCURRENCY, async (i) => {
    const created = await createSubtoken(parent, spec(i, ['AT', 'create_mytoken']))
    if (!created.mytoken) throw new Error('no sub-token')
    groups[i] = created.mytoken
  })
  await pool(subCount - groups.length, CONCURRENCY, async (k) => {
    const i = groups.length + k
    const group = groups[k % groups.length]!
    // sub-token restrictions must stay within the group's: the group's expiry is the bound
    const groupIndex = k % groups.length
    const created = await createSubtoken(group, {
      name: tokenName(i),
      capabilities: ['AT'],
      ...(groupIndex % 3 === 2 && i % 3 !== 2
        ? { restrictions: [{ exp: now + (i % 3 === 0 ? 3 : 30) * DAY }] }
        : {}),
    })
    if (!created.mytoken) throw new Error('no sub-token')
  })
  const names = ['bench parent', ...Array.from({ length: subCount }, (_, i) => tokenName(i))]
  return names
}
