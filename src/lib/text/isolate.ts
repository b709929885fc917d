// Names come from whoever made a token (on the token-info page: from anyone). Displayed as they
// are, a right-to-left override (U+202E) turns "invoice‮gnp.exe" into "invoiceexe.png", and
// names the server stored HTML-escaped show as "&lt;img&gt;". Every displayed name goes through
// `displayableName`: unescaped once, and every direction control shown as a visible mark instead
// of being obeyed (so no override is left that could reorder the text around it).

/** Direction controls and other invisible characters that can disguise a name. */
const DISGUISING = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

/** The five escapes of Go's html.EscapeString, which the server applies to stored names. */
const SERVER_ESCAPES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&#39;': "'",
  '&#34;': '"',
  '&quot;': '"',
}

/** Undoes the server's HTML escaping once (the result is rendered as text, never as HTML). */
export function unescapeServerHtml(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|#39|#34);/g, (entity) => SERVER_ESCAPES[entity] ?? entity)
}

/** `a\u202Eb` → `a⟨U+202E⟩b`: the character is shown, not obeyed. */
export function showInvisibleCharacters(text: string): string {
  return text.replace(
    DISGUISING,
    (char) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  )
}

/** A name ready to display inside any text or label: unescaped, invisible characters marked. */
export function displayableName(name: string): string {
  return showInvisibleCharacters(unescapeServerHtml(name))
}
