/** The worklist: tabs (mine, organisation), filters as a GET form, search, rows, pagination. */
import type { T } from '../../../src/i18n.ts'
import { Button } from '../../components/button.tsx'
import { Input } from '../../components/input.tsx'
import { Pagination } from '../../components/pagination.tsx'
import { Select } from '../../components/select.tsx'
import { Table } from '../../components/table.tsx'
import { Tag, type TagColour } from '../../components/tag.tsx'

/** A tag already translated. */
export interface TagView {
  readonly text: string
  readonly colour: TagColour
}

/** One case row, already formatted. */
export interface WorklistRowView {
  readonly href: string
  readonly number: string
  readonly service: string
  readonly applicant: string
  readonly idNumber: string
  readonly step: string
  readonly stepDue: string
  readonly overallDue: string
  readonly status: TagView
  readonly marks: readonly TagView[]
}

/** A select's options. */
type Items = ReadonlyArray<{ value: string; text: string; selected?: boolean }>

/** Props of WorklistPage. */
export interface WorklistPageProps {
  readonly t: T
  readonly action: string
  readonly tab: 'mine' | 'organization'
  readonly tabs: ReadonlyArray<{ href: string; text: string; current: boolean }>
  readonly filters: { service: Items; step: Items; status: Items; deadline: Items; q: string }
  readonly rows: readonly WorklistRowView[]
  readonly notifications: { count: number; href: string }
  readonly truncated: boolean
  readonly previous?: string | undefined
  readonly next?: string | undefined
}

/** Renders the page. */
export function WorklistPage(p: WorklistPageProps) {
  const { t } = p
  return (
    <>
      <h1 class='heading-l'>{t('review:worklist.title')}</h1>
      <p>
        <a href={p.notifications.href}>
          {t('review:worklist.notifications', { count: p.notifications.count })}
        </a>
      </p>
      <nav aria-label={t('review:worklist.tabsLabel')}>
        <ul class='tabs'>
          {p.tabs.map((tab) => (
            <li>
              <a href={tab.href} aria-current={tab.current ? 'page' : undefined}>{tab.text}</a>
            </li>
          ))}
        </ul>
      </nav>
      <form method='get' action={p.action} class='filters' role='search'>
        <Input
          id='q'
          name='q'
          type='search'
          label={t('review:worklist.search')}
          hint={t('review:worklist.searchHint')}
          value={p.filters.q}
          spellcheck={false}
        />
        <input type='hidden' name='tab' value={p.tab} />
        <Select
          id='service'
          name='service'
          label={t('review:worklist.service')}
          items={p.filters.service}
        />
        <Select id='step' name='step' label={t('review:worklist.step')} items={p.filters.step} />
        <Select
          id='status'
          name='status'
          label={t('review:worklist.status')}
          items={p.filters.status}
        />
        <Select
          id='deadline'
          name='deadline'
          label={t('review:worklist.deadline')}
          items={p.filters.deadline}
        />
        <Button variant='secondary'>{t('review:worklist.apply')}</Button>
      </form>
      {p.truncated ? <p class='warning'>{t('review:worklist.truncated')}</p> : null}
      {p.rows.length === 0 ? <p>{t('review:worklist.empty')}</p> : (
        <Table
          caption={t('review:worklist.caption')}
          captionHidden
          head={[
            t('review:worklist.columns.number'),
            t('review:worklist.columns.service'),
            t('review:worklist.columns.applicant'),
            t('review:worklist.columns.step'),
            t('review:worklist.columns.stepDue'),
            t('review:worklist.columns.overallDue'),
            t('review:worklist.columns.status'),
          ]}
          rows={p.rows.map((r) => [
            <a href={r.href}>{r.number}</a>,
            r.service,
            <>
              {r.applicant}
              <span class='note'>{r.idNumber}</span>
            </>,
            r.step,
            r.stepDue,
            r.overallDue,
            <>
              <Tag text={r.status.text} colour={r.status.colour} />
              {r.marks.map((m) => (
                <>
                  {' '}
                  <Tag text={m.text} colour={m.colour} />
                </>
              ))}
            </>,
          ])}
        />
      )}
      <Pagination
        label={t('review:worklist.pagination')}
        previous={p.previous
          ? { href: p.previous, text: t('review:worklist.previous') }
          : undefined}
        next={p.next ? { href: p.next, text: t('review:worklist.next') } : undefined}
      />
    </>
  )
}
