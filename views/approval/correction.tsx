/** Correcting a sent conclusion: a new conclusion that supersedes it (both are kept). */
import type { T } from '../../src/i18n.ts'
import { BackLink } from '../components/back-link.tsx'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import { ConclusionForm, type ConclusionFormProps } from './_conclusion-form.tsx'
import { type ConclusionItem, Conclusions } from './_conclusions.tsx'

/** Props of CorrectionPage. */
export interface CorrectionPageProps {
  readonly t: T
  readonly backHref: string
  readonly number: string
  readonly current: ConclusionItem | undefined
  readonly errors: readonly ErrorItem[]
  readonly form: Omit<ConclusionFormProps, 't'>
}

/** Renders the page. */
export function CorrectionPage(p: CorrectionPageProps) {
  const { t } = p
  return (
    <>
      <BackLink href={p.backHref} text={t('approval:request.title', { number: p.number })} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errors} />
      <h1 class='heading-l'>{t('approval:correction.title', { number: p.number })}</h1>
      <p>{t('approval:correction.lead')}</p>
      {p.current ? <Conclusions items={[p.current]} /> : null}
      <ConclusionForm t={t} {...p.form} />
    </>
  )
}
