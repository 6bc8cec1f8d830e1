/**
 * Deny-by-default access control. Every route appears in one matrix (merged from each
 * module's `access` export in src/app.ts): `'public'`, `'signed_in'`, or the roles that may
 * use it. A route missing from the matrix is refused, and a test walks every route as every
 * role to prove the matrix and the answers agree. Data-level checks (whose case is it) stay
 * in the services, which answer 404 for someone else's record.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'
import type { AppEnv, Role } from './env.ts'

/** Who may use one route. */
export type AccessRule = 'public' | 'signed_in' | readonly Role[]

/** Route key (`'GET /:lang/services/:id'`) → rule. Page routes use the `/:lang` prefix. */
export type AccessRules = Readonly<Record<string, AccessRule>>

/** What to do when access is refused; identity provides both. */
export interface AccessHooks {
  /** An anonymous visitor on a route that needs a sign-in: send them to log in. */
  onAnonymous(c: Context<AppEnv>): Response | Promise<Response>
  /** A signed-in person without the role: record it and answer 403. */
  onDenied(c: Context<AppEnv>, route: string): Response | Promise<Response>
}

/** The key of the route that will handle this request, or undefined when none matches. */
export function routeKey(c: Context): string | undefined {
  const handler = matchedRoutes(c).findLast((r) => r.method !== 'ALL')
  if (!handler) return undefined
  const path = handler.path.replace(/^\/(kk|ru)(?=\/|$)/, '/:lang')
  return `${handler.method} ${path === '' ? '/' : path}`
}

/** True when `user`'s roles satisfy `rule`. */
export function allows(rule: AccessRule, roles: ReadonlySet<Role> | undefined): boolean {
  if (rule === 'public') return true
  if (!roles) return false
  if (rule === 'signed_in') return true
  return rule.some((r) => roles.has(r))
}

/** The authorization middleware. */
export function authorize(matrix: AccessRules, hooks: AccessHooks): MiddlewareHandler<AppEnv> {
  return async function authorize(c, next) {
    const key = routeKey(c)
    if (!key) return await next()
    const rule = matrix[key]
    if (rule === undefined) {
      c.var.log?.error('route missing from the access matrix', { route: key })
      return await hooks.onDenied(c, key)
    }
    if (allows(rule, c.var.user?.roles)) return await next()
    return c.var.user ? await hooks.onDenied(c, key) : await hooks.onAnonymous(c)
  }
}
