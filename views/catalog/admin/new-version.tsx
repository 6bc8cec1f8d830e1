/** The form for a new version of a regulation: effective date and the definition as JSON. */
import type { Lang, T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { Button, ButtonGroup } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { Textarea } from '../../components/textarea.tsx'

/** Props of NewVersionPage; strings already translated. */
export interface NewVersionPageProps {
  readonly t: T
  readonly lang: Lang
  readonly caption: string
  readonly action: string
  readonly backHref: string
  readonly csrfToken: string
  readonly values: { readonly effectiveFrom: string; readonly definition: string }
  readonly errors: Partial<Record<'effectiveFrom' | 'definition', FieldError>>
  /** Every problem, each linking to its field, for the error summary. */
  readonly errorList: readonly ErrorItem[]
}

/** Renders the page body. */
export function NewVersionPage(p: NewVersionPageProps) {
  const { t } = p
  return (
    <>
      <BackLink href={p.backHref} text={t('catalog:admin.back')} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      <span class='caption'>{p.caption}</span>
      <h1 class='heading-l'>{t('catalog:admin.version.title')}</h1>
      <p>{t('catalog:admin.version.lead')}</p>
      <form method='post' action={p.action} novalidate>
        <CsrfField token={p.csrfToken} />
        <Input
          id='effectiveFrom'
          name='effectiveFrom'
          width='10'
          spellcheck={false}
          label={t('catalog:admin.version.effectiveFrom')}
          hint={t('catalog:admin.version.effectiveFromHint')}
          value={p.values.effectiveFrom}
          errorMessage={p.errors.effectiveFrom}
        />
        <Textarea
          id='definition'
          name='definition'
          rows={30}
          label={t('catalog:admin.version.definition')}
          hint={t('catalog:admin.version.definitionHint')}
          value={p.values.definition}
          errorMessage={p.errors.definition}
        />
        <ButtonGroup>
          <Button>{t('catalog:admin.version.submit')}</Button>
          <a href={p.backHref}>{t('catalog:admin.version.cancel')}</a>
        </ButtonGroup>
      </form>
    </>
  )
}
