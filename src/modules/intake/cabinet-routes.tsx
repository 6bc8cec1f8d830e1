/**
 * The cabinet: `GET /:lang/cabinet` (the list) and `GET /:lang/cabinet/:id` (a sent case with
 * its history, "refresh status" as a plain GET and htmx polling when scripts run).
 */
import { Hono } from 'hono'
import { CabinetPage } from '../../../views/intake/cabinet/index.tsx'
import { CasePage } from '../../../views/intake/cabinet/show.tsx'
import type { TagColour } from '../../../views/components/tag.tsx'
import type { AppEnv } from '../../http/env.ts'
import { seeOther } from '../../http/htmx.ts'
import type { T } from '../../i18n.ts'
import { type CabinetItem, intakeHistory, itemOf, listCabinet, progressOf } from './cabinet.ts'
import { ID, type IntakeRouteDeps, loadReadable, mayEdit } from './http.ts'
import { formatDate, formatDateTime } from './receipt.ts'

/** Tag colour of each status; the text says the status, the colour only helps. */
export const statusColour: Record<string, TagColour> = {
  draft: 'grey',
  awaiting_payment: 'yellow',
  sent: 'blue',
  registered: 'blue',
  under_review: 'blue',
  on_approval: 'purple',
  inspection: 'purple',
  testing_scheduled: 'purple',
  on_signature: 'blue',
  ready: 'green',
  deemed_issued: 'green',
  refused: 'red',
  returned: 'red',
}

/** The status label of a status code (glossary names, `common:status.*`). */
export function statusText(t: T, status: string): string {
  return status in statusColour ? t(`status.${status}`) : status
}

/** The cabinet pages, mounted at `/cabinet`. */
export function cabinetRoutes(deps: IntakeRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => {
    const { t, lang } = c.var
    const user = c.var.user!
    const items = await listCabinet(deps, {
      accountId: user.accountId,
      iin: user.iin,
      bin: user.bin,
    })
    const href = (i: CabinetItem) =>
      i.draft ? `/${lang}/applications/${i.id}` : `/${lang}/cabinet/${i.id}`
    return c.render(
      <CabinetPage
        title={t('intake:cabinet.title')}
        caption={user.displayName[lang]}
        lead={t('intake:cabinet.lead')}
        noticeTitle={t('intake:cabinet.noticeTitle')}
        notices={items.filter((i) => i.removalAt).map((i) =>
          t('intake:cabinet.removalItem', {
            service: i.service[lang],
            date: formatDate(i.removalAt!),
          })
        )}
        empty={t('intake:cabinet.empty')}
        head={['number', 'service', 'iinOrBin', 'status', 'deadline'].map((k) =>
          t(`intake:cabinet.head.${k}`)
        )}
        rows={items.map((i) => ({
          href: href(i),
          number: i.number ?? t('intake:cabinet.continueDraft'),
          service: i.service[lang],
          subService: i.subService[lang],
          iinOrBin: i.iinOrBin,
          status: { text: statusText(t, i.status), colour: statusColour[i.status] ?? 'blue' },
          deadline: i.dueAt ? formatDateTime(i.dueAt) : '—',
        }))}
        apply={{ href: `/${lang}/services`, text: t('intake:cabinet.apply') }}
        status={{ href: `/${lang}/status`, text: t('intake:cabinet.statusByNumber') }}
      />,
      { title: t('intake:cabinet.title') },
    )
  })

  app.get(`/${ID}`, async (c) => {
    const { t, lang } = c.var
    const row = await loadReadable(deps, c, 'portal')
    if (!row.submitted_at && mayEdit(row, c.var.user!, 'portal')) {
      return seeOther(c, `/${lang}/applications/${row.id}`)
    }
    const progress = (await progressOf(deps, [row.id])).get(row.id)
    const item = await itemOf(deps, row, progress)
    const history = [
      ...(await intakeHistory(deps, row.id)).map((h) => ({
        at: h.at,
        text: t(`intake:history.${h.action.replace('intake.', '').replaceAll('.', '_')}`),
      })),
      ...(progress?.steps ?? []).map((s) => ({
        at: s.at,
        text: typeof s.text === 'string' ? s.text : s.text[lang],
      })),
    ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((h) => [formatDateTime(h.at), h.text])
    const links = [{
      href: `/${lang}/applications/${row.id}/receipt`,
      text: t('intake:case.receipt'),
    }]
    if (progress?.result) {
      links.push({ href: progress.result.href, text: t('intake:case.viewResult') })
      if (progress.result.pdfHref) {
        links.push({ href: progress.result.pdfHref, text: t('intake:case.savePdf') })
      }
    }
    if (progress?.surveyHref) {
      links.push({ href: progress.surveyHref, text: t('intake:case.survey') })
    }
    return c.render(
      <CasePage
        caption={item.service[lang]}
        title={t('intake:case.title', { number: row.number ?? '' })}
        status={{
          label: t('intake:case.status'),
          text: statusText(t, item.status),
          colour: statusColour[item.status] ?? 'blue',
          since: progress?.statusSince
            ? t('intake:case.since', { at: formatDateTime(progress.statusSince) })
            : undefined,
        }}
        rows={[
          { key: t('intake:cabinet.head.number'), value: row.number ?? '' },
          { key: t('intake:cabinet.head.iinOrBin'), value: item.iinOrBin },
          { key: t('intake:case.subService'), value: item.subService[lang] },
          { key: t('intake:case.channel'), value: t(`intake:channels.${row.channel}`) },
          {
            key: t('intake:case.submittedAt'),
            value: formatDateTime(row.submitted_at ?? row.created_at),
          },
          {
            key: t('intake:cabinet.head.deadline'),
            value: item.dueAt ? formatDateTime(item.dueAt) : '—',
          },
        ]}
        refresh={{
          href: `/${lang}/cabinet/${row.id}`,
          text: t('intake:case.refresh'),
          checked: t('intake:case.checked', { at: formatDateTime(deps.clock.now().toISOString()) }),
        }}
        links={links}
        history={{
          caption: t('intake:case.history'),
          head: [t('intake:case.when'), t('intake:case.what')],
          rows: history,
        }}
        back={{ href: `/${lang}/cabinet`, text: t('intake:cabinet.back') }}
      />,
      { title: t('intake:case.title', { number: row.number ?? '' }) },
    )
  })

  return app
}
