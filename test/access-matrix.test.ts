/**
 * Walks every route of the application as every role (and anonymously) and checks that the
 * answer agrees with the access matrix: a route missing from the matrix, a stale matrix
 * entry, or an answer that differs from the rule fails the build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessMatrix } from '../src/access-matrix.ts'
import { allows } from '../src/http/access.ts'
import type { Role } from '../src/http/env.ts'
import { demoApplicants, demoOfficers } from '../src/modules/identity/index.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'

const ROLES: Array<Role | 'anonymous'> = [
  'anonymous',
  'applicant',
  'office_specialist',
  'head',
  'deputy_head',
  'department_head',
  'executor',
  'authority_reviewer',
  'psc_operator',
  'quality_analyst',
  'administrator',
]

function loginFor(role: Role): string {
  if (role === 'applicant') return demoApplicants()[0]!.login
  return demoOfficers().find((o) => o.role === role)!.login
}

/** The app's routes as matrix keys, with the concrete path to request. */
function routesOf(t: TestApp): Array<{ key: string; method: string; path: string }> {
  const seen = new Map<string, { key: string; method: string; path: string }>()
  for (const r of t.app.routes) {
    if (r.method === 'ALL') continue
    const key = `${r.method} ${r.path.replace(/^\/(kk|ru)(?=\/|$)/, '/:lang')}`
    if (r.path.startsWith('/ru')) continue
    const path = r.path.replace(
      /:(\w+)(\{[^}]*\})?/g,
      (_m, name) => (name === 'file' ? 'missing.css' : `test-${name}`),
    )
    seen.set(key, { key, method: r.method, path: path || '/' })
  }
  return [...seen.values()]
}

describe('the access matrix', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ demo: true })
  })
  afterAll(() => t.close())

  it('has an entry for every route, and no entry for a route that does not exist', () => {
    const keys = routesOf(t).map((r) => r.key).sort()
    const missing = keys.filter((k) => !(k in accessMatrix))
    const stale = Object.keys(accessMatrix).filter((k) => !keys.includes(k))
    expect({ missing, stale }).toEqual({ missing: [], stale: [] })
  })

  for (const role of ROLES) {
    it(`answers every route as the matrix says for ${role}`, async () => {
      const wrong: string[] = []
      for (const route of routesOf(t)) {
        const client = t.client()
        if (role !== 'anonymous') await client.signIn(loginFor(role))
        const res = route.method === 'GET'
          ? await client.get(route.path)
          : await client.post(route.path, {})
        const rule = accessMatrix[route.key]!
        const expected = allows(rule, role === 'anonymous' ? undefined : new Set([role]))
        const location = res.headers.get('location') ?? ''
        const sentToLogin = res.status === 303 && /^\/(kk|ru)\/login\?/.test(location)
        const refused = res.status === 403 || sentToLogin
        if (res.status >= 500) wrong.push(`${route.key}: ${res.status}`)
        else if (expected === refused) {
          wrong.push(
            `${route.key}: rule ${JSON.stringify(rule)}, answered ${res.status} ${location}`,
          )
        } else if (!expected && role !== 'anonymous' && res.status !== 403) {
          wrong.push(`${route.key}: a signed-in ${role} must get 403, got ${res.status}`)
        }
      }
      expect(wrong).toEqual([])
    }, 60_000)
  }
})
