import type { TextareaHTMLAttributes } from 'react'

/**
 * A monospaced textarea for pasted secrets (a token, a leaked text): no autocompletion,
 * correction, capitalisation or spell checking, which would keep or send what is typed.
 */
export function PasteArea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <textarea
      {...props}
      className={`mono ${className ?? ''}`}
      autoComplete="off"
      autoCorrect="off"
      autoCapitalize="off"
      spellCheck={false}
    />
  )
}
