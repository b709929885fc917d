// Quoting for values that snippets put into code the user runs: the values come from a server's
// discovery document, so a quote or a `$` in them must not change what the command does.

/** A single-quoted POSIX shell word: `it's` → `'it'\''s'`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/** A double-quoted Python string literal (JSON's escapes are valid in Python). */
export function pythonString(value: string): string {
  return JSON.stringify(value)
}
