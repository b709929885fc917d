// What the scan worker does with one text, as a plain function (the worker is a thin shell
// around it): the text (a pasted string, or a file read here, off the page's thread) is scanned
// and dropped; progress and the candidates go back as messages.
import { scanText, type FoundCandidate } from './scan-text'

/** How often the worker reports progress: often enough for the bar, rarely enough to be cheap. */
const PROGRESS_EVERY_MS = 50

/** What the page hands the worker: a string is copied once; a file is passed as a handle. */
export type ScanSource = string | Blob

export type ScanReply =
  | { type: 'progress'; progress: number }
  | { type: 'done'; candidates: FoundCandidate[] }
  | { type: 'failed'; reason: string }

export async function runScanJob(
  source: ScanSource,
  reply: (message: ScanReply) => void,
  now: () => number = () => performance.now(),
): Promise<void> {
  try {
    const scan = scanText(typeof source === 'string' ? source : await source.text())
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
