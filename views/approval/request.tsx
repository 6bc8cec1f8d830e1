/**
 * The authority's page of one request: only what was sent (application summary, the selected
 * documents, the draft decision), the conclusions so far, and what the reviewer can do now.
 */
import type { Child } from 'hono/jsx'
import type { T } from '../../src/i18n.ts'
import { BackLink } from '../components/back-link.tsx'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import { NotificationBanner } from '../components/notification-banner.tsx'
import { SummaryList, type SummaryRow } from '../components/summary-list.tsx'
import { Table } from '../components/table.tsx'
import { Tag, type TagColour } from '../components/tag.tsx'
import { type ConclusionItem, Conclusions } from './_conclusions.tsx'

/** A document as the authority may open it. */
export interface SentDocumentView {
  readonly name: string
  readonly size: string
  readonly href: string | undefined
}

/** Props of RequestPage. */
export interface RequestPageProps {
  readonly t: T
  readonly backHref: string
  readonly number: string
  readonly service: string
  readonly state: { readonly text: string; readonly colour: TagColour }
  readonly banner?:
    | { readonly title: string; readonly text: string; readonly success: boolean }
    | undefined
  readonly errors: readonly ErrorItem[]
  readonly request: readonly SummaryRow[]
  readonly applicant: readonly SummaryRow[]
  readonly draft: readonly SummaryRow[]
  readonly qualification: readonly string[]
  readonly documents: readonly SentDocumentView[]
  readonly conclusions: readonly ConclusionItem[]
  /** The conclusion prepared and not sent, with its next step (sign, or send). */
  readonly unsent?: Child | undefined
  /** The form, or the way to correct the conclusion in force. */
  readonly actions?: Child | undefined
}

/** Renders the page. */
export function RequestPage(p: RequestPageProps) {
  const { t } = p
  return (
    <>
      <BackLink href={p.backHref} text={t('approval:inbox.title')} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errors} />
      {p.banner
        ? (
          <NotificationBanner
            titleText={p.banner.title}
            type={p.banner.success ? 'success' : 'info'}
          >
            <p>{p.banner.text}</p>
          </NotificationBanner>
        )
        : null}
      <span class='caption'>{p.service}</span>
      <h1 class='heading-l'>{t('approval:request.title', { number: p.number })}</h1>
      <p>
        <Tag text={p.state.text} colour={p.state.colour} />
      </p>
      <SummaryList rows={p.request} />
      <h2 class='heading-m'>{t('approval:request.applicant')}</h2>
      <SummaryList rows={p.applicant} />
      <h2 class='heading-m'>{t('approval:request.draft')}</h2>
      <SummaryList rows={p.draft} />
      {p.qualification.length
        ? (
          <>
            <h2 class='heading-m'>{t('approval:request.qualification')}</h2>
            <ul>{p.qualification.map((q) => <li>{q}</li>)}</ul>
          </>
        )
        : null}
      <h2 class='heading-m'>{t('approval:request.documents')}</h2>
      {p.documents.length === 0 ? <p>{t('approval:request.noDocuments')}</p> : (
        <Table
          caption={t('approval:request.documents')}
          captionHidden
          head={[t('approval:request.document'), t('approval:request.size')]}
          rows={p.documents.map((d) => [d.href ? <a href={d.href}>{d.name}</a> : d.name, d.size])}
        />
      )}
      <h2 class='heading-m'>{t('approval:request.conclusions')}</h2>
      {p.conclusions.length === 0
        ? <p>{t('approval:request.noConclusions')}</p>
        : <Conclusions items={p.conclusions} />}
      {p.unsent}
      {p.actions}
    </>
  )
}
