/**
 * The receipt (қолхат / расписка, SERVICES.md §4): number and date of acceptance, the service,
 * the attached documents and their count, when and where the result is issued, who accepted
 * the documents, and the applicant with contacts. One model feeds the printable page and the
 * PDF, always in the language of the request.
 */
import type { T } from '../../i18n.ts'
import type { DocumentModel, Pair } from '../documents/index.ts'
import { toAlmaty } from '../sla/index.ts'
import type { ApplicationContext } from './context.ts'
import type { ApplicationView } from './view-types.ts'

/** "14.03.2026, 11:05" in Almaty time. */
export function formatDateTime(iso: string): string {
  const [date = '', time = ''] = toAlmaty(new Date(iso)).split(' ')
  const [y, m, d] = date.split('-')
  return `${d}.${m}.${y}, ${time}`
}

/** "14.03.2026" in Almaty time. */
export function formatDate(iso: string): string {
  return formatDateTime(iso).split(',')[0] ?? ''
}

/** Tenge with thin grouping: "43 250 ₸". */
export function formatTenge(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}\u00a0₸`
}

/** The receipt of a sent application; `t` speaks the request's language. */
export function receiptModel(
  t: T,
  view: ApplicationView & { number: string; submittedAt: string },
  ctx: ApplicationContext,
  readyAt: string | null,
): DocumentModel {
  const lang = view.lang
  const a = view.applicant
  const contacts = [a.phone, a.email].filter(Boolean).join(', ')
  const meta: Pair[] = [
    { label: t('intake:receipt.number'), value: view.number },
    { label: t('intake:receipt.acceptedAt'), value: formatDateTime(view.submittedAt) },
    {
      label: t('intake:receipt.service'),
      value: `${ctx.regulation.name[lang]} — ${ctx.sub.name[lang]}`,
    },
    { label: t('intake:receipt.applicant'), value: a.name[lang] },
    { label: t(a.bin ? 'intake:receipt.bin' : 'intake:receipt.iin'), value: a.bin ?? a.iin ?? '' },
    { label: t('intake:receipt.contacts'), value: contacts || t('intake:receipt.noContacts') },
  ]
  if (view.representative) {
    meta.push({
      label: t('intake:receipt.representative'),
      value: t('intake:receipt.representativeValue', {
        name: view.representative.fullName,
        number: view.representative.powerOfAttorney.number,
      }),
    })
  }
  return {
    lang,
    title: t('intake:receipt.title'),
    subtitle: ctx.regulation.provider.name[lang],
    issuedAt: new Date(view.submittedAt),
    meta,
    sections: [documentsSection(t, view, ctx), resultSection(t, view, ctx, readyAt)],
    footer: t('intake:receipt.footer'),
  }
}

function documentsSection(t: T, view: ApplicationView, ctx: ApplicationContext) {
  const lang = view.lang
  const names = new Map(ctx.uploads.map((d) => [d.id, d.name[lang]]))
  const items = view.documents.map((d) => {
    const kind = d.catalogDocumentId ? names.get(d.catalogDocumentId) : undefined
    return `${kind ?? t('intake:documents.other')}: ${d.name}`
  })
  return {
    heading: t('intake:receipt.documents', { n: items.length }),
    blocks: items.length
      ? [{ type: 'list' as const, ordered: true, items }]
      : [{ type: 'paragraph' as const, text: t('intake:receipt.noDocuments') }],
  }
}

function resultSection(
  t: T,
  view: ApplicationView,
  ctx: ApplicationContext,
  readyAt: string | null,
) {
  const lang = view.lang
  const provider = ctx.regulation.provider
  const place = view.channel === 'portal'
    ? t('intake:receipt.placeCabinet')
    : [provider.name[lang], provider.address?.[lang]].filter(Boolean).join(', ')
  const acceptedBy = view.acceptedBy.name === 'system'
    ? t('intake:receipt.acceptedBySystem')
    : view.acceptedBy.name[lang]
  const rows: Pair[] = [
    {
      label: t('intake:receipt.readyAt'),
      value: readyAt ? formatDateTime(readyAt) : t('intake:receipt.readyAtPending'),
    },
    { label: t('intake:receipt.place'), value: place },
    { label: t('intake:receipt.acceptedBy'), value: acceptedBy },
  ]
  if (view.payment?.status === 'paid') {
    rows.push({
      label: t('intake:receipt.payment'),
      value: `${formatTenge(view.payment.amountTenge)}, ${view.payment.reference ?? ''}`,
    })
  }
  return { heading: t('intake:receipt.result'), blocks: [{ type: 'pairs' as const, rows }] }
}
