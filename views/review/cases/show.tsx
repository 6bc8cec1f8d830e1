/** The officers' case page: the current step and its actions, the application, the history. */
import type { Child } from 'hono/jsx'
import type { T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx'
import { Table } from '../../components/table.tsx'
import { Tag } from '../../components/tag.tsx'
import type { TagView } from '../worklist/index.tsx'
import { Timeline, type TimelineItemView } from './_timeline.tsx'

/** A document of the application, already formatted. */
export interface DocumentView {
  readonly name: string
  readonly kind: string
  readonly size: string
  readonly viewHref?: string | undefined
  readonly downloadHref?: string | undefined
}

/** Props of CasePageView. */
export interface CasePageProps {
  readonly t: T
  readonly backHref: string
  readonly number: string
  readonly service: string
  readonly tags: readonly TagView[]
  readonly banner?: string | undefined
  readonly errors: readonly ErrorItem[]
  /** The current step's facts (action, role, deadlines) or the end. */
  readonly current: readonly SummaryRow[]
  /** What another module says about the step, or why nothing can be done here. */
  readonly notice?: { text: string; href?: string | undefined; linkText?: string } | undefined
  /** The forms the viewer may use now. */
  readonly actions: Child
  readonly decision: readonly SummaryRow[]
  readonly application: readonly SummaryRow[]
  readonly documents: readonly DocumentView[]
  readonly documentsNote?: string | undefined
  readonly timeline: readonly TimelineItemView[]
  readonly pauses: readonly (readonly string[])[]
}

/** Renders the page. */
export function CasePageView(p: CasePageProps) {
  const { t } = p
  return (
    <>
      <BackLink href={p.backHref} text={t('review:worklist.title')} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errors} />
      {p.banner
        ? (
          <NotificationBanner titleText={t('review:case.saved')} type='success'>
            {p.banner}
          </NotificationBanner>
        )
        : null}
      <span class='caption'>{p.service}</span>
      <h1 class='heading-l'>{t('review:case.title', { number: p.number })}</h1>
      <p>
        {p.tags.map((tag) => (
          <>
            <Tag text={tag.text} colour={tag.colour} />
            {' '}
          </>
        ))}
      </p>
      <h2 class='heading-m'>{t('review:case.current')}</h2>
      <SummaryList rows={p.current} />
      {p.notice
        ? (
          <p class='inset'>
            {p.notice.text}
            {p.notice.href
              ? (
                <>
                  <a href={p.notice.href}>{p.notice.linkText}</a>
                </>
              )
              : null}
          </p>
        )
        : null}
      {p.actions}
      {p.decision.length
        ? (
          <>
            <h2 class='heading-m'>{t('review:case.decision')}</h2>
            <SummaryList rows={p.decision} />
          </>
        )
        : null}
      <h2 class='heading-m'>{t('review:case.application')}</h2>
      <SummaryList rows={p.application} />
      <h2 class='heading-m'>{t('review:case.documents')}</h2>
      {p.documentsNote ? <p class='note'>{p.documentsNote}</p> : null}
      {p.documents.length === 0 ? <p>{t('review:case.noDocuments')}</p> : (
        <Table
          caption={t('review:case.documents')}
          captionHidden
          head={[
            t('review:case.document'),
            t('review:case.documentKind'),
            t('review:case.size'),
            t('review:case.open'),
          ]}
          rows={p.documents.map((d) => [
            d.name,
            d.kind,
            d.size,
            d.viewHref
              ? (
                <>
                  <a href={d.viewHref}>{t('review:case.view')}</a>{' '}
                  <a href={d.downloadHref}>{t('review:case.download')}</a>
                </>
              )
              : '—',
          ])}
        />
      )}
      <h2 class='heading-m'>{t('review:case.history')}</h2>
      <Timeline t={t} items={p.timeline} />
      {p.pauses.length
        ? (
          <Table
            caption={t('review:case.pauses')}
            head={[t('review:case.pausedAt'), t('review:case.resumedAt'), t('review:pause.reason')]}
            rows={p.pauses}
          />
        )
        : null}
    </>
  )
}
