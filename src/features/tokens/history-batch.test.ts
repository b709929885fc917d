import { expect, test, vi } from 'vitest'
import { MytokenError } from '@/lib/mytoken/api/errors'
import type { TokenEvent } from '@/lib/mytoken/api/schemas'
import { batchedHistory } from './history-batch'

const event = (momId: string, name = 'AT_created'): TokenEvent =>
  ({ event: name, time: 1, ip: '127.0.0.1', mom_id: momId }) as TokenEvent

test('histories asked for together travel in one request and each token gets its own events', async () => {
  const eventHistory = vi.fn(async (_credential: unknown, ids?: string[]) =>
    (ids ?? []).flatMap((id) => [event(id), event(id, 'tokeninfo_history')]),
  )
  const [a, b, c] = await Promise.all(
    ['a', 'b', 'c'].map((id) => batchedHistory('https://one.example', eventHistory, id)),
  )
  expect(eventHistory).toHaveBeenCalledTimes(1)
  expect(eventHistory.mock.calls[0]![1]).toEqual(['a', 'b', 'c'])
  expect(a!.map((e) => e.mom_id)).toEqual(['a', 'a'])
  expect(b!.map((e) => e.mom_id)).toEqual(['b', 'b'])
  expect(c).toHaveLength(2)
})

test('a batch the server refuses is asked token by token: one refused token fails alone', async () => {
  const eventHistory = vi.fn(async (_credential: unknown, ids?: string[]) => {
    if (ids?.includes('gone')) throw new MytokenError(403, 'insufficient_capabilities', 'no')
    return (ids ?? []).map((id) => event(id))
  })
  const results = await Promise.allSettled(
    ['ok', 'gone'].map((id) => batchedHistory('https://two.example', eventHistory, id)),
  )
  expect(results[0]).toEqual({ status: 'fulfilled', value: [event('ok')] })
  expect(results[1]!.status).toBe('rejected')
  expect(eventHistory.mock.calls.map((call) => call[1])).toEqual([['ok', 'gone'], ['ok'], ['gone']])
})

test('an ended session fails the whole batch at once, without a request per token', async () => {
  const eventHistory = vi.fn(async () => {
    throw new MytokenError(401, 'invalid_token', 'revoked')
  })
  const results = await Promise.allSettled(
    ['x', 'y'].map((id) => batchedHistory('https://three.example', eventHistory, id)),
  )
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
  expect(eventHistory).toHaveBeenCalledTimes(1)
})
