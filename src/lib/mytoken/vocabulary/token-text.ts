// Pasted text before it is decoded as a token: mail clients wrap long lines (at 76 columns), and
// people paste prose or binary junk into a token field.

const TOKEN_CHARACTERS = /^[A-Za-z0-9_.-]+$/

/** A token wrapped over several lines (only token characters on each line) joined again. */
export function rejoinWrappedToken(text: string): string {
  if (!/[\r\n]/.test(text)) return text
  const lines = text.split(/\r?\n|\r/).map((line) => line.trim())
  return lines.every((line) => line === '' || TOKEN_CHARACTERS.test(line)) ? lines.join('') : text
}

/** Spaces, control characters or anything beyond ASCII: prose or binary, not a token at all. */
export function isClearlyNotAToken(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  return /[\s\u0000-\u001f\u007f-\uffff]/.test(text)
}
