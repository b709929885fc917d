// Checks and revokes the sweep's candidates at their instances. Every candidate is its own
// credential (the client queues the requests of one credential); a few run side by side. The
// strings (and any token a transfer code is redeemed for) stay in this hook's memory only.
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { fetchClient } from '@/lib/instance/discovery-query'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { memoryCredential, type Credential } from '@/lib/mytoken/api/credential'
import { isMytokenError, MytokenError } from '@/lib/mytoken/api/errors'
import { invalidateTokenData } from '@/lib/mytoken/queries/query-keys'
import { decodeMytoken } from '@/lib/mytoken/vocabulary/jwt'
import { factsOf, type CheckState, type SweepRow, type TokenFacts } from './sweep-rows'

// Two at a time: mytoken server 0.10 may answer 500 "no db node available" to requests that
// arrive at the same moment (its single database node is handed around through a channel).
const PARALLEL = 2

/** Runs `run` for every item, at most `limit` at a time. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next]!
      next += 1
      await run(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

const FLUSH_MS = 100

type RowChange = Partial<Pick<SweepRow, 'check' | 'revoke'>>

const SHAPE_RESPONSE_TYPE = { 'short-token': 'short_token', 'transfer-code': 'transfer_code' }

function notAccepted(error: unknown): boolean {
  return isMytokenError(error, 'invalid_token') || isMytokenError(error, 'expired_token')
}

export function useSweep(initialRows: SweepRow[]) {
  const queryClient = useQueryClient()
  const [rows, setRows] = useState(initialRows)
  const credentials = useRef(new Map<number, Credential>())
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  // Answers arrive one by one; the table is rendered again at most every 100 ms with all of them.
  const pending = useRef(new Map<number, RowChange>())
  const flushTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const flush = useCallback(() => {
    flushTimer.current = undefined
    const changes = pending.current
    pending.current = new Map()
    setRows((current) =>
      current.map((row) => {
        const change = changes.get(row.id)
        return change ? { ...row, ...change } : row
      }),
    )
  }, [])
  const update = useCallback(
    (id: number, change: RowChange) => {
      if (!mounted.current) return
      pending.current.set(id, { ...pending.current.get(id), ...change })
      flushTimer.current ??= setTimeout(flush, FLUSH_MS)
    },
    [flush],
  )
  useEffect(() => () => clearTimeout(flushTimer.current), [])
  const clientOf = useCallback(
    (row: SweepRow): Promise<MytokenClient> => fetchClient(queryClient, row.instance!.issuer),
    [queryClient],
  )

  /** The token behind the candidate (a transfer code is redeemed: it then works for no one). */
  const credentialFor = useCallback(
    async (row: SweepRow, client: MytokenClient): Promise<Credential | 'unsupported'> => {
      const { candidate } = row
      if (candidate.kind !== 'jwt') {
        const responseType = SHAPE_RESPONSE_TYPE[candidate.kind]
        if (!client.discovery.response_types_supported.includes(responseType)) return 'unsupported'
      }
      const token =
        candidate.kind === 'transfer-code'
          ? (await client.exchangeTransferCode(candidate.token)).mytoken
          : candidate.token
      if (!token) throw new Error('the server answered without a token')
      const credential = memoryCredential(token)
      credentials.current.set(row.id, credential)
      return credential
    },
    [],
  )

  const checkOnce = useCallback(
    async (row: SweepRow): Promise<CheckState> => {
      try {
        const client = await clientOf(row)
        const credential = await credentialFor(row, client)
        if (credential === 'unsupported') return { status: 'unsupported' }
        const redeemed = row.candidate.kind === 'transfer-code'
        return { status: 'valid', facts: await factsAt(client, credential, redeemed) }
      } catch (error) {
        return notAccepted(error) ? { status: 'invalid' } : { status: 'failed', error }
      }
    },
    [clientOf, credentialFor],
  )

  // A check only reads (introspection uses nothing up), so a passing 5xx is asked once more; a
  // transfer code is not: its redemption may have happened.
  const checkOne = useCallback(
    async (row: SweepRow): Promise<CheckState> => {
      const first = await checkOnce(row)
      const again =
        first.status === 'failed' &&
        first.error instanceof MytokenError &&
        first.error.status >= 500 &&
        row.candidate.kind !== 'transfer-code'
      return again ? checkOnce(row) : first
    },
    [checkOnce],
  )

  const check = useCallback(
    async (ids: readonly number[]) => {
      const targets = rowsById(initialRows, ids)
      for (const row of targets) update(row.id, { check: { status: 'checking' } })
      await forEachLimited(targets, PARALLEL, async (row) => {
        update(row.id, { check: await checkOne(row) })
      })
    },
    [initialRows, update, checkOne],
  )

  const revoke = useCallback(
    async (ids: readonly number[], recursive: boolean) => {
      const targets = rowsById(initialRows, ids)
      for (const row of targets) update(row.id, { revoke: { status: 'revoking' } })
      await forEachLimited(targets, PARALLEL, async (row) => {
        try {
          const credential = credentials.current.get(row.id)
          if (!credential) throw new Error('not checked')
          await (await clientOf(row)).revoke(credential, { recursive })
          update(row.id, { revoke: { status: 'revoked', at: Date.now() } })
        } catch (error) {
          update(row.id, { revoke: { status: 'failed', error } })
        }
      })
      // a signed-in list of the same instance shows what changed
      for (const issuer of new Set(targets.map((row) => row.instance!.issuer)))
        void invalidateTokenData(queryClient, issuer)
    },
    [initialRows, update, clientOf, queryClient],
  )

  // the JWTs of configured instances are checked as soon as they are found
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    void check(initialRows.filter((row) => row.check.status === 'checking').map((row) => row.id))
  }, [check, initialRows])

  return { rows, check, revoke }
}

/** The rows' candidates and instances (which never change) for the given ids. */
function rowsById(rows: readonly SweepRow[], ids: readonly number[]): SweepRow[] {
  const wanted = new Set(ids)
  return rows.filter((row) => wanted.has(row.id) && row.instance)
}

/** Introspection; a token without `tokeninfo:introspect` is valid all the same (403). */
async function factsAt(
  client: MytokenClient,
  credential: Credential,
  redeemed: boolean,
): Promise<TokenFacts> {
  try {
    return factsOf((await client.introspect(credential)).token, true, redeemed)
  } catch (error) {
    if (!isMytokenError(error, 'insufficient_capabilities')) throw error
    const decoded = decodeMytoken(credential.token())
    return decoded.kind === 'jwt'
      ? factsOf(decoded.payload, false, redeemed)
      : { ...factsOf({ iss: client.issuer }, false, redeemed), capabilities: undefined }
  }
}
