import { Fragment } from 'react'

/** A translated text whose `{name}` placeholders are shown as code (commands, user names). */
export function TextWithCode({ text, code }: { text: string; code: Record<string, string> }) {
  const parts = text.split(/\{(\w+)\}/)
  return (
    <>
      {parts.map((part, index) =>
        // odd parts are the placeholders' names
        index % 2 === 1 && part in code ? (
          <code key={index}>{code[part]}</code>
        ) : (
          <Fragment key={index}>{index % 2 === 1 ? `{${part}}` : part}</Fragment>
        ),
      )}
    </>
  )
}
