/**
 * The counter (office specialist of a provider, PSC operator): `GET /:lang/office/applications`
 * lists what this counter entered; `GET …/new` and `POST …` look the applicant up in the
 * registry and start a draft on the applicant's behalf ("data not found" says so plainly).
 */
import type { Context } from 'hono'
import { Hono } from 'hono'
import { OfficeListPage } from '../../../views/intake/office/index.tsx'
import { OfficeNewPage } from '../../../views/intake/office/new.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors, validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { newToken } from '../../lib/ids.ts'
import { parseBin, parseIin } from '../identity/index.ts'
import { statusColour, statusText } from './cabinet-routes.tsx'
import { snapshotOf } from './applicants.ts'
import { officeApplications } from './cabinet.ts'
import { startDraft } from './drafts.ts'
import { actorOf, basePath, type IntakeRouteDeps } from './http.ts'
import { counterChannel, counterRegulations } from './office.ts'
import { formatDateTime } from './receipt.ts'
import { kept } from './route-kit.ts'
import { officeStartForm } from './schema.ts'

type Values = Record<string, unknown>
const KINDS = ['issue', 'reissue', 'duplicate', 'attestation', 'accreditation'] as const
const TYPES = ['individual', 'sole_proprietor', 'legal_entity'] as const

/** The counter's list and start pages, mounted at `/office/applications` (before the steps). */
export function officeRoutes(deps: IntakeRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => {
    const { t, lang } = c.var
    const user = c.var.user!
    const items = await officeApplications(deps, user.organizationId ?? '')
    return c.render(
      <OfficeListPage
        caption={t(`intake:channels.${counterChannel(user)}`)}
        title={t('intake:office.title')}
        lead={t('intake:office.lead')}
        head={['number', 'service', 'applicant', 'status', 'saved'].map((k) =>
          t(`intake:office.head.${k}`)
        )}
        rows={items.map(({ row, item }) => ({
          href: row.submitted_at
            ? `${basePath(lang, 'office')}/${row.id}/receipt`
            : `${basePath(lang, 'office')}/${row.id}`,
          number: row.number ?? t('intake:cabinet.continueDraft'),
          service: `${item.service[lang]} — ${item.subService[lang]}`,
          applicant: `${snapshotOf(row).name[lang]}, ${item.iinOrBin}`,
          status: { text: statusText(t, item.status), colour: statusColour[item.status] ?? 'blue' },
          saved: formatDateTime(row.last_saved_at),
        }))}
        empty={t('intake:office.empty')}
        create={{ href: `${basePath(lang, 'office')}/new`, text: t('intake:office.new') }}
      />,
      { title: t('intake:office.title') },
    )
  })

  app.get('/new', (c) => newPage(c, deps, {}, {}))

  app.post(
    '/',
    validForm(officeStartForm, (c, values, errors) => newPage(c, deps, values, errors)),
    async (c) => {
      const form = c.req.valid('form')
      const { t } = c.var
      const user = c.var.user!
      const idError = applicantIdError(form.applicantType, form.iinOrBin, deps.clock.now())
      if (idError.error) return newPage(c, deps, form, { iinOrBin: t(idError.error) })
      const allowed = (await counterRegulations(deps, user)).some((v) =>
        v.regulationId === form.service
      )
      if (!allowed) return newPage(c, deps, form, { service: t('intake:errors.service') })
      const result = await startDraft(deps, {
        regulationId: form.service,
        kind: form.kind,
        channel: counterChannel(user),
        lang: c.var.lang,
        startKey: form.startKey,
        applicant: {
          accountId: null,
          type: form.applicantType,
          id: idError.id,
          phone: null,
          email: null,
        },
        organizationId: user.organizationId ?? null,
        actor: actorOf(c),
      })
      if (result.ok) return seeOther(c, `${basePath(c.var.lang, 'office')}/${result.id}`)
      const field = result.problem === 'registry' || result.problem === 'applicantType'
        ? 'iinOrBin'
        : result.problem === 'kind'
        ? 'kind'
        : 'service'
      return newPage(c, deps, form, { [field]: t(`intake:office.problems.${result.problem}`) })
    },
  )

  return app
}

function applicantIdError(type: string, raw: string, today: Date) {
  if (type === 'legal_entity') {
    const bin = parseBin(raw)
    return bin.ok ? { id: bin.bin } : { id: '', error: `identity:validation.bin.${bin.error}` }
  }
  const iin = parseIin(raw, { today })
  return iin.ok ? { id: iin.iin } : { id: '', error: `identity:validation.iin.${iin.error}` }
}

async function newPage(
  c: Context<AppEnv>,
  deps: IntakeRouteDeps,
  values: Values,
  errors: FieldErrors,
) {
  const { t, lang } = c.var
  const user = c.var.user!
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  const services = await counterRegulations(deps, user)
  const service = kept(values, 'service')
  return c.render(
    <OfficeNewPage
      caption={t(`intake:channels.${counterChannel(user)}`)}
      title={t('intake:office.newTitle')}
      lead={t('intake:office.newLead')}
      registryNotice={t('intake:applicant.localRegistry')}
      errorTitle={t('form.errorSummaryTitle')}
      errors={errorItems(errors, ['service', 'kind', 'applicantType', 'iinOrBin'])}
      action={basePath(lang, 'office')}
      csrf={c.var.csrfToken()}
      startKey={typeof values['startKey'] === 'string' && !hasErrors
        ? values['startKey']
        : newToken(24)}
      service={{
        label: t('intake:office.service'),
        items: services.map((v) => ({
          value: v.regulationId,
          text: `${v.definition.code} — ${v.definition.name[lang]}`,
          selected: v.regulationId === service,
        })),
        error: fieldError(errors, 'service', t),
      }}
      kind={{
        legend: t('intake:office.kind'),
        items: KINDS.filter((k) =>
          services.some((v) => v.definition.subServices.some((s) => s.kind === k))
        )
          .map((k) => ({
            value: k,
            text: t(`intake:kinds.${k}`),
            checked: kept(values, 'kind') === k,
          })),
        error: fieldError(errors, 'kind', t),
      }}
      applicantType={{
        legend: t('intake:office.applicantType'),
        items: TYPES.map((k) => ({
          value: k,
          text: t(`intake:applicantTypes.${k}`),
          checked: kept(values, 'applicantType') === k,
        })),
        error: fieldError(errors, 'applicantType', t),
      }}
      iinOrBin={{
        label: t('intake:office.iinOrBin'),
        hint: t('intake:office.iinOrBinHint'),
        value: kept(values, 'iinOrBin').slice(0, 40),
        error: fieldError(errors, 'iinOrBin', t),
      }}
      submitText={t('intake:office.lookUp')}
      empty={services.length ? undefined : t('intake:office.noServices')}
      back={{ href: basePath(lang, 'office'), text: t('intake:office.back') }}
    />,
    { title: t('intake:office.newTitle'), hasErrors },
  )
}
