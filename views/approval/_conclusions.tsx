/** The conclusions of a request, oldest first; a superseded one stays, marked as such. */
import { SummaryList } from '../components/summary-list.tsx'
import { Tag, type TagColour } from '../components/tag.tsx'

/** One conclusion, already translated and formatted. */
export interface ConclusionItem {
  readonly heading: string
  readonly verdict: { readonly text: string; readonly colour: TagColour }
  /** "Superseded by the correction of …", when it is. */
  readonly superseded?: string | undefined
  readonly rows: ReadonlyArray<{ readonly key: string; readonly value: string }>
  readonly requirements: { readonly key: string; readonly items: readonly string[] } | undefined
  readonly attachments: {
    readonly key: string
    readonly items: ReadonlyArray<{ readonly name: string; readonly href: string }>
  } | undefined
}

/** Renders the list, each conclusion with a level-3 heading. */
export function Conclusions(props: { items: readonly ConclusionItem[] }) {
  return (
    <>
      {props.items.map((c) => (
        <section class='card'>
          <h3 class='heading-s'>{c.heading}</h3>
          <p>
            <Tag text={c.verdict.text} colour={c.verdict.colour} />{' '}
            {c.superseded ? <Tag text={c.superseded} colour='grey' /> : null}
          </p>
          <SummaryList
            rows={[
              ...c.rows.map((r) => ({
                key: r.key,
                value: <span class='pre-line'>{r.value}</span>,
              })),
              ...(c.requirements
                ? [{
                  key: c.requirements.key,
                  value: <ul>{c.requirements.items.map((i) => <li>{i}</li>)}</ul>,
                }]
                : []),
              ...(c.attachments
                ? [{
                  key: c.attachments.key,
                  value: (
                    <ul>
                      {c.attachments.items.map((a) => (
                        <li>
                          <a href={a.href}>{a.name}</a>
                        </li>
                      ))}
                    </ul>
                  ),
                }]
                : []),
            ]}
          />
        </section>
      ))}
    </>
  )
}
