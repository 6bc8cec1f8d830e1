/**
 * Public verification of a license: the number form (a GET form, works without JavaScript) and,
 * after a look-up, what the registry says now, or "not found", or "too many look-ups".
 */
import { Button } from '../../components/button.tsx'
import { Input } from '../../components/input.tsx'
import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx'
import { Tag, type TagColour } from '../../components/tag.tsx'

/** A found license, every string already translated. */
export interface VerifiedLicenseView {
  readonly heading: string
  readonly status: { readonly text: string; readonly colour: TagColour }
  readonly rows: readonly SummaryRow[]
  /** Says what the status means for the holder (valid, not valid). */
  readonly verdict: string
}

/** Props of VerifyPage. */
export interface VerifyPageProps {
  readonly title: string
  readonly intro: string
  readonly action: string
  readonly field: { readonly label: string; readonly hint: string; readonly value: string }
  readonly submit: string
  readonly result?:
    | undefined
    | { readonly kind: 'found'; readonly license: VerifiedLicenseView }
    | { readonly kind: 'notFound' | 'limited'; readonly heading: string; readonly body: string }
}

/** Renders the page; the look-up's result follows the form. */
export function VerifyPage(p: VerifyPageProps) {
  return (
    <>
      <h1 class='heading-l'>{p.title}</h1>
      <p class='lead'>{p.intro}</p>
      <form method='get' action={p.action} novalidate>
        <Input
          id='number'
          name='number'
          label={p.field.label}
          hint={p.field.hint}
          value={p.field.value}
          autocomplete='off'
          spellcheck={false}
          maxlength={40}
          width='20'
        />
        <Button>{p.submit}</Button>
      </form>
      {p.result ? <Result result={p.result} /> : null}
    </>
  )
}

function Result(props: { result: NonNullable<VerifyPageProps['result']> }) {
  const r = props.result
  if (r.kind !== 'found') {
    return (
      <section class='verify-result' aria-labelledby='verify-result' role='status'>
        <h2 class='heading-m' id='verify-result'>{r.heading}</h2>
        <p>{r.body}</p>
      </section>
    )
  }
  const l = r.license
  return (
    <section class='verify-result' aria-labelledby='verify-result'>
      <h2 class='heading-m' id='verify-result'>{l.heading}</h2>
      <p>
        <Tag text={l.status.text} colour={l.status.colour} /> {l.verdict}
      </p>
      <SummaryList rows={l.rows} />
    </section>
  )
}
