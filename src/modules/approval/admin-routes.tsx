/**
 * The administration of approvals (role `administrator`), mounted at `/admin/approvals`: the
 * routing table of interested authorities with a form to add or replace a row, and the policy
 * of every route with an approval step in one form. Saving redirects; bad input answers 422 with
 * the input kept.
 */
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import {
  ApprovalAdminPage,
  type ApprovalAdminPageProps,
  type PolicyRowView,
} from '../../../views/approval/admin/index.tsx'
import type { Lang, T } from '../../i18n.ts'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors, fieldId, validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import {
  type AdminActor,
  type ApprovalSettings,
  approvalSettings,
  type PolicyChoice,
  type PolicyRoute,
  setAuthorityRoute,
  setPolicies,
} from './admin.ts'
import type { ApprovalDeps } from './types.ts'

const ADMIN = ['administrator'] as const

/** Who may use the routes. */
export const access: AccessRules = {
  'GET /:lang/admin/approvals': ADMIN,
  'POST /:lang/admin/approvals/authorities': ADMIN,
  'POST /:lang/admin/approvals/policies': ADMIN,
}

const routeForm = z.object({
  kind: z.string().trim().min(1, 'approval:admin.errors.kindRequired')
    .max(100, 'approval:admin.errors.kindUnknown'),
  region: z.string().trim().min(1, 'approval:admin.errors.regionRequired')
    .max(100, 'approval:admin.errors.regionUnknown'),
  organizationId: z.string().trim().min(1, 'approval:admin.errors.organizationRequired')
    .max(100, 'approval:admin.errors.organizationUnknown'),
})
const ROUTE_PROBLEMS = {
  unknown_kind: ['kind', 'approval:admin.errors.kindUnknown'],
  unknown_region: ['region', 'approval:admin.errors.regionUnknown'],
  unknown_organization: ['organizationId', 'approval:admin.errors.organizationUnknown'],
} as const

type C = Context<AppEnv>

/** The routes, mounted at `/admin/approvals` in the language sub-app. */
export function approvalAdminRoutes(deps: ApprovalDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', (c) => {
    const saved = c.req.query('saved')
    const known = ['authority', 'policies', 'unchanged'].includes(saved ?? '')
    return render(deps, c, known ? { banner: c.var.t(`approval:admin.saved.${saved}`) } : {})
  })

  app.post(
    '/authorities',
    validForm(routeForm, (c, values, errors) => render(deps, c, { route: { values, errors } })),
    async (c) => {
      const f = c.req.valid('form')
      const result = await setAuthorityRoute(deps, f, actorOf(c))
      if (result.ok) return saved(c, result.changed ? 'authority' : 'unchanged')
      const errors: Record<string, string> = {}
      for (const p of result.problems) errors[ROUTE_PROBLEMS[p][0]] = c.var.t(ROUTE_PROBLEMS[p][1])
      return render(deps, c, { route: { values: f, errors } })
    },
  )

  app.post('/policies', async (c) => {
    const settings = await approvalSettings(deps)
    const posted = readPolicies(c, await c.req.parseBody(), settings.policies)
    if (Object.keys(posted.errors).length) return render(deps, c, { policies: posted }, settings)
    const result = await setPolicies(deps, posted.choices, actorOf(c))
    if (result.ok) return saved(c, result.changed ? 'policies' : 'unchanged')
    posted.errors['_form'] = c.var.t('approval:admin.errors.routeUnknown')
    return render(deps, c, { policies: posted }, settings)
  })

  return app
}

function actorOf(c: C): AdminActor {
  return {
    accountId: c.var.user!.accountId,
    ip: c.var.clientAddress ?? null,
    requestId: c.var.requestId ?? null,
  }
}

function saved(c: C, what: string): Response {
  return seeOther(c, `/${c.var.lang}/admin/approvals?saved=${what}`)
}

async function render(
  deps: ApprovalDeps,
  c: C,
  state: PageState,
  settings?: ApprovalSettings,
) {
  const { t, lang } = c.var
  const props = pageProps(t, lang, settings ?? (await approvalSettings(deps)), state)
  const routeErrors: FieldErrors = state.route?.errors ?? {}
  const errorList = [
    ...errorItems(routeErrors, ['kind', 'region', 'organizationId']),
    ...props.policyErrors,
  ]
  if (errorList.length) c.status(422)
  return c.render(
    <ApprovalAdminPage {...props} csrf={c.var.csrfToken()} errorList={errorList} />,
    { title: t('approval:admin.title'), hasErrors: errorList.length > 0 },
  )
}

/** What the page shows besides the saved settings: a banner, or one form's input and errors. */
interface PageState {
  readonly banner?: string
  readonly route?: { values: Record<string, unknown>; errors: FieldErrors }
  readonly policies?: PostedPolicies
}

/** Posted policies: values by field name, messages by field name (or `_form`), valid choices. */
interface PostedPolicies {
  readonly values: Record<string, string>
  readonly errors: Record<string, string>
  readonly choices: PolicyChoice[]
}

const SILENCE = z.enum(['wait', 'deemed_agreed'])
const CHOICE = z.enum(['mapped', 'executor'])
const POLICY_FIELD = /^(silence|choice)\./

function fieldsOf(r: PolicyRoute) {
  const id = `${r.regulationId}.${r.subService}`
  return { silence: `silence.${id}`, choice: `choice.${id}` }
}

/** Reads `silence.<regulation>.<sub-service>` and `choice.…` fields; a route left out stays. */
function readPolicies(c: C, body: Record<string, unknown>, routes: readonly PolicyRoute[]) {
  const { t, lang } = c.var
  const posted: PostedPolicies = { values: {}, errors: {}, choices: [] }
  const names = new Set(routes.flatMap((r) => Object.values(fieldsOf(r))))
  if (Object.keys(body).some((k) => POLICY_FIELD.test(k) && !names.has(k))) {
    posted.errors['_form'] = t('approval:admin.errors.routeUnknown')
  }
  for (const r of routes) {
    const f = fieldsOf(r)
    if (body[f.silence] === undefined && body[f.choice] === undefined) continue
    const silence = SILENCE.safeParse(body[f.silence] ?? r.policy.silence)
    const choice = CHOICE.safeParse(body[f.choice] ?? r.policy.authorityChoice)
    const route = { code: r.code, subService: r.subServiceName[lang] }
    for (const [name, parsed] of [[f.silence, silence], [f.choice, choice]] as const) {
      posted.values[name] = parsed.success ? parsed.data : ''
      if (!parsed.success) posted.errors[name] = t('approval:admin.errors.valueUnknown', route)
    }
    if (silence.success && choice.success) {
      posted.choices.push({
        regulationId: r.regulationId,
        subService: r.subService,
        silence: silence.data,
        authorityChoice: choice.data,
      })
    }
  }
  return posted
}

type PageProps = Omit<ApprovalAdminPageProps, 'csrf' | 'errorList'>

/** The page's props from the settings and the state of its forms. */
function pageProps(t: T, lang: Lang, s: ApprovalSettings, state: PageState) {
  const collator = new Intl.Collator(lang)
  const names = new Map(s.authorities.map((a) => [a.id, a.name[lang]]))
  const kindNames = new Map(s.kinds.map((k) => [k.kind, k.name[lang]]))
  const policies = s.policies.map((r) => policyRow(t, lang, r, state.policies))
  const policyErrors = [
    ...(state.policies?.errors['_form']
      ? [{ text: state.policies.errors['_form'], href: '#policies-form' }]
      : []),
    ...policies.flatMap((r) => [r.silence, r.choice]).flatMap((f) =>
      f.errorMessage ? [{ text: f.errorMessage.text, href: `#${f.idPrefix}` }] : []
    ),
  ]
  const props: PageProps = {
    t,
    lang,
    banner: state.banner,
    routing: routingRows(t, s, names, kindNames),
    routeForm: routeFormOf(t, s, state.route, collator, names, kindNames),
    policies,
  }
  return { ...props, policyErrors }
}

function routingRows(
  t: T,
  s: ApprovalSettings,
  names: Map<string, string>,
  kindNames: Map<string, string>,
) {
  const rows = new Map<string, { kind: string; region: string; organizationId?: string }>()
  for (const k of s.kinds) {
    for (const region of k.regions) rows.set(`${k.kind}:${region}`, { kind: k.kind, region })
  }
  for (const r of s.routes) rows.set(`${r.kind}:${r.region}`, r)
  return [...rows.values()].sort((a, b) =>
    `${a.kind}:${a.region}`.localeCompare(`${b.kind}:${b.region}`)
  )
    .map((r) => ({
      kind: kindNames.get(r.kind) ?? r.kind,
      region: t(`regions.${r.region}`),
      organization: r.organizationId ? names.get(r.organizationId) ?? r.organizationId : undefined,
    }))
}

function routeFormOf(
  t: T,
  s: ApprovalSettings,
  route: PageState['route'],
  collator: Intl.Collator,
  names: Map<string, string>,
  kindNames: Map<string, string>,
): PageProps['routeForm'] {
  const v = (k: string) => (typeof route?.values[k] === 'string' ? route.values[k] : '')
  const options = (list: Array<{ value: string; text: string }>, chosen: string) => [
    { value: '', text: t('approval:admin.routing.choose'), selected: chosen === '' },
    ...list.sort((a, b) => collator.compare(a.text, b.text))
      .map((o) => ({ ...o, selected: o.value === chosen })),
  ]
  const errors = route?.errors ?? {}
  return {
    kinds: options([...kindNames].map(([value, text]) => ({ value, text })), v('kind')),
    regions: options(s.regions.map((r) => ({ value: r, text: t(`regions.${r}`) })), v('region')),
    organizations: options(
      [...names].map(([value, text]) => ({ value, text })),
      v('organizationId'),
    ),
    errors: {
      kind: fieldError(errors, 'kind', t),
      region: fieldError(errors, 'region', t),
      organizationId: fieldError(errors, 'organizationId', t),
    },
  }
}

function policyRow(t: T, lang: Lang, r: PolicyRoute, posted?: PostedPolicies): PolicyRowView {
  const f = fieldsOf(r)
  const group = (name: string, current: string, values: readonly string[], key: string) => {
    const chosen = posted?.values[name] ?? current
    return {
      idPrefix: fieldId(name),
      name,
      errorMessage: fieldError(posted?.errors ?? {}, name, t),
      items: values.map((value) => ({
        value,
        text: t(`approval:admin.policies.${key}.${value}`),
        checked: value === chosen,
      })),
    }
  }
  return {
    heading: t('approval:admin.policies.route', {
      code: r.code,
      region: t(`regions.${r.region}`),
      subService: r.subServiceName[lang],
    }),
    service: r.regulation[lang],
    silence: group(f.silence, r.policy.silence, SILENCE.options, 'silences'),
    choice: group(f.choice, r.policy.authorityChoice, CHOICE.options, 'choices'),
  }
}
