import { vi } from 'vitest'

/**
 * jsdom has no layout: gives the token table's scroll area (`.token-scroll`) a viewport and every
 * row a height, so that the virtualiser renders rows.
 */
export function layOutTokenTable() {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('token-scroll') ? 800 : 0
  })
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000)
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(48)
}
