/** Status by registration number, without an account: the number and the IIN/BIN. */
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { SummaryList } from '../../components/summary-list.tsx'
import { Tag, type TagColour } from '../../components/tag.tsx'
import { StepFrame } from '../_frame.tsx'

/** Props of StatusPage; strings already translated. */
export interface StatusPageProps {
  readonly caption: string
  readonly title: string
  readonly lead: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  readonly action: string
  readonly csrf: string
  readonly number: { label: string; hint: string; value: string; error?: FieldError | undefined }
  readonly iinOrBin: { label: string; hint: string; value: string; error?: FieldError | undefined }
  readonly submitText: string
  readonly message?: string | undefined
  readonly result?: {
    title: string
    status: { label: string; text: string; colour: TagColour }
    rows: ReadonlyArray<{ key: string; value: string }>
  } | undefined
}

/** Renders the page. */
export function StatusPage(p: StatusPageProps) {
  return (
    <StepFrame caption={p.caption} title={p.title} errorTitle={p.errorTitle} errors={p.errors}>
      <p>{p.lead}</p>
      {p.message ? <p class='warning' role='status'>{p.message}</p> : null}
      {p.result
        ? (
          <section aria-labelledby='status-result'>
            <h2 class='heading-m' id='status-result'>{p.result.title}</h2>
            <p>
              {p.result.status.label}{' '}
              <Tag text={p.result.status.text} colour={p.result.status.colour} />
            </p>
            <SummaryList rows={p.result.rows} />
          </section>
        )
        : null}
      <form method='post' action={p.action} novalidate>
        <CsrfField token={p.csrf} />
        <Input
          id='number'
          name='number'
          label={p.number.label}
          hint={p.number.hint}
          value={p.number.value}
          width='20'
          spellcheck={false}
          autocomplete='off'
          errorMessage={p.number.error}
        />
        <Input
          id='iinOrBin'
          name='iinOrBin'
          label={p.iinOrBin.label}
          hint={p.iinOrBin.hint}
          value={p.iinOrBin.value}
          width='20'
          inputmode='numeric'
          spellcheck={false}
          autocomplete='off'
          errorMessage={p.iinOrBin.error}
        />
        <Button>{p.submitText}</Button>
      </form>
    </StepFrame>
  )
}
