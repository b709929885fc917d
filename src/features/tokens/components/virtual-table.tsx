import { useVirtualizer } from '@tanstack/react-virtual'
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'

/**
 * Whether the table scrolls, as a store rather than a context value: a changed context value
 * makes React search the whole table for its readers, a long task with many rows on screen.
 */
function createScrollingStore() {
  let scrolling = false
  const listeners = new Set<() => void>()
  return {
    get: () => scrolling,
    set(next: boolean) {
      if (next === scrolling) return
      scrolling = next
      listeners.forEach((listener) => listener())
    },
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

// rows rendered beyond the region's edges: each one mounted costs as much as a row in view, on
// every search keystroke as well
const OVERSCAN = 4
// a token row (two-line times) at desktop width: rows mounted on an estimate that is too small are
// measured, found taller, and the first render's extra rows unmounted again
const ESTIMATED_ROW_HEIGHT = 75

type ScrollingStore = ReturnType<typeof createScrollingStore>
const notScrolling: ScrollingStore = createScrollingStore()
const ScrollingContext = createContext<ScrollingStore>(notScrolling)

/**
 * True while the user scrolls the table around the caller (until the scrolling has rested for a
 * moment): rows that only pass by can leave their requests for later.
 */
export function useTableScrolling(): boolean {
  const store = useContext(ScrollingContext)
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}

/**
 * A table in a keyboard-reachable scroll region that renders only the rows in view. Rows of
 * unknown height are measured as they appear.
 */
export function VirtualTable<Row>({
  rows,
  header,
  caption,
  label,
  getRowKey,
  rowClassName,
  renderRow,
}: {
  rows: readonly Row[]
  header: ReactNode
  caption: string
  label: string
  getRowKey: (row: Row) => string
  rowClassName: (row: Row) => string
  /** the cells of one row */
  renderRow: (row: Row) => ReactNode
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // a new function makes the virtualizer lay out every row again, so only new rows make one
  const getItemKey = useCallback(
    (i: number) => {
      const row = rows[i]
      return row === undefined ? i : getRowKey(row)
    },
    [rows, getRowKey],
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is used as documented; rows re-render through `rows`
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey,
    // before the region is measured: its most (tokens.css, max-height: 70vh), so that the first
    // render mounts only the rows that can be in view (and the overscan)
    initialRect: {
      width: typeof window === 'undefined' ? 1000 : window.innerWidth,
      height: typeof window === 'undefined' ? 800 : Math.ceil(window.innerHeight * 0.7),
    },
  })
  const [scrolling] = useState(createScrollingStore)
  const { isScrolling } = virtualizer
  useEffect(() => scrolling.set(isScrolling), [scrolling, isScrolling])
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0))

  return (
    <div
      ref={scrollRef}
      className="table-scroll token-scroll"
      // a scrollable region must be reachable by keyboard
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <table className="data-table token-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>{header}</thead>
        <tbody>
          <ScrollingContext value={scrolling}>
            {paddingTop > 0 ? (
              <tr aria-hidden="true" className="token-spacer" style={{ height: paddingTop }} />
            ) : null}
            {items.map((item) => {
              const row = rows[item.index]!
              return (
                <tr
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  className={rowClassName(row)}
                >
                  {renderRow(row)}
                </tr>
              )
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true" className="token-spacer" style={{ height: paddingBottom }} />
            ) : null}
          </ScrollingContext>
        </tbody>
      </table>
    </div>
  )
}
