/** The step history: each completed step with its norm, actual time and on-time mark. */
import type { T } from '../../../src/i18n.ts'
import { Tag } from '../../components/tag.tsx'
import type { TagView } from '../worklist/index.tsx'

/** One completed step, already formatted. */
export interface TimelineItemView {
  readonly step: string
  readonly actor: string
  readonly outcome: string
  readonly comment?: string | undefined
  readonly started: string
  readonly completed: string
  readonly norm: string
  readonly actual: string
  readonly due: string
  readonly mark?: TagView | undefined
  readonly details: readonly string[]
  readonly attachments: ReadonlyArray<{ href: string; name: string }>
}

/** Renders the history as an ordered list, oldest first. */
export function Timeline(p: { t: T; items: readonly TimelineItemView[] }) {
  const { t } = p
  if (p.items.length === 0) return <p>{t('review:case.noHistory')}</p>
  return (
    <ol class='timeline'>
      {p.items.map((i) => (
        <li>
          <h3 class='heading-s'>
            {i.step} {i.mark ? <Tag text={i.mark.text} colour={i.mark.colour} /> : null}
          </h3>
          <p>
            {i.outcome}. {i.actor}
          </p>
          <dl class='timeline__facts'>
            <dt>{t('review:case.started')}</dt>
            <dd>{i.started}</dd>
            <dt>{t('review:case.completed')}</dt>
            <dd>{i.completed}</dd>
            <dt>{t('review:case.norm')}</dt>
            <dd>{i.norm}</dd>
            <dt>{t('review:case.due')}</dt>
            <dd>{i.due}</dd>
            <dt>{t('review:case.actual')}</dt>
            <dd>{i.actual}</dd>
          </dl>
          {i.details.map((d) => <p class='body-s'>{d}</p>)}
          {i.comment ? <p class='inset'>{i.comment}</p> : null}
          {i.attachments.length
            ? (
              <ul>
                {i.attachments.map((a) => (
                  <li>
                    <a href={a.href}>{a.name}</a>
                  </li>
                ))}
              </ul>
            )
            : null}
        </li>
      ))}
    </ol>
  )
}
