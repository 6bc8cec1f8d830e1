/**
 * The applicant's notice that the result is issued, by e-mail where the application gave an
 * address: written to the outbox in the transaction, in the applicant's language, with
 * the link to the document (and to the survey when there is one).
 */
import type { T } from '../../i18n.ts'
import { newId } from '../../lib/ids.ts'
import type { IssuedData } from './data.ts'
import { dateText, kindTitle } from './format.ts'
import { insertOutbox } from './outbox-repo.ts'
import type { Db } from './repo.ts'

/** What the notice needs besides the document. */
export interface ResultMail {
  readonly to: string
  readonly t: T
  readonly lang: 'kk' | 'ru'
  readonly channel: 'portal' | 'office' | 'psc'
  readonly origin: string
  readonly surveyLink: string | undefined
  readonly documentId: string
  readonly data: IssuedData
}

/** Puts the notice into the outbox (inside the transaction). */
export async function enqueueResultMail(trx: Db, mail: ResultMail): Promise<void> {
  const { t, data, lang } = mail
  const title = kindTitle(t, data.kind)
  const href = `${mail.origin}/${lang}/licenses/${mail.documentId}`
  const lines = [
    t('issuance:mail.greeting', { name: data.holder.name[lang] }),
    '',
    t('issuance:mail.issued', {
      title,
      number: data.number,
      date: dateText(t, data.issuedAt),
      provider: data.provider.name[lang],
    }),
    mail.channel === 'portal'
      ? t('issuance:mail.inCabinet', { href })
      : t('issuance:mail.atOffice', {
        address: data.provider.address?.[lang] ?? data.provider.name[lang],
      }),
  ]
  if (mail.surveyLink) {
    const survey = mail.surveyLink.startsWith('/')
      ? `${mail.origin}${mail.surveyLink}`
      : mail.surveyLink
    lines.push('', t('issuance:mail.survey', { href: survey }))
  }
  lines.push('', t('issuance:mail.footer'))
  const at = data.issuedAt
  await insertOutbox(trx, {
    id: newId(),
    document_id: mail.documentId,
    recipient: mail.to,
    subject: t('issuance:mail.subject', { title, number: data.number }),
    body: lines.join('\n'),
    lang,
    created_at: at,
    next_attempt_at: at,
    attempts: 0,
    claimed_until: null,
    sent_at: null,
    last_error: null,
  })
}
