/**
 * The signing page of a request (`/:lang/signatures/:id`): only its signer sees it, anyone
 * else gets a 404. GET shows the document and the ways to sign with a fresh nonce; POST takes
 * the signature, and a refusal re-renders the page with the reason (422); success goes back
 * to the requester (303). The document itself is offered as the exact bytes to sign.
 */
import { type Context, Hono } from 'hono'
import { SignedPage } from '../../../views/signing/signed.tsx'
import { SignPage } from '../../../views/signing/sign.tsx'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { seeOther } from '../../http/htmx.ts'
import { extendCsp } from '../../http/security.ts'
import { requestMeta } from '../identity/index.ts'
import { toBase64 } from './bytes.ts'
import { evidenceView, signatureEvidence } from './evidence-view.ts'
import { issueNonce, sessionBinding } from './form-nonce.ts'
import { ncalayerCsp, type SigningRouteDeps } from './http-deps.ts'
import { refusalText } from './refusal-text.ts'
import { requestFor } from './requests.ts'
import { cmsOf, signatureForm } from './schema.ts'
import { type Refusal, submitSignature } from './submit.ts'
import type { RequestRow } from './tables.ts'

/** Who may use the signing pages; the service answers 404 to anyone but the signer. */
export const access: AccessRules = {
  'GET /:lang/signatures/:id': 'signed_in',
  'POST /:lang/signatures/:id': 'signed_in',
  'GET /:lang/signatures/:id/document': 'signed_in',
}

const fieldOf = { ncalayer: 'ncalayer-button', upload: 'signature-file', demo: 'demo-password' }

/** The signing routes, mounted at `/signatures` of the pages app. */
export function routes(deps: SigningRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use('*', extendCsp(ncalayerCsp))

  app.get('/:id', async (c) => {
    const request = await requestFor(deps, c.req.param('id'), c.var.user!.accountId)
    if (!request) return c.notFound()
    if (request.status === 'signed') return await renderSigned(c, request)
    return await renderSign(c, request)
  })

  app.get('/:id/document', async (c) => {
    const request = await requestFor(deps, c.req.param('id'), c.var.user!.accountId)
    if (!request) return c.notFound()
    c.header('Content-Type', 'application/json; charset=utf-8')
    c.header('Content-Disposition', `attachment; filename="document-${request.id}.json"`)
    c.header('Cache-Control', 'private, no-store')
    return c.body(new TextEncoder().encode(request.document).buffer)
  })

  app.post('/:id', async (c) => {
    const user = c.var.user!
    const request = await requestFor(deps, c.req.param('id'), user.accountId)
    if (!request) return c.notFound()
    const form = signatureForm.parse(await c.req.parseBody())
    const result = await submitSignature(deps, {
      request,
      accountId: user.accountId,
      binding: await sessionBinding(c.var.csrfToken()),
      nonce: form.nonce,
      source: form.method === 'demo'
        ? { method: 'demo', password: form.password }
        : { method: form.method, cms: await cmsOf(form) },
      meta: requestMeta(c),
    })
    const lang = c.var.lang
    if (result.ok && result.reissued) {
      return seeOther(c, `/${lang}/signatures/${request.id}?reissued=${result.reissued}`)
    }
    if (result.ok) return seeOther(c, `/${lang}${request.return_path}`)
    c.status(422)
    const now = (await requestFor(deps, request.id, user.accountId)) ?? request
    const failure = { method: form.method, refusal: result.refusal }
    if (now.status === 'signed') return await renderSigned(c, now, failure)
    return await renderSign(c, now, failure)
  })

  /** The page with the ways to sign, and the refusal of the last attempt if any. */
  async function renderSign(c: Context<AppEnv>, request: RequestRow, failure?: Failure) {
    const { t, lang } = c.var
    const bytes = new TextEncoder().encode(request.document)
    const nonce = await issueNonce(deps, {
      purpose: 'sign',
      requestId: request.id,
      binding: await sessionBinding(c.var.csrfToken()),
      documentHash: request.document_hash,
    })
    const error = failure &&
      { text: refusalText(failure.refusal, t, 'document'), prefix: t('form.errorPrefix') }
    const field = failure && fieldOf[failure.method]
    return c.render(
      <SignPage
        t={t}
        csrf={c.var.csrfToken()}
        nonce={nonce}
        caption={captionOf(request, lang) ?? t(`signing:purposes.${request.purpose}`)}
        summary={summaryOf(request, lang)}
        documentHash={request.document_hash}
        documentText={request.document}
        documentHref={`/${lang}/signatures/${request.id}/document`}
        documentBytes={bytes.length}
        base64={toBase64(bytes)}
        action={`/${lang}/signatures/${request.id}`}
        scriptSrc={deps.ncalayerScript}
        demo={deps.demoCa}
        errorList={error ? [{ text: error.text, href: `#${field}` }] : []}
        errors={{
          ncalayer: failure?.method === 'ncalayer' ? error : undefined,
          upload: failure?.method === 'upload' ? error : undefined,
          password: failure?.method === 'demo' ? error : undefined,
        }}
      />,
      { title: t('signing:page.title'), hasErrors: Boolean(failure) },
    )
  }

  /** A signed request: its evidence and the way on; a note when a new demo key was issued. */
  async function renderSigned(c: Context<AppEnv>, request: RequestRow, failure?: Failure) {
    const { t, lang } = c.var
    const evidence = await signatureEvidence(deps, request.id)
    if (!evidence) return c.notFound()
    const reissued = c.req.query('reissued')
    const notice = reissued === 'password_changed' || reissued === 'expired'
      ? { title: t('signing:demo.reissuedTitle'), text: t(`signing:demo.reissued.${reissued}`) }
      : undefined
    return c.render(
      <SignedPage
        title={t('signing:page.signed.title')}
        evidence={evidenceView(evidence, t)}
        continueHref={`/${lang}${request.return_path}`}
        continueText={t('signing:page.signed.continue')}
        notice={notice}
        errorTitle={t('form.errorSummaryTitle')}
        errorList={failure
          ? [{ text: refusalText(failure.refusal, t, 'document'), href: '#continue' }]
          : []}
      />,
      { title: t('signing:page.signed.title'), hasErrors: Boolean(failure) },
    )
  }

  return app
}

type Failure = { method: keyof typeof fieldOf; refusal: Refusal }

function captionOf(request: RequestRow, lang: 'kk' | 'ru'): string | undefined {
  return request.title ? (JSON.parse(request.title) as Record<string, string>)[lang] : undefined
}

function summaryOf(request: RequestRow, lang: 'kk' | 'ru') {
  if (!request.summary) return []
  const lines = JSON.parse(request.summary) as Array<
    { label: Record<string, string>; value: Record<string, string> | string }
  >
  return lines.map((line) => ({
    key: line.label[lang] ?? '',
    value: typeof line.value === 'string' ? line.value : line.value[lang] ?? '',
  }))
}
