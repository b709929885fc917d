import { expect, test } from 'vitest'
import { unsignedMytoken } from '@/testing/fixtures'
import { encodeForTransfer, runScanJob, type ScanReply } from './scan-job'
import { scanAll } from './scan-text'

const jwt = unsignedMytoken

function run(text: string, clockStep: number): ScanReply[] {
  const replies: ScanReply[] = []
  let clock = 0
  runScanJob(
    encodeForTransfer(text),
    (reply) => replies.push(reply),
    () => (clock += clockStep),
  )
  return replies
}

test('the bytes handed over are scanned as the text they encode (lines and excerpts too)', () => {
  const token = jwt('notebook')
  const text = `Grüße aus Jülich ✓\nexport MYTOKEN="${token}" # ünd so\n`
  const replies = run(text, 0)
  expect(replies).toEqual([{ type: 'done', candidates: scanAll(text) }])
  expect(replies[0]).toMatchObject({
    candidates: [{ token, found: [{ line: 2, excerpt: expect.stringContaining('# ünd so') }] }],
  })
})

test('progress is reported at most every 50 ms, rising, before the one answer', () => {
  const text = `${'lorem ipsum dolor sit amet\n'.repeat(20_000)}${jwt('late')}\n`
  const replies = run(text, 30)
  const progress = replies.flatMap((reply) => (reply.type === 'progress' ? [reply.progress] : []))
  expect(progress.length).toBeGreaterThan(3)
  expect(progress).toEqual([...progress].sort((a, b) => a - b))
  expect(progress.every((value) => value > 0 && value < 1)).toBe(true)
  expect(replies.at(-1)).toMatchObject({ type: 'done', candidates: [{ token: jwt('late') }] })
  expect(replies.filter((reply) => reply.type === 'done')).toHaveLength(1)

  const everyTick = run(text, 60).filter((reply) => reply.type === 'progress').length
  const rarely = run(text, 10).filter((reply) => reply.type === 'progress').length
  expect(rarely).toBeLessThan(everyTick)
})
