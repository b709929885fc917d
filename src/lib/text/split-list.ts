/** "a b,c\nb" → ["a", "b", "c"]: spaces, commas and new lines separate; a repeated item counts once. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((item) => item !== ''))]
}
