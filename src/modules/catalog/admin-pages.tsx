/** Rendering of the catalog administration pages, with their field errors. */
import type { Context } from 'hono'
import type { z } from 'zod'
import { AdminCatalogPage } from '../../../views/catalog/admin/index.tsx'
import { NewVersionPage } from '../../../views/catalog/admin/new-version.tsx'
import type { FieldError } from '../../../views/components/field.tsx'
import type { AppEnv } from '../../http/env.ts'
import { localDate } from '../sla/index.ts'
import type { CatalogDeps } from './deps.ts'
import { listMciValues } from './mci.ts'
import { inForce, listAllRegulations } from './service.ts'
import type { RegulationVersion } from './snapshot.ts'

type Ctx = Context<AppEnv>
/** Field errors of a form, by field name. */
export type Errors<K extends string> = Partial<Record<K, FieldError>>

const MAX_PROBLEMS = 50

/** The administration page, with the MCI form's values and errors. */
export async function renderAdmin(
  c: Ctx,
  deps: CatalogDeps,
  values: { year: string; valueTenge: string },
  errors: Errors<'year' | 'valueTenge'>,
  status: 200 | 422 = 200,
) {
  const { t, lang } = c.var
  const today = localDate(deps.clock.now())
  const saved = c.req.query('saved')
  c.status(status)
  return await c.render(
    <AdminCatalogPage
      t={t}
      lang={lang}
      saved={saved === 'mci' || saved === 'version' ? saved : undefined}
      regulations={(await listAllRegulations(deps)).map((versions) => {
        const current = inForce(versions, today)
        const latest = versions.at(-1)!
        return {
          code: latest.definition.code.replace('-', '\u2011'),
          name: latest.definition.name[lang],
          versions: versions.map((v) => ({ ...v, inForce: v.id === current?.id })),
          addHref: `/${lang}/admin/catalog/${latest.regulationId}/versions/new`,
        }
      })}
      mci={await listMciValues(deps)}
      csrfToken={c.var.csrfToken()}
      mciForm={{ ...values, errors }}
    />,
    { title: t('catalog:admin.title'), hasErrors: status === 422 },
  )
}

/** The new-version form; `problems` are the validation messages of the definition. */
export async function renderNewVersion(
  c: Ctx,
  latest: RegulationVersion,
  values: { effectiveFrom: string; definition: string },
  errors: Errors<'effectiveFrom' | 'definition'>,
  problems: readonly string[],
  status: 200 | 422 = 200,
) {
  const { t, lang } = c.var
  const id = latest.regulationId
  const listed = problems.slice(0, MAX_PROBLEMS).map((p) => ({
    text: t('catalog:admin.version.errors.problem', { detail: p }),
    href: '#definition',
  }))
  if (problems.length > MAX_PROBLEMS) {
    listed.push({
      text: t('catalog:admin.version.errors.more', { count: problems.length - MAX_PROBLEMS }),
      href: '#definition',
    })
  }
  const fields = { ...errors }
  if (listed[0] && !fields.definition) fields.definition = fieldError(c, listed[0].text)
  const errorList = [
    ...(['effectiveFrom', 'definition'] as const).flatMap((k) =>
      errors[k] ? [{ text: errors[k].text, href: `#${k}` }] : []
    ),
    ...listed,
  ]
  c.status(status)
  return await c.render(
    <NewVersionPage
      t={t}
      lang={lang}
      caption={`${latest.definition.code} · ${latest.definition.name[lang]}`}
      action={`/${lang}/admin/catalog/${id}/versions/new`}
      backHref={`/${lang}/admin/catalog`}
      csrfToken={c.var.csrfToken()}
      values={values}
      errors={fields}
      errorList={errorList}
    />,
    { title: t('catalog:admin.version.title'), hasErrors: status === 422 },
  )
}

/** A field error with the screen-reader prefix. */
export function fieldError(c: Ctx, text: string): FieldError {
  return { text, prefix: c.var.t('form.errorPrefix') }
}

/** The first error of each field; zod messages are `catalog` locale keys. */
export function fieldErrors<K extends string>(c: Ctx, error: z.ZodError): Errors<K> {
  const out: Errors<K> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0]) as K
    if (!out[key]) out[key] = fieldError(c, c.var.t(`catalog:${issue.message}`))
  }
  return out
}
