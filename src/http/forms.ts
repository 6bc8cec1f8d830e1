/**
 * Server-side form validation in the GOV.UK pattern: zod schemas carry locale keys as their
 * messages (`'identity:register.errors.iinRequired'`); a failed parse becomes translated
 * field errors, an error summary that links to each field, and the input kept.
 */
import { zValidator } from '@hono/zod-validator'
import type { Context, MiddlewareHandler } from 'hono'
import type { z } from 'zod'
import type { FieldError } from '../../views/components/field.tsx'
import type { ErrorItem } from '../../views/components/error-summary.tsx'
import type { T } from '../i18n.ts'
import type { AppEnv } from './env.ts'

/** Field name → translated message. */
export type FieldErrors = Readonly<Record<string, string>>

/** The part of a zod error this needs. */
export interface IssueList {
  readonly issues: ReadonlyArray<
    { readonly path: ReadonlyArray<PropertyKey>; readonly message: string }
  >
}

/** Translates the first issue of each field; messages that are not locale keys become "invalid". */
export function fieldErrors(error: IssueList, t: T): FieldErrors {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '_form'
    if (field in out) continue
    out[field] = /^[a-z]+:[\w.]+$/.test(issue.message) ? t(issue.message) : t('form.invalid')
  }
  return out
}

/** The error summary's items, in the order the fields appear on the page. */
export function errorItems(errors: FieldErrors, order: readonly string[]): ErrorItem[] {
  const fields = [
    ...order.filter((f) => f in errors),
    ...Object.keys(errors).filter((f) => !order.includes(f)),
  ]
  return fields.map((f) => ({ text: errors[f]!, href: `#${fieldId(f)}` }))
}

/** The error for one field, in the shape the form components take. */
export function fieldError(errors: FieldErrors, field: string, t: T): FieldError | undefined {
  const text = errors[field]
  return text ? { text, prefix: t('form.errorPrefix') } : undefined
}

/** The HTML id of a field: dots and brackets become dashes. */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]+/g, '-')
}

/** Text values of a parsed form body, to put back into the form (files and tokens left out). */
export function keptValues(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf' || /password/i.test(k)) continue
    if (typeof v === 'string') out[k] = v.slice(0, 10_000)
  }
  return out
}

/** Text fields of a form body as `[name, value]` pairs (repeated names kept), for sending again. */
export function keptEntries(body: Record<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const [name, value] of Object.entries(body)) {
    if (name === '_csrf' || /password/i.test(name)) continue
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string') out.push([name, v.slice(0, 10_000)])
    }
  }
  return out.slice(0, 200)
}

/** A relative, same-site path to return to after login, or undefined if unsafe. */
export function safeNext(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 500) return undefined
  return /^\/(kk|ru)(\/[^\s\\]*)?(\?[^\s\\]*)?$/.test(value) && !value.startsWith('//')
    ? value
    : undefined
}

/**
 * `zValidator('form', schema)` for page forms: on failure it calls `onInvalid` with the raw
 * values and translated errors, so the route re-renders its page with 422 and the input kept.
 */
export function validForm<S extends z.ZodType>(
  schema: S,
  onInvalid: (
    c: Context<AppEnv>,
    values: Record<string, unknown>,
    errors: FieldErrors,
  ) => Response | Promise<Response>,
): MiddlewareHandler<AppEnv, string, { in: { form: z.input<S> }; out: { form: z.output<S> } }> {
  // deno-lint-ignore no-explicit-any
  return zValidator('form', schema as any, (result, c) => {
    if (result.success) return
    const ctx = c as unknown as Context<AppEnv>
    return onInvalid(
      ctx,
      (result.data ?? {}) as Record<string, unknown>,
      fieldErrors(result.error, ctx.var.t),
    )
  }) as never
}
