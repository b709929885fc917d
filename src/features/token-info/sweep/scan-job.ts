// What the scan worker does with one text, as a plain function (the worker is a thin shell
// around it): the text arrives as UTF-8 bytes handed over by the page, is scanned and dropped;
// progress and the candidates go back as messages.
import { scanText, type FoundCandidate } from './scan-text'

/** How often the worker reports progress: often enough for the bar, rarely enough to be cheap. */
const PROGRESS_EVERY_MS = 50

export type ScanReply =
  | { type: 'progress'; progress: number }
  | { type: 'done'; candidates: FoundCandidate[] }
  | { type: 'failed'; reason: string }

/** The text as bytes whose buffer can be transferred (not copied) to the worker. */
export function encodeForTransfer(text: string): ArrayBuffer {
  return new TextEncoder().encode(text).buffer as ArrayBuffer
}

export function runScanJob(
  bytes: ArrayBuffer,
  reply: (message: ScanReply) => void,
  now: () => number = () => performance.now(),
): void {
  try {
    const scan = scanText(new TextDecoder().decode(bytes))
    let reported = now()
    for (let step = scan.next(); ; step = scan.next()) {
      if (step.done) return reply({ type: 'done', candidates: step.value })
      if (now() - reported >= PROGRESS_EVERY_MS) {
        reported = now()
        reply({ type: 'progress', progress: step.value.done / step.value.total })
      }
    }
  } catch (error) {
    reply({ type: 'failed', reason: error instanceof Error ? error.message : String(error) })
  }
}
