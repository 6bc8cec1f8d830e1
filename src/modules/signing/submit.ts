/**
 * Receiving a signature on a request: the nonce is used first (once, whatever follows), then
 * the CMS (from NCALayer, a file, or made by the demo CA with the signer's demo key) goes
 * through the one verifier with our receipt time and the request's expected signer. Only a
 * signature that passes every check is stored, with its evidence and an audit entry, in one
 * transaction; a refusal stores nothing but the refusal in the audit trail.
 */
import { recordAudit } from '../audit/index.ts'
import { verifyAccountPassword } from '../identity/index.ts'
import { readBinary } from './bytes.ts'
import { openDemoKey } from './demo-keys.ts'
import type { SigningDeps } from './deps.ts'
import { consumeNonce } from './form-nonce.ts'
import type { NonceErrorCode } from './nonce.ts'
import { insertSignature, markSigned } from './repo.ts'
import { signDetached } from './sign.ts'
import { signatureRow } from './stored-evidence.ts'
import type { RequestRow, SignatureMethod } from './tables.ts'
import { demoRootId, trustStore } from './trust-store.ts'
import type { ErrorCode, Expected } from './types.ts'
import { verifySignature } from './verify.ts'

/** Why a submission was refused before verification. */
export type FormErrorCode = 'signature_missing' | 'password_missing' | 'password_wrong' | 'demo_off'

/** A refusal: a verifier or nonce code, or a form problem. */
export type Refusal = { code: ErrorCode | NonceErrorCode | FormErrorCode; detail?: string }

/** Where the signature comes from. */
export type SignatureSource =
  | { method: 'ncalayer' | 'upload'; cms: Uint8Array | string }
  | { method: 'demo'; password: string }

/** Request facts for the audit trail. */
export interface Meta {
  readonly ip: string | null
  readonly requestId: string | null
}

/** The outcome of a submission. */
export type SubmitResult =
  | { ok: true; reissued: 'password_changed' | 'expired' | null }
  | { ok: false; refusal: Refusal }

/** Verifies and stores the signature of `request` by `accountId`. */
export async function submitSignature(
  deps: SigningDeps,
  input: {
    request: RequestRow
    accountId: string
    binding: string
    nonce: string
    source: SignatureSource
    meta: Meta
  },
): Promise<SubmitResult> {
  const { request } = input
  const nonce = await consumeNonce(deps, input.nonce, {
    purpose: 'sign',
    requestId: request.id,
    binding: input.binding,
    documentHash: request.document_hash,
  })
  if (!nonce.ok) return refused(deps, input, { code: nonce.code })
  if (request.status === 'signed') return { ok: true, reissued: null }
  const content = new TextEncoder().encode(request.document)
  const made = await cmsFrom(deps, input.accountId, content, input.source)
  if (!made.ok) return refused(deps, input, made.refusal)
  const at = deps.clock.now()
  const result = await verifySignature({
    cms: made.cms,
    content,
    trust: await trustStore(deps),
    at,
    purpose: 'sign',
    expected: JSON.parse(request.expected) as Expected,
  })
  if (!result.ok) return refused(deps, input, { code: result.code, detail: result.detail ?? '' })
  const row = signatureRow(request.id, {
    cms: readBinary(made.cms),
    result,
    method: input.source.method,
    documentHash: request.document_hash,
    demoRootId: await demoRootId(deps),
  })
  await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await markSigned(trx, request.id, at.toISOString()))) return
    await insertSignature(trx, row)
    await recordAudit({ db: trx, dialect: deps.db.dialect, now: at }, {
      ...auditBase(input),
      action: 'signature_created',
      details: detailsOf(request, input.source.method, {
        serial: row.certificate_serial,
        demo: result.demo,
      }),
    })
  })
  return { ok: true, reissued: made.reissued }
}

type Made =
  | { ok: true; cms: Uint8Array | string; reissued: 'password_changed' | 'expired' | null }
  | { ok: false; refusal: Refusal }

async function cmsFrom(
  deps: SigningDeps,
  accountId: string,
  content: Uint8Array,
  source: SignatureSource,
): Promise<Made> {
  if (source.method !== 'demo') {
    const empty = typeof source.cms === 'string' ? !source.cms.trim() : !source.cms.length
    if (empty) return { ok: false, refusal: { code: 'signature_missing' } }
    return { ok: true, cms: source.cms, reissued: null }
  }
  if (!deps.demoCa) return { ok: false, refusal: { code: 'demo_off' } }
  if (!source.password) return { ok: false, refusal: { code: 'password_missing' } }
  if (!(await verifyAccountPassword(deps, accountId, source.password))) {
    return { ok: false, refusal: { code: 'password_wrong' } }
  }
  const key = await openDemoKey(deps, { accountId, usage: 'sign', password: source.password })
  if (!key) return { ok: false, refusal: { code: 'password_wrong' } }
  const { certificate, privateKey } = key.credential
  const signingTime = deps.clock.now()
  const cms = await signDetached(content, certificate, privateKey, { signingTime })
  return { ok: true, cms, reissued: key.reissued }
}

async function refused(
  deps: SigningDeps,
  input: { request: RequestRow; accountId: string; source: SignatureSource; meta: Meta },
  refusal: Refusal,
): Promise<SubmitResult> {
  await recordAudit({ db: deps.db.kysely, dialect: deps.db.dialect, now: deps.clock.now() }, {
    ...auditBase(input),
    action: 'signature_refused',
    outcome: 'denied',
    details: detailsOf(input.request, input.source.method, { code: refusal.code }),
  })
  return { ok: false, refusal }
}

function auditBase(input: { request: RequestRow; accountId: string; meta: Meta }) {
  return {
    entityType: 'signature_request',
    entityId: input.request.id,
    actorId: input.accountId,
    ip: input.meta.ip,
    requestId: input.meta.requestId,
  }
}

function detailsOf(request: RequestRow, method: SignatureMethod, extra: Record<string, unknown>) {
  return {
    purpose: request.purpose,
    entity: `${request.entity_type}:${request.entity_id}`,
    method,
    documentHash: request.document_hash,
    ...extra,
  }
}
