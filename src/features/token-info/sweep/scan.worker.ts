// The leak sweep's scan, off the page's main thread (see scan-job.ts; started by use-text-scan.ts).
import { runScanJob, type ScanReply, type ScanSource } from './scan-job'

addEventListener('message', (event: MessageEvent<ScanSource>) => {
  void runScanJob(event.data, (message: ScanReply) => postMessage(message))
})
