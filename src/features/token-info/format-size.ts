/** A text's length for people: "12 kB", "5.0 MB" (characters, counted as bytes). */
export function formatSize(chars: number): string {
  return chars >= 1024 * 1024
    ? `${(chars / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(chars / 1024)} kB`
}
