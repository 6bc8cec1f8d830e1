/**
 * The provider's page of a case's approvals: the send form while the draft waits to be sent
 * (authorities and documents), then every request with its deadline, state and conclusions.
 */
import type { T } from '../../src/i18n.ts'
import { BackLink } from '../components/back-link.tsx'
import { Button } from '../components/button.tsx'
import { Checkboxes, type ChoiceItem } from '../components/choices.tsx'
import { CsrfField } from '../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import type { FieldError } from '../components/field.tsx'
import { NotificationBanner } from '../components/notification-banner.tsx'
import { SummaryList, type SummaryRow } from '../components/summary-list.tsx'
import { Tag, type TagColour } from '../components/tag.tsx'
import { type ConclusionItem, Conclusions } from './_conclusions.tsx'

/** The send form, already translated. */
export interface SendFormView {
  readonly action: string
  readonly csrf: string
  readonly draft: readonly SummaryRow[]
  /** Checkboxes when the executor may choose; otherwise the fixed list. */
  readonly authorities: readonly ChoiceItem[]
  readonly fixed: readonly string[] | undefined
  readonly documents: readonly ChoiceItem[]
  readonly problem: string | undefined
  readonly errors: Readonly<Record<string, FieldError | undefined>>
}

/** One request, already translated. */
export interface RequestBlock {
  readonly authority: string
  readonly state: { readonly text: string; readonly colour: TagColour }
  readonly rows: readonly SummaryRow[]
  readonly conclusions: readonly ConclusionItem[]
}

/** Props of CaseApprovalsPage. */
export interface CaseApprovalsProps {
  readonly t: T
  readonly backHref: string
  readonly number: string
  readonly banner?:
    | { readonly title: string; readonly text: string; readonly success: boolean }
    | undefined
  readonly errors: readonly ErrorItem[]
  readonly send: SendFormView | undefined
  readonly rounds: ReadonlyArray<
    { readonly heading: string; readonly requests: readonly RequestBlock[] }
  >
}

/** Renders the page. */
export function CaseApprovalsPage(p: CaseApprovalsProps) {
  const { t } = p
  return (
    <>
      <BackLink href={p.backHref} text={t('approval:case.back')} />
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
      <h1 class='heading-l'>{t('approval:case.title', { number: p.number })}</h1>
      {p.send ? <SendForm t={t} f={p.send} /> : null}
      {p.rounds.length === 0 && !p.send ? <p>{t('approval:case.none')}</p> : null}
      {p.rounds.map((round) => (
        <section>
          <h2 class='heading-m'>{round.heading}</h2>
          {round.requests.length === 0 ? <p>{t('approval:case.notSent')}</p> : null}
          {round.requests.map((r) => (
            <div class='card'>
              <h3 class='heading-s'>{r.authority}</h3>
              <p>
                <Tag text={r.state.text} colour={r.state.colour} />
              </p>
              <SummaryList rows={r.rows} />
              {r.conclusions.length ? <Conclusions items={r.conclusions} /> : null}
            </div>
          ))}
        </section>
      ))}
    </>
  )
}

function SendForm(props: { t: T; f: SendFormView }) {
  const { t, f } = props
  return (
    <form method='post' action={f.action} novalidate>
      <CsrfField token={f.csrf} />
      <h2 class='heading-m'>{t('approval:send.title')}</h2>
      <SummaryList rows={f.draft} />
      {f.problem ? <p class='warning'>{f.problem}</p> : null}
      {f.fixed
        ? (
          <>
            <h3 class='heading-s'>{t('approval:send.authorities')}</h3>
            <ul>{f.fixed.map((name) => <li>{name}</li>)}</ul>
          </>
        )
        : (
          <Checkboxes
            idPrefix='authorities'
            name='authorities'
            legend={t('approval:send.authorities')}
            hint={t('approval:send.authoritiesHint')}
            errorMessage={f.errors['authorities']}
            items={f.authorities}
          />
        )}
      {f.documents.length
        ? (
          <Checkboxes
            idPrefix='documents'
            name='documents'
            legend={t('approval:send.documents')}
            hint={t('approval:send.documentsHint')}
            errorMessage={f.errors['documents']}
            items={f.documents}
            small
          />
        )
        : <p id='documents'>{f.errors['documents']?.text ?? t('approval:send.noDocuments')}</p>}
      <Button>{t('approval:send.submit')}</Button>
    </form>
  )
}
