import { useEffect, useState } from 'react'
import {
  checkSshPublicKey,
  looksLikePrivateKey,
  type SshKeyCheck,
} from '@/lib/mytoken/vocabulary/ssh-keys'

/**
 * The key text of the add form, checked as it changes. A private key is refused at once: the
 * text is dropped from state (never sent, never kept) and `privateKeyRefused` says so.
 */
export function useCheckedSshKey() {
  const [text, setTextState] = useState('')
  const [privateKeyRefused, setPrivateKeyRefused] = useState(false)
  const [check, setCheck] = useState<SshKeyCheck>()

  const setText = (next: string) => {
    if (looksLikePrivateKey(next)) {
      setTextState('')
      setCheck(undefined)
      setPrivateKeyRefused(true)
      return
    }
    setPrivateKeyRefused(false)
    setTextState(next)
  }

  useEffect(() => {
    let current = true
    if (text.trim() === '') return
    void checkSshPublicKey(text).then((result) => {
      if (current) setCheck(result)
    })
    return () => {
      current = false
    }
  }, [text])

  return {
    text,
    setText,
    privateKeyRefused,
    check: text.trim() === '' ? undefined : check,
  }
}
