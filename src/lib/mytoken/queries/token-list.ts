// The signed-in user's token list: read by the token pages and by the app's start (main.tsx), which
// asks for it before the page renders, so that it is the first request in the session's queue (or
// reads the answer to the boot script's request, lib/mytoken/browser-state/early-token-list.ts).
import { queryOptions } from '@tanstack/react-query'
import type { MytokenClient } from '../api/client'
import { takeEarlyAnswer } from '../browser-state/early-token-list'
import { sessionStore } from '../browser-state/session-store'
import { tokenDataKey } from './query-keys'

export const tokenListsKey = (issuer: string) => [...tokenDataKey(issuer), 'list'] as const

export const tokenListQuery = (client: MytokenClient, sessionMomId: string) =>
  queryOptions({
    queryKey: [...tokenListsKey(client.issuer), sessionMomId] as const,
    queryFn: () => client.listMytokens(sessionStore.credential(), takeEarlyAnswer(sessionMomId)),
    staleTime: 30_000,
    refetchOnWindowFocus: true,
    meta: { session: true },
  })
