import { expect, type Page, type Request } from '@playwright/test'
import { stackConfig } from '../stack/config'
import { sessionTokenOf } from './fixtures'

const api = `${stackConfig.mytoken.issuer}/api/`

/** A token the server handed the page: a new one, or a rotation (`token_update`). */
export interface IssuedToken {
  token: string
  kind: 'new' | 'rotation'
}

/**
 * Watches what a page sends to the mytoken server: the requests not yet answered (an answer
 * counts once its body has been read, as the app reads it) and every token the server handed
 * the page, in the order the answers were read.
 */
export function watchMytokenTraffic(page: Page) {
  const underWay = new Set<Request>()
  const issued: IssuedToken[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(api)) underWay.add(request)
  })
  page.on('requestfailed', (request) => underWay.delete(request))
  page.on('response', async (response) => {
    if (!response.url().startsWith(api)) return
    const body = (await response.json().catch(() => undefined)) as
      { mytoken?: unknown; token_update?: { mytoken?: unknown } } | undefined
    if (typeof body?.mytoken === 'string') issued.push({ token: body.mytoken, kind: 'new' })
    if (typeof body?.token_update?.mytoken === 'string')
      issued.push({ token: body.token_update.mytoken, kind: 'rotation' })
    underWay.delete(response.request())
  })
  const newest = () => issued.at(-1)?.token
  return {
    /** every token the server issued to this page, oldest first */
    issued: () => [...issued],
    newest,
    /**
     * Waits until no request is under way and the app's session is the newest token the server
     * issued: only then is a reload safe, or a copy of the token one the server still accepts.
     * One condition, polled as a whole (a request started between two separate waits would
     * rotate the token again), and reported without the tokens themselves.
     */
    async settled() {
      await expect
        .poll(
          async () =>
            underWay.size === 0 && (await sessionTokenOf(page).catch(() => null)) === newest(),
          { message: 'the app holds the newest token the server issued, with nothing under way' },
        )
        .toBe(true)
    },
  }
}
