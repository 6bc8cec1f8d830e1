/** A data table with a caption and column headers (GOV.UK `table`). */
import type { Child } from 'hono/jsx'

/** Props of Table; strings already translated. */
export interface TableProps {
  readonly caption: string
  readonly captionHidden?: boolean
  readonly head: readonly string[]
  readonly rows: ReadonlyArray<readonly Child[]>
  /** Columns (by index) that hold numbers and align right. */
  readonly numeric?: readonly number[]
}

/** Renders the table; the first cell of each row is a row header. */
export function Table(p: TableProps) {
  const num = (i: number) => (p.numeric?.includes(i) ? ' table__cell--numeric' : '')
  return (
    <div class='table-wrap'>
      <table class='table'>
        <caption class={p.captionHidden ? 'visually-hidden' : 'table__caption'}>
          {p.caption}
        </caption>
        <thead>
          <tr>{p.head.map((h, i) => <th scope='col' class={`table__header${num(i)}`}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {p.rows.map((row) => (
            <tr>
              {row.map((cell, i) =>
                i === 0
                  ? <th scope='row' class={`table__cell${num(i)}`}>{cell}</th>
                  : <td class={`table__cell${num(i)}`}>{cell}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
