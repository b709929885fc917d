import { act, renderHook } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { runScanJob, type ScanReply, type ScanSource } from './scan-job'
import { useTextScan } from './use-text-scan'

/** Stands in for the browser's module worker: runs the same job when the page says so. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = []
  url: string
  options: WorkerOptions | undefined
  received: ScanSource | undefined
  terminated = false
  constructor(url: URL, options?: WorkerOptions) {
    super()
    this.url = url.href
    this.options = options
    FakeWorker.started.push(this)
  }
  postMessage(source: ScanSource) {
    this.received = source
  }
  /** Runs the job on what the page sent, delivering its replies while not terminated. */
  run() {
    return runScanJob(this.received!, (reply) => this.reply(reply))
  }
  reply(data: ScanReply) {
    if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data }))
  }
  terminate() {
    this.terminated = true
  }
}

beforeEach(() => {
  FakeWorker.started = []
  vi.stubGlobal('Worker', FakeWorker)
})

const leak = 'export MYTOKEN=nothing here\ntransfer code: aBcDeFgH\n'

test('a file is handed to a module worker as it is (the page does not read it); its answer is the result', async () => {
  const { result } = renderHook(() => useTextScan())
  const file = new File([leak], 'leak.txt', { type: 'text/plain' })
  act(() => result.current.start(file))
  const [worker] = FakeWorker.started
  expect(worker!.url).toMatch(/\/scan\.worker\.ts\b/)
  expect(worker!.options).toEqual({ type: 'module' })
  expect(worker!.received).toBe(file)
  expect(result.current.state).toEqual({ status: 'scanning', progress: 0 })

  act(() => worker!.reply({ type: 'progress', progress: 0.5 }))
  expect(result.current.state).toEqual({ status: 'scanning', progress: 0.5 })
  await act(() => worker!.run())
  expect(result.current.state).toMatchObject({
    status: 'done',
    candidates: [{ kind: 'transfer-code', token: 'aBcDeFgH', found: [{ line: 2 }] }],
  })
  expect(worker!.terminated).toBe(true)
})

test('a new scan, a reset and leaving the page end the running worker; its late answers are dropped', () => {
  const { result, unmount } = renderHook(() => useTextScan())
  act(() => result.current.start(leak))
  act(() => result.current.start('second text'))
  const [first, second] = FakeWorker.started
  expect(first!.terminated).toBe(true)
  expect(second!.terminated).toBe(false)
  act(() =>
    first!.dispatchEvent(new MessageEvent('message', { data: { type: 'done', candidates: [] } })),
  )
  expect(result.current.state).toEqual({ status: 'scanning', progress: 0 })

  act(() => result.current.reset())
  expect(second!.terminated).toBe(true)
  expect(result.current.state).toEqual({ status: 'idle' })

  act(() => result.current.start(leak))
  unmount()
  expect(FakeWorker.started[2]!.terminated).toBe(true)
})

test('a worker that fails to load ends the scan with its reason', () => {
  const { result } = renderHook(() => useTextScan())
  act(() => result.current.start(leak))
  act(() => {
    FakeWorker.started[0]!.dispatchEvent(new ErrorEvent('error', { message: 'blocked' }))
  })
  expect(result.current.state).toEqual({ status: 'failed', reason: 'blocked' })
})
