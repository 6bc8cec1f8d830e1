/**
 * The checklist the documents page and "check your answers" show: each document the catalog
 * asks for with its files, then "other documents" (files the list does not name, including
 * those of a sub-service chosen earlier).
 */
import type { T } from '../../i18n.ts'
import type { DraftFacts } from './readiness.ts'
import type { DocumentRow } from './tables.ts'

/** One line of the checklist. */
export interface ChecklistLine {
  readonly id: string
  readonly name: string
  readonly required: boolean
  readonly tag: { text: string; colour: 'blue' | 'grey' | 'green' }
  readonly note?: string | undefined
  readonly files: readonly DocumentRow[]
}

/** The checklist of a draft, in the catalog's order. */
export function checklist(t: T, lang: 'kk' | 'ru', f: DraftFacts): ChecklistLine[] {
  const named = new Set(f.ctx.uploads.map((d) => d.id))
  const lines: ChecklistLine[] = f.ctx.uploads.map((d) => {
    const files = f.docs.filter((x) => x.catalog_document_id === d.id)
    return {
      id: d.id,
      name: d.name[lang],
      required: d.required,
      tag: files.length
        ? { text: t('intake:documents.attached', { count: files.length }), colour: 'green' }
        : d.required
        ? { text: t('intake:documents.required'), colour: 'blue' }
        : { text: t('intake:documents.optional'), colour: 'grey' },
      note: d.notarizedIfNoOriginal && f.row.channel !== 'portal'
        ? t('intake:documents.notarized')
        : undefined,
      files,
    }
  })
  const others = f.docs.filter((x) => !x.catalog_document_id || !named.has(x.catalog_document_id))
  lines.push({
    id: 'other',
    name: t('intake:documents.other'),
    required: false,
    tag: others.length
      ? { text: t('intake:documents.attached', { count: others.length }), colour: 'green' }
      : { text: t('intake:documents.optional'), colour: 'grey' },
    note: t('intake:documents.otherHint'),
    files: others,
  })
  return lines
}
