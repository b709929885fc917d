import { useCallback, useEffect, useRef, useState } from 'react'
import type { ScanReply, ScanSource } from './scan-job'
import type { FoundCandidate } from './scan-text'

export type ScanState =
  | { status: 'idle' }
  | { status: 'scanning'; progress: number }
  | { status: 'done'; id: number; candidates: FoundCandidate[] }
  | { status: 'failed'; reason: string }

function startScanWorker(): Worker {
  return new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module' })
}

/**
 * Scans a text in a worker of its own: the page answers input and paints while it runs, and
 * shows the progress. The worker gets the text (a file as a handle it reads itself, so the page
 * never decodes it) and keeps it no longer than the scan; a new scan, a reset or leaving the
 * page ends the worker.
 */
export function useTextScan() {
  const [state, setState] = useState<ScanState>({ status: 'idle' })
  const running = useRef<Worker>(undefined)
  const scans = useRef(0)

  const stop = useCallback(() => {
    running.current?.terminate()
    running.current = undefined
  }, [])
  useEffect(() => stop, [stop])

  const start = useCallback(
    (source: ScanSource) => {
      stop()
      const worker = startScanWorker()
      running.current = worker
      scans.current += 1
      const id = scans.current
      const isCurrent = () => running.current === worker
      setState({ status: 'scanning', progress: 0 })
      worker.addEventListener('message', (event: MessageEvent<ScanReply>) => {
        if (!isCurrent()) return
        const reply = event.data
        if (reply.type === 'progress') {
          setState({ status: 'scanning', progress: reply.progress })
          return
        }
        stop()
        setState(
          reply.type === 'done'
            ? { status: 'done', id, candidates: reply.candidates }
            : { status: 'failed', reason: reply.reason },
        )
      })
      // the worker could not load or run (a script blocked, say)
      worker.addEventListener('error', (event) => {
        if (!isCurrent()) return
        stop()
        setState({ status: 'failed', reason: event.message || 'the scan did not start' })
      })
      worker.postMessage(source)
    },
    [stop],
  )

  const reset = useCallback(() => {
    stop()
    setState({ status: 'idle' })
  }, [stop])

  return { state, start, reset }
}
