import { expect, type Page, type Request } from '@playwright/test'
import { stackConfig } from '../stack/config'
import { sessionTokenOf } from './fixtures'

const api = `${stackConfig.mytoken.issuer}/api/`

/**
 * Watches what a page sends to the mytoken server: the requests not yet answered (an answer
 * counts once its body has been read, as the app reads it) and every token the server handed
 * the page (new tokens and `token_update` rotations), in order.
 */
export function watchMytokenTraffic(page: Page) {
  const underWay = new Set<Request>()
  const issued: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(api)) underWay.add(request)
  })
  page.on('requestfailed', (request) => underWay.delete(request))
  page.on('response', async (response) => {
    if (!response.url().startsWith(api)) return
    const body = (await response.json().catch(() => undefined)) as
      { mytoken?: unknown; token_update?: { mytoken?: unknown } } | undefined
    if (typeof body?.mytoken === 'string') issued.push(body.mytoken)
    if (typeof body?.token_update?.mytoken === 'string') issued.push(body.token_update.mytoken)
    underWay.delete(response.request())
  })
  const newest = () => issued.at(-1)
  return {
    underWay: () => underWay.size,
    /** every token the server issued to this page, oldest first */
    issued: () => [...issued],
    newest,
    /**
     * Waits until no request is under way and the app's session is the newest token the server
     * issued: only then is a reload safe, or a copy of the token one the server still accepts.
     */
    async settled() {
      await expect.poll(() => underWay.size).toBe(0)
      await expect.poll(() => sessionTokenOf(page)).toBe(newest())
    },
  }
}
