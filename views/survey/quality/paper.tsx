/** The extra fields of a transcribed paper form: the date written on it and the channel. */
import { Radios } from '../../components/choices.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'

/** Props of PaperFields; strings already translated. */
export interface PaperFieldsProps {
  readonly date: { label: string; hint: string; value: string; error?: FieldError | undefined }
  readonly channel: {
    legend: string
    items: ReadonlyArray<{ value: string; text: string; checked?: boolean }>
    error?: FieldError | undefined
  }
}

/** Renders the date and the channel. */
export function PaperFields(p: PaperFieldsProps) {
  return (
    <>
      <Input
        id='answeredOn'
        name='answeredOn'
        type='date'
        label={p.date.label}
        hint={p.date.hint}
        value={p.date.value}
        errorMessage={p.date.error}
      />
      <Radios
        idPrefix='channel'
        name='channel'
        legend={p.channel.legend}
        items={p.channel.items}
        errorMessage={p.channel.error}
        small
      />
    </>
  )
}
