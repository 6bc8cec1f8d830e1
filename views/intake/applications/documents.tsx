/**
 * The documents step: the catalog's checklist for this sub-service, applicant type and channel;
 * one small upload form per document (a plain multipart form that works with JavaScript off),
 * and each attached file with its download link, "replace" and "remove".
 */
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import { ErrorMessage, type FieldError, FormGroup, Hint } from '../../components/field.tsx'
import { Tag } from '../../components/tag.tsx'
import { StepFrame } from '../_frame.tsx'

/** An attached file, already described. */
export interface AttachedFile {
  readonly id: string
  readonly name: string
  readonly details: string
  readonly href: string
  readonly removeAction: string
  readonly replaceAction: string
}

/** One document of the checklist (or "other documents"). */
export interface ChecklistItem {
  readonly id: string
  readonly name: string
  readonly tag: { text: string; colour: 'blue' | 'grey' | 'green' }
  readonly note?: string | undefined
  readonly files: readonly AttachedFile[]
  readonly error?: FieldError | undefined
}

/** Texts of the page, already translated. */
export interface DocumentsTexts {
  readonly chooseFile: string
  readonly upload: string
  readonly replace: string
  readonly replaceLabel: string
  readonly remove: string
  readonly download: string
  readonly continue: string
  readonly fromRegistryTitle: string
  readonly requestTitle: string
}

/** Props of DocumentsPage. */
export interface DocumentsPageProps {
  readonly caption: string
  readonly title: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  readonly lead: string
  readonly limits: string
  readonly reference?: string | undefined
  readonly action: string
  readonly csrf: string
  readonly items: readonly ChecklistItem[]
  readonly fromRegistry: readonly string[]
  readonly request: readonly string[]
  readonly texts: DocumentsTexts
  readonly continueHref: string
  readonly back: { href: string; text: string }
}

/** Renders the documents step. */
export function DocumentsPage(p: DocumentsPageProps) {
  return (
    <StepFrame
      back={p.back}
      caption={p.caption}
      title={p.title}
      errorTitle={p.errorTitle}
      errors={p.errors}
    >
      <p>{p.lead}</p>
      <p class='inset'>{p.limits}</p>
      {p.reference ? <p>{p.reference}</p> : null}
      {p.items.map((item) => <Item item={item} p={p} />)}
      {p.request.length ? <Listed title={p.texts.requestTitle} items={p.request} /> : null}
      {p.fromRegistry.length
        ? <Listed title={p.texts.fromRegistryTitle} items={p.fromRegistry} />
        : null}
      <Button href={p.continueHref}>{p.texts.continue}</Button>
    </StepFrame>
  )
}

function Listed(props: { title: string; items: readonly string[] }) {
  return (
    <>
      <h2 class='heading-m'>{props.title}</h2>
      <ul>{props.items.map((i) => <li>{i}</li>)}</ul>
    </>
  )
}

function Item(props: { item: ChecklistItem; p: DocumentsPageProps }) {
  const { item, p } = props
  const inputId = `file-${item.id}`
  return (
    <section class='upload' aria-labelledby={`${inputId}-title`}>
      <h2 class='heading-s' id={`${inputId}-title`}>
        {item.name} <Tag text={item.tag.text} colour={item.tag.colour} />
      </h2>
      {item.note ? <p class='hint'>{item.note}</p> : null}
      {item.files.length ? <Files files={item.files} p={p} /> : null}
      <form method='post' action={p.action} enctype='multipart/form-data' class='upload__form'>
        <CsrfField token={p.csrf} />
        <input type='hidden' name='document' value={item.id} />
        <FileInput id={inputId} label={p.texts.chooseFile} error={item.error} hint={item.name} />
        <Button variant='secondary'>{p.texts.upload}</Button>
      </form>
    </section>
  )
}

function FileInput(
  props: { id: string; label: string; hint: string; error?: FieldError | undefined },
) {
  const described = [`${props.id}-hint`, props.error ? `${props.id}-error` : ''].filter(Boolean)
  return (
    <FormGroup error={props.error}>
      <label class='label' for={props.id}>{props.label}</label>
      <Hint id={props.id}>{props.hint}</Hint>
      {props.error ? <ErrorMessage id={props.id} error={props.error} /> : null}
      <input
        class='file-upload'
        id={props.id}
        name='file'
        type='file'
        accept='.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'
        aria-describedby={described.join(' ')}
      />
    </FormGroup>
  )
}

function Files(props: { files: readonly AttachedFile[]; p: DocumentsPageProps }) {
  const { p } = props
  return (
    <ul class='files'>
      {props.files.map((f) => (
        <li class='files__item'>
          <a href={f.href} download>{f.name}</a> <span class='hint'>{f.details}</span>
          <form method='post' action={f.removeAction} class='files__action'>
            <CsrfField token={p.csrf} />
            <button type='submit' class='link-button'>
              {p.texts.remove}
              <span class='visually-hidden'>{` ${f.name}`}</span>
            </button>
          </form>
          <details class='files__replace'>
            <summary>
              {p.texts.replace}
              <span class='visually-hidden'>{` ${f.name}`}</span>
            </summary>
            <form method='post' action={f.replaceAction} enctype='multipart/form-data'>
              <CsrfField token={p.csrf} />
              <FileInput id={`replace-${f.id}`} label={p.texts.replaceLabel} hint={f.name} />
              <Button variant='secondary'>{p.texts.replace}</Button>
            </form>
          </details>
        </li>
      ))}
    </ul>
  )
}
