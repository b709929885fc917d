// The leak sweep's scan, off the page's main thread (see scan-job.ts; started by use-text-scan.ts).
import { runScanJob, type ScanReply } from './scan-job'

addEventListener('message', (event: MessageEvent<ArrayBuffer>) => {
  runScanJob(event.data, (message: ScanReply) => postMessage(message))
})
