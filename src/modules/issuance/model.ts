/**
 * The document model of an issued document in one language, from its canonical data alone: the
 * provider, number, date, holder and IIN/BIN, the activity with its sub-types and objects, the
 * grounds and the way to appeal for a refusal, the basis (decision or deemed issue), the
 * signature block and the QR code to the public verification page.
 */
import type { Lang, T } from '../../i18n.ts'
import type { Block, DocumentModel, Pair, Section, SignatureInfo } from '../documents/index.ts'
import type { IssuedData } from './data.ts'
import { dateText, dateTimeText, kindTitle } from './format.ts'

/** The public verification page of a license number. */
export function verifyUrl(origin: string, lang: Lang, number: string): string {
  return `${origin}/${lang}/verify/${encodeURIComponent(number)}`
}

/** True for a reasoned refusal or a refusal to consider further (no registry entry, no QR). */
export function isRefusal(data: Pick<IssuedData, 'kind'>): boolean {
  return data.kind === 'refusal' || data.kind === 'return'
}

/** The whole document in `lang`; `t` speaks `lang`. */
export function documentModel(data: IssuedData, t: T, lang: Lang, origin: string): DocumentModel {
  const refusal = isRefusal(data)
  const signature = signatureOf(data, t)
  return {
    lang,
    title: kindTitle(t, data.kind),
    subtitle: refusal ? data.service.name[lang] : data.activity[lang],
    issuedAt: new Date(data.issuedAt),
    meta: metaOf(data, t, lang),
    sections: refusal ? refusalSections(data, t, lang) : licenseSections(data, t, lang),
    ...(signature ? { signature } : {}),
    ...(refusal ? {} : {
      qr: { url: verifyUrl(origin, lang, data.number), caption: t('issuance:document.qrCaption') },
    }),
    ...(data.basis === 'deemed' ? { stamp: { label: t('issuance:document.deemedStamp') } } : {}),
    footer: t('issuance:document.footer'),
  }
}

function metaOf(data: IssuedData, t: T, lang: Lang): Pair[] {
  const h = data.holder
  const role = isRefusal(data)
    ? 'refusal'
    : data.kind === 'attestation' || data.kind === 'accreditation'
    ? data.kind
    : 'license'
  const rows: Pair[] = [
    { label: t(`issuance:document.provider.${role}`), value: data.provider.name[lang] },
    { label: t('issuance:document.number'), value: data.number },
    { label: t('issuance:document.issuedOn'), value: dateText(t, data.issuedAt) },
    { label: t(`issuance:document.holder.${role}`), value: h.name[lang] },
  ]
  if (h.bin) rows.push({ label: t('issuance:document.bin'), value: h.bin })
  else if (h.iin) rows.push({ label: t('issuance:document.iin'), value: h.iin })
  if (h.address) rows.push({ label: t('issuance:document.address'), value: h.address[lang] })
  rows.push({ label: t('issuance:document.application'), value: data.case.number })
  return rows
}

function licenseSections(data: IssuedData, t: T, lang: Lang): Section[] {
  const rows: Pair[] = [{ label: t('issuance:document.activity'), value: data.activity[lang] }]
  if (data.subtypes.length) {
    rows.push({
      label: t('issuance:document.subtypes'),
      value: data.subtypes.map((s) => s[lang]).join('; '),
    })
  }
  const blocks: Block[] = [{ type: 'pairs', rows }]
  if (data.objects.length) {
    blocks.push({
      type: 'table',
      caption: t('issuance:document.objects'),
      head: ['№', t('issuance:document.object'), t('issuance:document.objectAddress')],
      rows: data.objects.map((o, i) => [String(i + 1), o.name, o.address]),
    })
  }
  const related = relatedText(data, t)
  if (related) blocks.push({ type: 'paragraph', text: related })
  blocks.push({ type: 'small', text: basisText(data, t, lang) })
  return [{ heading: t('issuance:document.activityHeading'), blocks }]
}

function relatedText(data: IssuedData, t: T): string | undefined {
  const r = data.related
  if (!r) return undefined
  const date = r.issuedAt ? dateText(t, r.issuedAt) : undefined
  if (r.role === 'duplicates') {
    return t(date ? 'issuance:document.duplicateOf' : 'issuance:document.duplicateOfUndated', {
      copy: data.copyNo,
      number: r.number,
      date,
    })
  }
  return t(date ? 'issuance:document.replaces' : 'issuance:document.replacesUndated', {
    number: r.number,
    date,
  })
}

function basisText(data: IssuedData, t: T, lang: Lang): string {
  if (data.deemed) {
    return t('issuance:document.basisDeemed', {
      date: dateText(t, data.deemed.dueAt),
      service: data.service.name[lang],
      source: data.deemed.source ?? '—',
    })
  }
  return t('issuance:document.basisDecision', {
    number: data.case.number,
    service: data.service.name[lang],
  })
}

function refusalSections(data: IssuedData, t: T, lang: Lang): Section[] {
  const r = data.refusal
  const items = [
    ...(r?.grounds ?? []).map((g) => g[lang]),
    ...(r?.missing ?? []).map((m) => m[lang]),
    ...(r?.other ? [r.other] : []),
  ]
  const heading = data.kind === 'return' ? 'missingHeading' : 'groundsHeading'
  const sections: Section[] = [{
    heading: t(`issuance:document.${heading}`),
    blocks: [
      items.length
        ? { type: 'list', items }
        : { type: 'paragraph', text: t('issuance:document.groundsNone') },
    ],
  }]
  if (r?.reason) {
    sections.push({
      heading: t('issuance:document.reasonHeading'),
      blocks: [{ type: 'paragraph', text: r.reason }],
    })
  }
  sections.push({
    heading: t('issuance:document.appealHeading'),
    blocks: [
      { type: 'paragraph', text: t('issuance:document.appeal') },
      { type: 'small', text: basisText(data, t, lang) },
    ],
  })
  return sections
}

function signatureOf(data: IssuedData, t: T): SignatureInfo | undefined {
  const d = data.decision
  if (!d) {
    return data.deemed ? { lines: [t('issuance:document.unsignedDeemed')] } : undefined
  }
  const lines = [
    t('issuance:document.signedBy', { name: d.signer.name }),
    t('issuance:document.certificate', {
      serial: d.certificate.serialNumber.toUpperCase(),
      issuer: d.certificate.issuer,
    }),
    t('issuance:document.signedAt', { time: dateTimeText(d.signedAt) }),
  ]
  return d.demo ? { lines, demo: { label: t('issuance:document.demoSignature') } } : { lines }
}
