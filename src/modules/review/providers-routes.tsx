/**
 * The administration of who provides each regulation's service (role `administrator`), mounted
 * at `/admin/providers`: GET shows every regulation of the catalog with a select of provider
 * organisations; POST saves all rows at once and redirects, or answers 422 with the choices kept.
 */
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import { type ProviderRowView, ProvidersPage } from '../../../views/review/admin/providers.tsx'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { fieldError, fieldId } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import {
  type ProviderChoice,
  type ProviderSetting,
  providerSettings,
  setProviders,
} from './providers-admin.ts'
import type { ReviewDeps } from './types.ts'

const ADMIN = ['administrator'] as const
const PREFIX = 'provider.'
const FORM = '_form'
const organizationField = z.string().trim().max(100)
const MESSAGES: Readonly<Record<string, string>> = {
  unknown_regulation: 'unknownRegulation',
  unknown_organization: 'unknownOrganization',
}

/** Who may use the routes. */
export const access: AccessRules = {
  'GET /:lang/admin/providers': ADMIN,
  'POST /:lang/admin/providers': ADMIN,
}

type C = Context<AppEnv>
type Settings = Awaited<ReturnType<typeof providerSettings>>
/** The posted choices by regulation id, and messages by regulation id (or `_form`). */
interface Posted {
  readonly values: Record<string, string>
  readonly errors: Record<string, string>
}

/** The routes, mounted at `/admin/providers` in the language sub-app. */
export function providersRoutes(deps: ReviewDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => {
    const saved = c.req.query('saved')
    const banner = saved === undefined ? undefined : c.var.t(
      saved === '0' ? 'review:providers.saved.unchanged' : 'review:providers.saved.changed',
    )
    return renderPage(c, await providerSettings(deps), { values: {}, errors: {} }, banner)
  })

  app.post('/', async (c) => {
    const settings = await providerSettings(deps)
    const { posted, choices } = readForm(c, await c.req.parseBody(), settings)
    if (Object.keys(posted.errors).length) return renderPage(c, settings, posted)
    const result = await setProviders(deps, choices, {
      accountId: c.var.user!.accountId,
      ip: c.var.clientAddress ?? null,
      requestId: c.var.requestId ?? null,
    })
    if (result.ok) {
      return seeOther(c, `/${c.var.lang}/admin/providers?saved=${result.changed ? 1 : 0}`)
    }
    for (const { regulationId, problem } of result.problems) {
      const key = problem === 'unknown_regulation' ? FORM : regulationId
      posted.errors[key] = messageFor(c, problem, codeOf(settings.regulations, regulationId))
    }
    return renderPage(c, settings, posted)
  })

  return app
}

/**
 * Reads `provider.<regulation id>` fields and checks them as the service will, so that every
 * wrong row is reported at once; an empty choice is allowed only where none is mapped yet.
 */
function readForm(c: C, body: Record<string, unknown>, settings: Settings) {
  const posted: Posted = { values: {}, errors: {} }
  const choices: ProviderChoice[] = []
  const byId = new Map(settings.regulations.map((r) => [r.regulationId, r]))
  const providers = new Set(settings.organizations.map((o) => o.id))
  for (const [name, raw] of Object.entries(body)) {
    if (!name.startsWith(PREFIX)) continue
    const regulationId = name.slice(PREFIX.length)
    const regulation = byId.get(regulationId)
    const value = organizationField.safeParse(raw)
    if (!regulation) posted.errors[FORM] = messageFor(c, 'unknown_regulation', '')
    else if (!value.success || (value.data !== '' && !providers.has(value.data))) {
      posted.errors[regulationId] = messageFor(c, 'unknown_organization', regulation.code)
    } else if (value.data === '' && regulation.organizationId) {
      posted.errors[regulationId] = messageFor(c, 'required', regulation.code)
    } else if (value.data !== '') choices.push({ regulationId, organizationId: value.data })
    if (regulation && value.success) posted.values[regulationId] = value.data
  }
  return { posted, choices }
}

function messageFor(c: C, problem: string, code: string): string {
  const key = MESSAGES[problem] ?? problem
  return c.var.t(`review:providers.errors.${key}`, { code })
}

function codeOf(regulations: readonly ProviderSetting[], regulationId: string): string {
  return regulations.find((r) => r.regulationId === regulationId)?.code ?? ''
}

function renderPage(c: C, settings: Settings, posted: Posted, banner?: string) {
  const { t, lang } = c.var
  const hasErrors = Object.keys(posted.errors).length > 0
  if (hasErrors) c.status(422)
  const collator = new Intl.Collator(lang)
  const organizations = settings.organizations.map((o) => ({ value: o.id, text: o.name[lang] }))
    .sort((a, b) => collator.compare(a.text, b.text))
  const rows = settings.regulations.map((r) => rowOf(c, organizations, r, posted))
  const errorList = [
    ...(posted.errors[FORM] ? [{ text: posted.errors[FORM], href: '#providers-form' }] : []),
    ...rows.flatMap((r) => (r.error ? [{ text: r.error.text, href: `#${r.fieldId}` }] : [])),
  ]
  return c.render(
    <ProvidersPage
      t={t}
      lang={lang}
      csrf={c.var.csrfToken()}
      banner={banner}
      rows={rows}
      errorList={errorList}
    />,
    { title: t('review:providers.title'), hasErrors },
  )
}

function rowOf(
  c: C,
  organizations: ReadonlyArray<{ value: string; text: string }>,
  r: ProviderSetting,
  posted: Posted,
): ProviderRowView {
  const { t, lang } = c.var
  const chosen = posted.values[r.regulationId] ?? r.organizationId ?? ''
  const error = fieldError(posted.errors, r.regulationId, t)
  const known = organizations.some((o) => o.value === chosen)
  return {
    fieldId: fieldId(`${PREFIX}${r.regulationId}`),
    fieldName: `${PREFIX}${r.regulationId}`,
    code: r.code,
    service: r.name[lang],
    region: t(`regions.${r.region}`),
    labelContext: t('review:providers.selectContext', {
      code: r.code,
      region: t(`regions.${r.region}`),
    }),
    organizations: [
      ...(r.organizationId && known
        ? []
        : [{ value: '', text: t('review:providers.none'), selected: !known }]),
      ...organizations.map((o) => ({ ...o, selected: o.value === chosen })),
    ],
    error,
  }
}
