/**
 * `GET /api/v1/licenses/:number`: the public verification as JSON, the same facts as the page
 * (documented in README.md). 404 for anything unknown or malformed, 429 over the limit.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../http/env.ts'
import { languages } from '../../i18n.ts'
import type { IssuanceDeps } from './deps.ts'
import { verifyUrl } from './model.ts'
import { lookupLicense } from './verify.ts'

const VALID = new Set(['active', 'duplicate_issued'])

/** The JSON routes, mounted at `/api/v1`. */
export function licensesApi(deps: IssuanceDeps): Hono<AppEnv> {
  const api = new Hono<AppEnv>()
  api.get('/licenses/:number', async (c) => {
    const answer = await lookupLicense(deps, {
      number: c.req.param('number'),
      client: c.var.clientAddress,
    })
    c.header('Cache-Control', 'no-store')
    if (answer.kind === 'limited') {
      c.header('Retry-After', String(answer.retryAfterSeconds))
      return c.json(
        { error: 'too_many_requests', retryAfterSeconds: answer.retryAfterSeconds },
        429,
      )
    }
    if (answer.kind === 'notFound') return c.json({ error: 'not_found' }, 404)
    const l = answer.license
    return c.json({
      number: l.number,
      kind: l.kind,
      status: l.status,
      statusSince: l.statusSince,
      valid: VALID.has(l.status),
      activity: l.activity,
      subtypes: l.subtypes,
      licensee: l.licensee,
      issuedAt: l.issuedAt,
      provider: l.provider,
      basis: l.basis,
      signature: { state: l.signature, demo: l.demo },
      links: Object.fromEntries(
        languages.map((lang) => [lang, verifyUrl(deps.publicOrigin, lang, l.number)]),
      ),
    })
  })
  return api
}
