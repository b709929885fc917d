import { expect, test } from 'vitest'
import { unsignedMytoken } from '@/testing/mytoken-jwt'
import { runScanJob, type ScanReply, type ScanSource } from './scan-job'
import { scanAll } from './scan-text'

const jwt = unsignedMytoken

async function run(source: ScanSource, clockStep: number): Promise<ScanReply[]> {
  const replies: ScanReply[] = []
  let clock = 0
  await runScanJob(
    source,
    (reply) => replies.push(reply),
    () => (clock += clockStep),
  )
  return replies
}

test('a file is read as UTF-8 text and scanned as the same text pasted would be', async () => {
  const token = jwt('notebook')
  const text = `Grüße aus Jülich ✓\nexport MYTOKEN="${token}" # ünd so\n`
  const file = new Blob([new TextEncoder().encode(text)], { type: 'text/plain' })
  const replies = await run(file, 0)
  expect(replies).toEqual([{ type: 'done', candidates: scanAll(text) }])
  expect(await run(text, 0)).toEqual(replies)
  expect(replies[0]).toMatchObject({
    candidates: [{ token, found: [{ line: 2, excerpt: expect.stringContaining('# ünd so') }] }],
  })
})

test('a file that cannot be read ends the job with the reason', async () => {
  const unreadable = new Blob(['x'])
  unreadable.text = () => Promise.reject(new Error('NotReadableError'))
  expect(await run(unreadable, 0)).toEqual([{ type: 'failed', reason: 'NotReadableError' }])
})

test('progress is reported at most every 50 ms, rising, before the one answer', async () => {
  const text = `${'lorem ipsum dolor sit amet\n'.repeat(20_000)}${jwt('late')}\n`
  const replies = await run(text, 30)
  const progress = replies.flatMap((reply) => (reply.type === 'progress' ? [reply.progress] : []))
  expect(progress.length).toBeGreaterThan(3)
  expect(progress).toEqual([...progress].sort((a, b) => a - b))
  expect(progress.every((value) => value > 0 && value < 1)).toBe(true)
  expect(replies.at(-1)).toMatchObject({ type: 'done', candidates: [{ token: jwt('late') }] })
  expect(replies.filter((reply) => reply.type === 'done')).toHaveLength(1)

  const everyTick = (await run(text, 60)).filter((reply) => reply.type === 'progress').length
  const rarely = (await run(text, 10)).filter((reply) => reply.type === 'progress').length
  expect(rarely).toBeLessThan(everyTick)
})
