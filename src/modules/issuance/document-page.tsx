/**
 * The page of one issued document: the document in the URL's language, its PDF and the other
 * language, the registry status of a license, and the office's handover form when due.
 */
import type { Context } from 'hono'
import { DocumentShowPage } from '../../../views/issuance/licenses/show.tsx'
import type { AppEnv } from '../../http/env.ts'
import type { Lang } from '../../i18n.ts'
import type { IssuanceDeps } from './deps.ts'
import { mayHandOver, type Viewer } from './documents.ts'
import { dateText, dateTimeText } from './format.ts'
import { documentHtml } from './render.ts'
import { findLicense } from './repo.ts'
import type { DocumentRow } from './tables.ts'
import { STATUS_COLOURS } from './verify-routes.tsx'

/** Renders the page (409 when a handover was refused: the page says how things stand). */
export async function showDocument(
  deps: IssuanceDeps,
  c: Context<AppEnv>,
  doc: DocumentRow,
  viewer: Viewer,
  status: 200 | 409 = 200,
) {
  const { t, lang } = c.var
  const other: Lang = lang === 'kk' ? 'ru' : 'kk'
  const html = documentHtml(deps, doc, lang)
  const license = doc.license_id ? await findLicense(deps.db.kysely, doc.license_id) : undefined
  const self = `/${lang}/licenses/${doc.id}`
  c.status(status)
  return c.render(
    <DocumentShowPage
      back={{ href: `/${lang}/licenses`, text: t('issuance:list.title') }}
      document={html}
      linksLabel={t('issuance:show.links')}
      links={[
        { href: `${self}/pdf`, text: t('issuance:show.pdf') },
        { href: `/${other}/licenses/${doc.id}`, text: t('issuance:show.otherLang'), lang: other },
        ...(license
          ? [{ href: `/${lang}/verify/${license.number}`, text: t('issuance:show.verify') }]
          : []),
      ]}
      {...(license
        ? {
          status: {
            label: t('issuance:show.registryStatus'),
            text: t(`issuance:statuses.${license.status}`),
            colour: STATUS_COLOURS[license.status],
          },
        }
        : {})}
      delivery={deliveryText(c, doc)}
      {...(mayHandOver(doc, viewer)
        ? {
          handover: {
            action: `${self}/handover`,
            csrfToken: c.var.csrfToken(),
            heading: t('issuance:show.handoverHeading'),
            hint: t('issuance:show.handoverHint'),
            button: t('issuance:show.handoverButton'),
          },
        }
        : {})}
      {...(c.req.query('handed') === '1' && doc.handed_over_at
        ? { banner: t('issuance:show.handedOver') }
        : {})}
    />,
    { title: `${html.title} ${doc.number}` },
  )
}

function deliveryText(c: Context<AppEnv>, doc: DocumentRow): string {
  const { t } = c.var
  if (doc.handed_over_at) {
    return t('issuance:show.handedOverAt', { time: dateTimeText(doc.handed_over_at) })
  }
  if (doc.delivered_at) {
    return t('issuance:show.inCabinetSince', { date: dateText(t, doc.delivered_at) })
  }
  return t('issuance:show.atCounter')
}
