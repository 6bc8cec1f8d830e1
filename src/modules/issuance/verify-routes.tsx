/**
 * `/:lang/verify` (the form, `?number=`) and `/:lang/verify/:number` (the QR link): public, no
 * sign-in, plain GET. Not found is a 404 page that says only that; too many look-ups a 429.
 */
import type { Context } from 'hono'
import { Hono } from 'hono'
import type { SummaryRow } from '../../../views/components/summary-list.tsx'
import type { TagColour } from '../../../views/components/tag.tsx'
import { VerifyPage, type VerifyPageProps } from '../../../views/issuance/verify/index.tsx'
import type { AppEnv } from '../../http/env.ts'
import type { Lang, T } from '../../i18n.ts'
import type { IssuanceDeps } from './deps.ts'
import { dateText, statusLabel } from './format.ts'
import type { LicenseStatus } from './tables.ts'
import { type LookupAnswer, lookupLicense, type PublicLicense } from './verify.ts'

/** Colours of the registry statuses (the text always says the status too). */
export const STATUS_COLOURS: Readonly<Record<LicenseStatus, TagColour>> = {
  active: 'green',
  duplicate_issued: 'green',
  reissued: 'grey',
  suspended: 'yellow',
  terminated: 'red',
}

/** The verification pages, mounted at `/verify` in the `/:lang` sub-app. */
export function verifyRoutes(deps: IssuanceDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/', async (c) => {
    const number = c.req.query('number')
    if (number === undefined) return page(c, '', undefined)
    return page(c, number, await lookupLicense(deps, { number, client: c.var.clientAddress }))
  })
  app.get('/:number', async (c) => {
    const number = c.req.param('number')
    return page(c, number, await lookupLicense(deps, { number, client: c.var.clientAddress }))
  })
  return app
}

function page(c: Context<AppEnv>, typed: string, answer: LookupAnswer | undefined) {
  const { t, lang } = c.var
  const props: VerifyPageProps = {
    title: t('issuance:verify.title'),
    intro: t('issuance:verify.intro'),
    action: `/${lang}/verify`,
    field: {
      label: t('issuance:verify.numberLabel'),
      hint: t('issuance:verify.numberHint'),
      value: typed.slice(0, 40),
    },
    submit: t('issuance:verify.submit'),
    ...(answer ? { result: resultOf(t, lang, answer) } : {}),
  }
  if (answer?.kind === 'notFound') c.status(404)
  if (answer?.kind === 'limited') {
    c.status(429)
    c.header('Retry-After', String(answer.retryAfterSeconds))
  }
  c.header('Cache-Control', 'no-store')
  return c.render(<VerifyPage {...props} />, { title: t('issuance:verify.title') })
}

function resultOf(t: T, lang: Lang, answer: LookupAnswer): VerifyPageProps['result'] {
  if (answer.kind === 'limited') {
    return { kind: 'limited', heading: t('errors.429.title'), body: t('errors.429.body') }
  }
  if (answer.kind === 'notFound') {
    return {
      kind: 'notFound',
      heading: t('issuance:verify.notFoundTitle'),
      body: t('issuance:verify.notFoundBody'),
    }
  }
  const l = answer.license
  return {
    kind: 'found',
    license: {
      heading: t(`issuance:verify.heading.${l.kind}`, { number: l.number }),
      status: { text: statusLabel(t, l.status), colour: STATUS_COLOURS[l.status] },
      verdict: t(`issuance:verify.verdict.${l.status}`),
      rows: rowsOf(t, lang, l),
    },
  }
}

function rowsOf(t: T, lang: Lang, l: PublicLicense): SummaryRow[] {
  const rows: SummaryRow[] = [
    { key: t('issuance:verify.number'), value: l.number },
    {
      key: t('issuance:verify.status'),
      value: t('issuance:verify.statusSince', {
        status: statusLabel(t, l.status),
        date: dateText(t, l.statusSince),
      }),
    },
    { key: t('issuance:verify.activity'), value: l.activity[lang] },
  ]
  if (l.subtypes.length) {
    rows.push({
      key: t('issuance:verify.subtypes'),
      value: l.subtypes.map((s) => s[lang]).join('; '),
    })
  }
  rows.push(
    { key: t('issuance:verify.licensee'), value: l.licensee[lang] },
    { key: t('issuance:verify.issuedOn'), value: dateText(t, l.issuedAt) },
    { key: t('issuance:verify.provider'), value: l.provider[lang] },
    { key: t('issuance:verify.basis'), value: t(`issuance:verify.bases.${l.basis}`) },
    { key: t('issuance:verify.signature'), value: signatureText(t, l) },
  )
  return rows
}

/** The signature's state in words; a demo signature says so. */
export function signatureText(t: T, l: Pick<PublicLicense, 'signature' | 'demo'>): string {
  const text = t(`issuance:verify.signatures.${l.signature}`)
  return l.demo && l.signature === 'verified' ? `${text} ${t('issuance:verify.demo')}` : text
}
